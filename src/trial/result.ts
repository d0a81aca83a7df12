// The result of `fgc trial`: a plain object, written as results.json and the only input of the
// report. Versioned; no timestamps and no identifiers; the same input, plan and seed give the
// same bytes (util/stable-json.ts).
import * as z from "zod";
import { costsResultSchema } from "./costs/costs-result.js";
import { trialPlanSchema } from "./plan.js";
import { RESULTS_VERSION } from "./results-version.js";

const interval = z.tuple([z.number().nullable(), z.number().nullable()]);

/** One row of the flat estimates table, in the ids of ../shared/reference/trial/*.json. */
export const trialEstimateSchema = z.object({
  outcome: z
    .string()
    .describe("looked_after_12m, entered_care_12m, proceedings_12m, days_in_care_12m or time_to_care"),
  measure: z
    .string()
    .describe(
      "rate_fgc, rate_control, risk_difference, risk_ratio, odds_ratio, mean_difference, hazard_ratio, cace_risk_difference",
    ),
  model: z.enum(["unadjusted", "adjusted"]),
  method: z.string().describe("e.g. wilson, miettinen_nurminen, logistic_la_fe_cluster_family"),
  methodLabel: z
    .string()
    .optional()
    .describe(
      "the method in plain words, from the plan: e.g. logistic regression, LA fixed effects, SE clustered by family",
    ),
  estimate: z.number().nullable(),
  ci: interval,
  se: z.number().nullable().optional().describe("standard error; on the log scale for ratios"),
  p: z.number().nullable().optional(),
  n: z.number().describe("children analysed"),
  cautions: z
    .array(z.string())
    .optional()
    .describe(
      "small-data cautions in words: fewer than 100 children analysed, or fewer than 10 events in an arm (e.g. few events: 6 in the FGC arm; the interval may be unreliable); empty when none",
    ),
});
/**
 * One row of the trial result's flat estimates table: outcome, measure, model, method, estimate, CI, SE, p and n.
 */
export type TrialEstimate = z.infer<typeof trialEstimateSchema>;

const armCounts = z.object({ localAuthorities: z.number(), families: z.number(), children: z.number() });

export const consortSchema = z.object({
  randomised: z.object({ fgc: armCounts, control: armCounts }),
  analysed: z.object({ fgc: armCounts, control: armCounts }),
  excluded: z.array(
    z.object({
      arm: z.enum(["fgc", "control", "unknown"]),
      reason: z.string(),
      rule: z.string(),
      children: z.number(),
    }),
  ),
  conferenceHeld: z
    .object({ children: z.number(), families: z.number() })
    .describe("referred children whose family held a conference"),
});
export type Consort = z.infer<typeof consortSchema>;

const summaryCell = z.object({
  n: z.number(),
  count: z.number().optional(),
  percent: z.number().optional(),
  mean: z.number().optional(),
  sd: z.number().optional(),
});
export const baselineRowSchema = z.object({
  variable: z.string(),
  level: z.string().nullable(),
  fgc: summaryCell,
  control: summaryCell,
  smd: z.number().nullable().describe("standardised mean difference (Austin 2009)"),
});
export type BaselineRow = z.infer<typeof baselineRowSchema>;

export const survivalCurveSchema = z.object({
  arm: z.enum(["fgc", "control"]),
  time: z.array(z.number()),
  nRisk: z.array(z.number()),
  surv: z.array(z.number()),
  lower: z.array(z.number().nullable()),
  upper: z.array(z.number().nullable()),
});

export const subgroupRowSchema = z.object({
  subgroup: z.string().describe("the subgroup as the plan names it (a named subgroup, or the column)"),
  column: z.string().describe("the input column its levels come from (age_years for age_band)"),
  breaks: z
    .array(z.number())
    .optional()
    .describe("the plan's breaks of a numeric column: levels are [a, b) intervals"),
  level: z.string().describe("the level's label: a code, or an interval such as `1 to under 5`"),
  missing: z
    .number()
    .describe(
      "children analysed for the primary outcome with no value in the column, left out of this subgroup's analysis (same on each of its rows)",
    ),
  nFgc: z.number(),
  nControl: z.number(),
  rateFgc: z.number().nullable(),
  rateControl: z.number().nullable(),
  riskDifference: z.number().nullable(),
  ci: interval,
  cautions: z
    .array(z.string())
    .optional()
    .describe(
      "small-data cautions on this level's estimate: fewer than 100 children analysed in the trial, or fewer than 10 events in an arm of the level",
    ),
  interactionP: z
    .number()
    .nullable()
    .describe("test of interaction for the subgroup variable (same value on each of its rows)"),
});
export type SubgroupRow = z.infer<typeof subgroupRowSchema>;

export const iccRowSchema = z.object({
  outcome: z.string().describe("a binary outcome or days_in_care_12m"),
  level: z
    .enum(["randomisation_unit", "local_authority"])
    .describe("clusters: the plan's cluster (family by default), or local authorities (LA × arm cells)"),
  column: z.string().describe("the clustering column: plan.cluster (family_id by default) or la_code"),
  estimate: z
    .number()
    .nullable()
    .describe("ANOVA ICC, pooled across arms adjusted for arm; null when not estimable"),
  ci: interval,
  se: z.number().nullable().describe("Smith (1957) large-sample standard error"),
  clusters: z.number().describe("clusters with the outcome recorded, counted within arms"),
  n: z.number().describe("children with the outcome recorded"),
  n0: z.number().nullable().describe("adjusted mean cluster size for unequal sizes"),
  method: z.string().describe("icc.anova_smith"),
  note: z.string().nullable().describe("why not estimable, or that a negative estimate is kept as estimated"),
});
export type IccRow = z.infer<typeof iccRowSchema>;

