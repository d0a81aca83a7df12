// The analysis plan of a trial: what `fgc trial` estimates, written before the data are seen and
// saved beside every result. The default mirrors the published English FGC trial and the
// reference analysis in ../shared/reference/trial.
import * as z from "zod";
import { lazyShape } from "../util/lazy-shape.js";

export const binaryOutcomes = ["looked_after_12m", "entered_care_12m", "proceedings_12m"] as const;
export const outcomeIds = [...binaryOutcomes, "days_in_care_12m", "time_to_care"] as const;
export type OutcomeId = (typeof outcomeIds)[number];

const DEFAULT_SECONDARY: readonly OutcomeId[] = [
  "proceedings_12m",
  "entered_care_12m",
  "days_in_care_12m",
  "time_to_care",
  "looked_after_12m",
];

/**
 * Subgroups the toolkit names itself: `age_band` (the LA return's bands of age_years),
 * `disability` (labelled "disabled" / "not disabled"), and the columns sex, ethnicity and la_code
 * (la_code whatever its number of levels). Any other subgroup is a column of the input.
 */
export const subgroupIds = ["age_band", "sex", "ethnicity", "disability", "la_code"] as const;

/** Most levels a categorical subgroup column may have (a numeric column with more needs breaks). */
export const MAX_SUBGROUP_LEVELS = 10;

/** The default subgroups: LA is a stratification factor (a fixed effect), not a default subgroup. */
const DEFAULT_SUBGROUPS: readonly string[] = ["age_band", "sex", "ethnicity", "disability"];

/** A subgroup written as an object: a column, and for a numeric column the breaks that cut it. */
const subgroupColumnFields = {
  column: () =>
    z
      .string('a subgroup object needs a column, e.g. "column": "age_years"')
      .min(1)
      .describe("a column of the input"),
  breaks: () =>
    z
      .array(z.number(), "breaks must be a list of numbers")
      .min(1, "give at least one break")
      .optional()
      .describe(
        "for a numeric column: cut points, strictly increasing; levels are [a, b) intervals labelled `under a₁`, `a to under b`, `aₖ and over`",
      ),
};
const subgroupColumnSchema = z.object(lazyShape(subgroupColumnFields)).strict();
export type SubgroupColumn = z.infer<typeof subgroupColumnSchema>;
export const subgroupColumnFieldNames: readonly string[] = Object.keys(subgroupColumnFields);

/** Columns measured at or after randomisation, or identifiers: never covariates, fixed effects or subgroups. */
export const notBaselineColumns: readonly string[] = [
  "arm",
  "fgc_held",
  ...outcomeIds,
  // the columns time_to_care is read from
  "time_to_care_days",
  "care_event",
  "child_id",
  "family_id",
];

/** The population rules: which children enter the analysis. Unknown keys are refused. */
const populationFields = {
  excludeAlreadyLookedAfter: () =>
    z.boolean().default(false).describe("drop children looked after on their index date (linked input only)"),
  excludeIncompleteFollowUp: () =>
    z
      .boolean()
      .default(true)
      .describe("drop children whose follow-up ends before the window from binary outcomes (always counted)"),
};
const populationSchema = z.object(lazyShape(populationFields)).strict();

