/**
 * The analysis plan of a trial: what `fgc trial` estimates, written before the data are seen and
 * saved beside every result. The default mirrors the published English FGC trial and the
 * reference analysis in ../shared/reference/trial.
 */
import { z } from "zod";

export const binaryOutcomes = ["looked_after_12m", "entered_care_12m", "proceedings_12m"] as const;
export const outcomeIds = [...binaryOutcomes, "days_in_care_12m", "time_to_care"] as const;
export type OutcomeId = (typeof outcomeIds)[number];

export const subgroupIds = ["age_band", "sex", "ethnicity", "disability", "la_code"] as const;

export const trialPlanSchema = z
  .object({
    version: z.literal(1).default(1).describe("plan format version"),
    primary: z
      .enum(outcomeIds)
      .default("looked_after_12m")
      .describe("the primary outcome; default looked_after_12m"),
    secondary: z
      .array(z.enum(outcomeIds))
      .default(["proceedings_12m", "entered_care_12m", "days_in_care_12m", "time_to_care"])
      .describe("secondary outcomes, adjusted for multiplicity together"),
    window: z
      .number()
      .int()
      .min(1)
      .max(3650)
      .default(365)
      .describe("outcome window in days from the index date; default 365"),
    covariates: z
      .array(z.string())
      .default(["age_years", "female", "disability"])
      .describe("baseline covariates of the adjusted models; `female` is derived from sex = F"),
    fixedEffects: z
      .array(z.string())
      .default(["la_code"])
      .describe("factors entered as fixed effects; default the local authority"),
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
    population: z
      .object({
        excludeAlreadyLookedAfter: z
          .boolean()
          .default(false)
          .describe("drop children looked after on their index date (linked input only)"),
        excludeIncompleteFollowUp: z
          .boolean()
          .default(true)
          .describe(
            "drop children whose follow-up ends before the window from binary outcomes (always counted)",
          ),
      })
      .prefault({})
      .describe("population rules"),
  })
  .strict();

export type TrialPlan = z.infer<typeof trialPlanSchema>;

/** @example defaultTrialPlan.primary // "looked_after_12m" */
export const defaultTrialPlan: TrialPlan = trialPlanSchema.parse({});
