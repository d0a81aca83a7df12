// The plan of `fgc power`: the outcome, the effects to detect, the cluster design (mean family
// size, its coefficient of variation, a grid of ICCs), the power and significance wanted, and
// optionally a sample size to give the power of. Saved in results.json and plan.json.
import * as z from "zod";

export const powerOutcomes = ["proportions", "means", "time_to_event"] as const;

/**
 * Zod schema of the `fgc power` plan: the outcome (proportions, means or time to event), the effects to detect, the cluster design (mean family size, its coefficient of variation, a grid of ICCs), the power and significance wanted, and optionally a sample size to give the power of; each field's default is in its description.
 */
export const powerPlanSchema = z.object({
  version: z.literal(1).default(1).describe("plan format version"),
  outcome: z
    .enum(powerOutcomes)
    .describe(
      "proportions (a binary outcome, e.g. looked after at 12 months), means (e.g. days in care) or time_to_event (time to first care entry)",
    ),
  effects: z
    .array(z.number())
    .min(1)
    .max(8)
    .describe(
      "effects to detect: the intervention arm's proportion (proportions), the difference in means (means, intervention minus comparator) or the hazard ratio (time_to_event); 1 to 8 values",
    ),
  p0: z
    .number()
    .gt(0)
    .lt(1)
    .optional()
    .describe("proportions: the comparator (control) arm's proportion, e.g. 0.48"),
  sd: z.number().positive().optional().describe("means: the outcome's standard deviation within an arm"),
  eventProbability: z
    .number()
    .gt(0)
    .max(1)
    .optional()
    .describe(
      "time_to_event: probability that a child has the event during follow-up, both arms together; turns events into children",
    ),
  power: z.number().gt(0).lt(1).default(0.8).describe("power wanted; default 0.8"),
  level: z
    .number()
    .gt(0)
    .lt(1)
    .default(0.95)
    .describe("confidence level of the two-sided test (significance 1 − level); default 0.95"),
  nPerArm: z
    .number()
    .positive()
    .nullable()
    .default(null)
    .describe("children per arm (after clustering) to give the power of; default none"),
  clusterSize: z
    .number()
    .min(1)
    .default(1)
    .describe("mean cluster (family) size m, children per family; default 1 (no clustering)"),
  clusterSizeCv: z
    .number()
    .min(0)
    .default(0)
    .describe(
      "coefficient of variation of cluster sizes (sd/mean; Eldridge et al. 2006); default 0 (equal sizes)",
    ),
  iccs: z
    .array(z.number().min(0).max(1))
    .min(1)
    .max(8)
    .default([0, 0.02, 0.05, 0.1])
    .describe("intracluster correlations to tabulate; default 0, 0.02, 0.05, 0.1"),
});
/**
 * A power plan with every default filled in (the output of powerPlanSchema).
 */
export type PowerPlan = z.infer<typeof powerPlanSchema>;
export type PowerOutcome = (typeof powerOutcomes)[number];