/** The plan's fields before defaults are filled in; unknown keys are refused, never ignored. */
const trialPlanFields = {
  version: () => z.literal(1).default(1).describe("plan format version"),
  primary: () =>
    z.enum(outcomeIds).default("looked_after_12m").describe("the primary outcome; default looked_after_12m"),
  secondary: () =>
    z
      .array(z.enum(outcomeIds))
      .optional()
      .describe(
        "secondary outcomes, adjusted for multiplicity together; each once, the primary not among them; default every other outcome (proceedings_12m, entered_care_12m, days_in_care_12m, time_to_care with the default primary)",
      ),
  window: () =>
    z
      .number()
      .int()
      .min(1)
      .max(3650)
      .default(365)
      .describe(
        "outcome window in days from the index date; default 365. An analysis-ready file holds 365-day outcomes, so only a folder of extracts may use another window",
      ),
  covariates: () =>
    z
      .array(z.string())
      .default(["age_years", "female", "disability"])
      .describe(
        "baseline covariates of the adjusted models, each once; `female` is derived from sex = F; never an outcome, arm, fgc_held or an identifier",
      ),
  fixedEffects: () =>
    z
      .array(z.string())
      .default(["la_code"])
      .describe(
        "factors entered as fixed effects; default the local authority. Each may have at most 500 levels and at most half as many levels as rows (an identifier is refused)",
      ),
  cluster: () =>
    z
      .string()
      .default("family_id")
      .describe("unit of randomisation, for cluster-robust variance; default family_id"),
  subgroups: () =>
    z
      .array(z.union([z.string().min(1), subgroupColumnSchema]))
      .default([...DEFAULT_SUBGROUPS])
      .describe(
        "subgroups of the primary (binary) outcome, each with its risk difference per level and a test of interaction; default age_band, sex, ethnicity, disability (la_code may be asked for). An entry is a name (age_band, disability, or any column of the input) or { column, breaks }: a categorical column may have at most 10 levels; a numeric column is cut at its breaks into [a, b) intervals labelled `under 1`, `1 to under 5`, `5 to under 10`, `10 and over` for breaks [1, 5, 10]. Children with no value in the column are left out of that subgroup's analysis and counted (`missing`); never an identifier, outcome, arm or fgc_held",
      ),
  level: () => z.number().gt(0).lt(1).default(0.95).describe("confidence level; default 0.95"),
  seed: () => z.number().int().default(20240601).describe("seed of every resampling step"),
  bootstrapReplicates: () =>
    z.number().int().min(0).max(100_000).default(2000).describe("cluster-bootstrap replicates; 0 skips"),
  rerandomisations: () =>
    z.number().int().min(0).max(100_000).default(2000).describe("re-randomisations; 0 skips"),
  multiplicity: () =>
    z
      .enum(["holm", "hochberg", "bh", "none"])
      .default("holm")
      .describe("adjustment across secondary outcomes"),
  population: () => populationSchema.prefault({}).describe("population rules"),
  costs: () =>
    z
      .string()
      .min(1)
      .optional()
      .describe(
        "a unit-cost file (CSV or XLSX; columns item, cost, unit, price_year, source), its path relative to the plan file; the same as --costs, which overrides it",
      ),
  discountRate: () =>
    z
      .number()
      .min(0)
      .max(1)
      .optional()
      .describe(
        "yearly rate at which costs (fgc trial --costs) in later years of follow-up are discounted, a proportion: a cost in year y (day d after the index date is in year ⌈d/365⌉) is multiplied by 1/(1 + rate)^(y − 1); default 0.035, the HM Treasury Green Book rate; 0 for none. Only a window beyond 365 days has later years",
      ),
  compareWithPublished: () =>
    z
      .boolean()
      .default(true)
      .describe(
        "show the published English FGC trial's figures (Taylor et al. 2024) beside this analysis; default true, as the default plan mirrors that trial. Set false for a trial the published figures say nothing about",
      ),
};
const trialPlanObject = z.object(lazyShape(trialPlanFields)).strict();

/** The names of the plan's fields, and of its population rules, for "did you mean …?" messages. */
export const planFieldNames: readonly string[] = Object.keys(trialPlanFields);
export const populationFieldNames: readonly string[] = Object.keys(populationFields);
/** Each plan field with its description, for the data dictionary (plan-definitions.ts). */
export const planFieldDescriptions = (): readonly [name: string, description: string][] =>
  Object.entries(trialPlanObject.shape).map(([name, field]) => [name, field.description ?? ""]);

/**
 * Zod schema of the trial plan (`fgc trial --plan`): a plan lists only what differs from the
 * defaults, unknown keys are refused, and the default secondary outcomes leave out the primary.
 * Each field's description and default is in the data dictionary's *The trial plan*.
 * @example
 * ```ts
 * import { trialPlanSchema } from "fgc-toolkit";
 * const plan = trialPlanSchema.parse({ primary: "proceedings_12m" });
 * plan.secondary; // => ["entered_care_12m", "days_in_care_12m", "time_to_care", "looked_after_12m"]
 * plan.level; // => 0.95
 * ```
 */
export const trialPlanSchema = trialPlanObject
  // The default secondary outcomes leave out the primary, whichever it is, so a plan that changes
  // only the primary is not refused for repeating it (plan-checks.ts).
  .transform((p) => ({
    ...p,
    secondary: p.secondary ?? DEFAULT_SECONDARY.filter((o) => o !== p.primary),
  }));

/**
 * A trial plan with every default filled in (the output of trialPlanSchema).
 */
export type TrialPlan = z.infer<typeof trialPlanSchema>;

/**
 * The default trial plan, which mirrors the published English FGC trial (Taylor et al. 2024):
 * primary looked_after_12m, LA fixed effects, age, sex and disability, SE clustered by family,
 * Holm across secondary outcomes, 2,000 bootstrap replicates and re-randomisations. Written out,
 * so that a run on the default plan builds no field of the schema; a test holds it equal, key
 * order included, to `trialPlanSchema.parse({})`.
 * @example
 * ```ts
 * import { defaultTrialPlan } from "fgc-toolkit";
 * defaultTrialPlan.primary; // => "looked_after_12m"
 * defaultTrialPlan.fixedEffects; // => ["la_code"]
 * defaultTrialPlan.bootstrapReplicates; // => 2000
 * ```
 */
export const defaultTrialPlan: TrialPlan = {
  version: 1,
  primary: "looked_after_12m",
  window: 365,
  covariates: ["age_years", "female", "disability"],
  fixedEffects: ["la_code"],
  cluster: "family_id",
  subgroups: [...DEFAULT_SUBGROUPS],
  level: 0.95,
  seed: 20240601,
  bootstrapReplicates: 2000,
  rerandomisations: 2000,
  multiplicity: "holm",
  population: { excludeAlreadyLookedAfter: false, excludeIncompleteFollowUp: true },
  compareWithPublished: true,
  secondary: DEFAULT_SECONDARY.filter((o) => o !== "looked_after_12m"),
};
