// The result of `fgc power` (results.json): one row per effect and ICC with the sample size (and
// the power at the planned size), and the power curves the report draws.
import * as z from "zod";
import { powerPlanSchema } from "./plan.js";

export const POWER_RESULTS_VERSION = "fgc-toolkit/power-results/1";

/** A number, or null where it is not estimable (as the trial results write it). */
const maybeNaN = z.number().nullable();

export const powerRowSchema = z.object({
  effect: z
    .number()
    .describe("the effect of this row (intervention proportion, difference in means or hazard ratio)"),
  icc: z.number().describe("intracluster correlation"),
  designEffect: z.number().describe("1 + ((cv² + 1)·m − 1)·ICC"),
  events: maybeNaN.optional().describe("time_to_event: total events needed (both arms), not rounded"),
  nPerArm: maybeNaN.describe("children per arm if randomised individually, not rounded"),
  nPerArmClustered: maybeNaN.describe(
    "children per arm with clustering: nPerArm × designEffect, not rounded",
  ),
  clustersPerArm: maybeNaN.describe("families per arm: nPerArmClustered / clusterSize, not rounded"),
  powerAtN: maybeNaN.nullable().describe("power with the plan's nPerArm children per arm; null without one"),
});
export type PowerRow = z.infer<typeof powerRowSchema>;

export const powerCurvePointSchema = z.object({
  effect: z.number(),
  icc: z.number(),
  nPerArm: z.number().describe("children per arm, with clustering"),
  power: z.number(),
});
export type PowerCurvePoint = z.infer<typeof powerCurvePointSchema>;

/**
 * Zod schema of the `fgc power` result (results.json): a row per effect and ICC with the design effect, sample sizes and power, and the power curves.
 */
export const powerResultSchema = z.object({
  version: z.literal(POWER_RESULTS_VERSION),
  tool: z.object({ name: z.literal("fgc-toolkit"), version: z.string() }),
  plan: powerPlanSchema,
  method: z.string().describe("power.two_proportions, power.two_means or power.survival_events"),
  rows: z.array(powerRowSchema),
  curve: z.array(powerCurvePointSchema).describe("power against children per arm, per effect and ICC"),
  references: z.array(z.string()),
  notes: z.array(z.string()),
});
/**
 * The result of runPower, as validated by powerResultSchema.
 */
export type PowerResult = z.infer<typeof powerResultSchema>;