const familySizes = z.object({
  families: z.number(),
  children: z.number(),
  byChildren: z
    .array(z.object({ children: z.enum(["1", "2", "3", "4", "5+"]), families: z.number() }))
    .describe("families by number of analysed children: 1, 2, 3, 4, 5 or more"),
  mean: z.number().nullable().describe("mean children per family"),
  max: z.number().nullable().describe("most children in one family"),
});
const laSizes = z.object({
  localAuthorities: z.number(),
  families: z.number(),
  meanFamilies: z.number().nullable(),
  minFamilies: z.number().nullable(),
  maxFamilies: z.number().nullable(),
});
export const clusteringSchema = z.object({
  icc: z
    .array(iccRowSchema)
    .describe(
      "intracluster correlation of each binary outcome and days in care (CONSORT cluster extension 17a)",
    ),
  sizes: z
    .object({
      families: z.object({ fgc: familySizes, control: familySizes }),
      localAuthorities: z.object({ fgc: laSizes, control: laSizes }),
    })
    .describe("cluster sizes by arm among the analysed children"),
});
export type Clustering = z.infer<typeof clusteringSchema>;

export const recruitmentSchema = z
  .object({
    firstLetter: z.string().nullable().describe("first pre-proceedings letter (index_date), ISO date"),
    lastLetter: z.string().nullable().describe("last pre-proceedings letter, ISO date"),
    followUpEnd: z.string().nullable().describe("end of the last child's follow-up window, ISO date"),
    windowDays: z.number().describe("follow-up window from each letter, in days"),
  })
  .describe("dates of recruitment and follow-up among the randomised children (CONSORT 14a)");
export type Recruitment = z.infer<typeof recruitmentSchema>;

/**
 * Zod schema of the trial result (`fgc trial`'s results.json, version fgc-toolkit/trial-results/1):
 * a plain object with no timestamps and no identifiers; the same input, plan and seed give the same
 * bytes.
 * @example
 * ```ts
 * import { trialResultSchema } from "fgc-toolkit";
 * Object.keys(trialResultSchema.shape).slice(0, 5); // => ["version", "tool", "plan", "seed", "inputs"]
 * ```
 */
export const trialResultSchema = z.object({
  version: z.literal(RESULTS_VERSION),
  tool: z.object({ name: z.literal("fgc-toolkit"), version: z.string() }),
  plan: trialPlanSchema,
  seed: z.number(),
  inputs: z.array(z.object({ file: z.string(), sha256: z.string(), rows: z.number() })),
  accounting: z.object({
    read: z.number(),
    used: z.number(),
    excluded: z.array(z.object({ reason: z.string(), rule: z.string(), rows: z.number() })),
  }),
  consort: consortSchema,
  baseline: z.array(baselineRowSchema),
  estimates: z.array(trialEstimateSchema),
  armMeans: z
    .array(z.object({ outcome: z.string(), fgc: z.number().nullable(), control: z.number().nullable() }))
    .describe("unadjusted arm means of each continuous outcome the plan analyses (days_in_care_12m)"),
  multiplicity: z.array(
    z.object({
      outcome: z.string(),
      measure: z.string(),
      model: z.string(),
      p: z.number().nullable(),
      adjusted: z.number().nullable(),
    }),
  ),
  survival: z.object({
    curves: z.array(survivalCurveSchema),
    atRisk: z
      .array(z.object({ day: z.number(), fgc: z.number(), control: z.number() }))
      .describe(
        "children at risk (follow-up time at least `day` days since the letter) by arm, at the window's quarters rounded down to tens of days: days 0, 90, 180, 270 and 365 for the default 365-day window",
      ),
    logRank: z.object({ statistic: z.number().nullable(), p: z.number().nullable() }),
  }),
  subgroups: z.array(subgroupRowSchema),
  clustering: clusteringSchema,
  recruitment: recruitmentSchema,
  sensitivity: z.object({
    rerandomisation: z
      .object({ replicates: z.number(), p: z.number().nullable(), statistic: z.string() })
      .nullable(),
    bootstrap: z
      .object({
        replicates: z.number(),
        estimate: z.number().nullable(),
        percentile: interval,
        bca: interval,
        statistic: z.string(),
      })
      .nullable(),
  }),
  published: z
    .array(
      z.object({
        outcome: z.string(),
        label: z.string(),
        publishedFgc: z.number(),
        publishedControl: z.number(),
        reproducedFgc: z.number().nullable(),
        reproducedControl: z.number().nullable(),
        unit: z.string(),
      }),
    )
    .describe(
      "the published English FGC trial's figures beside this analysis; empty unless plan.compareWithPublished",
    ),
  costs: costsResultSchema.optional().describe("cost consequences; present only with --costs (issue 16)"),
  references: z.array(z.string()).describe("keys of stats/references.ts cited by the estimates"),
  notes: z.array(z.string()),
});
/**
 * The result of runTrial, as validated by trialResultSchema and written as results.json.
 */
export type TrialResult = z.infer<typeof trialResultSchema>;
