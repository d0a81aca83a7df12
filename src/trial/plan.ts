/**
 * The analysis plan of a trial: what `fgc trial` estimates, written before the data are seen and
 * saved beside every result. The default mirrors the published English FGC trial and the
 * reference analysis in ../shared/reference/trial.
 */
import { z } from "zod";

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

export const subgroupIds = ["age_band", "sex", "ethnicity", "disability", "la_code"] as const;

/** The population rules: which children enter the analysis. Unknown keys are refused. */
const populationSchema = z
  .object({
    excludeAlreadyLookedAfter: z
      .boolean()
      .default(false)
      .describe("drop children looked after on their index date (linked input only)"),
    excludeIncompleteFollowUp: z
      .boolean()
      .default(true)
      .describe("drop children whose follow-up ends before the window from binary outcomes (always counted)"),
  })
  .strict();

/** The plan's fields before defaults are filled in; unknown keys are refused, never ignored. */
const trialPlanObject = z
  .object({
    version: z.literal(1).default(1).describe("plan format version"),
    primary: z
      .enum(outcomeIds)
      .default("looked_after_12m")
      .describe("the primary outcome; default looked_after_12m"),
    secondary: z
      .array(z.enum(outcomeIds))
      .optional()
      .describe(
        "secondary outcomes, adjusted for multiplicity together; each once, the primary not among them; default every other outcome (proceedings_12m, entered_care_12m, days_in_care_12m, time_to_care with the default primary)",
      ),
    window: z
      .number()
      .int()
      .min(1)
      .max(3650)
      .default(365)
      .describe(
        "outcome window in days from the index date; default 365. An analysis-ready file holds 365-day outcomes, so only a folder of extracts may use another window",
      ),
    covariates: z
      .array(z.string())
      .default(["age_years", "female", "disability"])
      .describe(
        "baseline covariates of the adjusted models, each once; `female` is derived from sex = F; never an outcome, arm, fgc_held or an identifier",
      ),
    fixedEffects: z
      .array(z.string())
      .default(["la_code"])
      .describe(
        "factors entered as fixed effects; default the local authority. Each may have at most 500 levels and at most half as many levels as rows (an identifier is refused)",
      ),
    cluster: z
      .string()
      .default("family_id")
      .describe("unit of randomisation, for cluster-robust variance; default family_id"),
    subgroups: z
      .array(z.enum(subgroupIds))
      .default([...subgroupIds])
      .describe("subgroups analysed with interaction tests"),
    level: z.number().gt(0).lt(1).default(0.95).describe("confidence level; default 0.95"),
    seed: z.number().int().default(20240601).describe("seed of every resampling step"),
    bootstrapReplicates: z
      .number()
      .int()
      .min(0)
      .max(100_000)
      .default(2000)
      .describe("cluster-bootstrap replicates; 0 skips"),
    rerandomisations: z
      .number()
      .int()
      .min(0)
      .max(100_000)
      .default(2000)
      .describe("re-randomisations; 0 skips"),
    multiplicity: z
      .enum(["holm", "hochberg", "bh", "none"])
      .default("holm")
      .describe("adjustment across secondary outcomes"),
    population: populationSchema.prefault({}).describe("population rules"),
    compareWithPublished: z
      .boolean()
      .default(true)
      .describe(
        "show the published English FGC trial's figures (Taylor et al. 2024) beside this analysis; default true, as the default plan mirrors that trial. Set false for a trial the published figures say nothing about",
      ),
  })
  .strict();

/** The names of the plan's fields, and of its population rules, for "did you mean …?" messages. */
export const planFieldNames: readonly string[] = Object.keys(trialPlanObject.shape);
export const populationFieldNames: readonly string[] = Object.keys(populationSchema.shape);

export const trialPlanSchema = trialPlanObject
  // The default secondary outcomes leave out the primary, whichever it is, so a plan that changes
  // only the primary is not refused for repeating it (plan-checks.ts).
  .transform((p) => ({
    ...p,
    secondary: p.secondary ?? DEFAULT_SECONDARY.filter((o) => o !== p.primary),
  }));

export type TrialPlan = z.infer<typeof trialPlanSchema>;

/** @example defaultTrialPlan.primary // "looked_after_12m" */
export const defaultTrialPlan: TrialPlan = trialPlanSchema.parse({});
