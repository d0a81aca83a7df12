// The plan of `fgc meta`: the effect measure, the estimator of τ² and the level. Saved in
// results.json and plan.json beside the result.
import * as z from "zod";

export const metaMeasures = ["or", "rr", "hr", "rd", "smd", "generic"] as const;

/**
 * Zod schema of the `fgc meta` plan: the effect measure (default: the input's), the estimator of τ² (default REML) and the confidence level (default 0.95).
 */
export const metaPlanSchema = z.object({
  version: z.literal(1).default(1).describe("plan format version"),
  measure: z
    .enum(metaMeasures)
    .nullable()
    .default(null)
    .describe(
      "effect measure: or, rr, hr (ratios, pooled on the log scale), rd, smd or generic (differences); default from the file: or for counts, generic for yi/vi; estimates with CIs must say theirs",
    ),
  method: z
    .enum(["reml", "dl"])
    .default("reml")
    .describe(
      "estimator of the between-study variance τ²: reml (Viechtbauer 2005) or dl (DerSimonian & Laird 1986); default reml",
    ),
  level: z
    .number()
    .gt(0)
    .lt(1)
    .default(0.95)
    .describe(
      "level of the pooled confidence and prediction intervals and of each study's interval; default 0.95",
    ),
});
/**
 * A meta-analysis plan with every default filled in (the output of metaPlanSchema).
 */
export type MetaPlan = z.infer<typeof metaPlanSchema>;

/**
 * The default meta-analysis plan: the input's measure, REML τ², level 0.95.
 * @example
 * ```ts
 * import { defaultMetaPlan } from "fgc-toolkit";
 * defaultMetaPlan(); // => { "version": 1, "measure": null, "method": "reml", "level": 0.95 }
 * ```
 */
export function defaultMetaPlan(): MetaPlan {
  return metaPlanSchema.parse({});
}
