// The plan of `fgc areas`: confidence level, disclosure threshold, overdispersion and ranking
// settings, and the focus authority. Saved in results.json beside every result.
import * as z from "zod";

/**
 * Zod schema of the `fgc areas` plan: focus authority, confidence level, disclosure threshold and protection, overdispersion, Winsorising and rank-interval settings; each field's default is in its description.
 */
export const areaPlanSchema = z.object({
  version: z.literal(1).default(1).describe("plan format version"),
  la: z
    .string()
    .nullable()
    .default(null)
    .describe("DfE or GSS code of the focus authority (benchmark, trend, equity); default none"),
  level: z.number().gt(0).lt(1).default(0.95).describe("confidence level of every interval; default 0.95"),
  threshold: z
    .number()
    .int()
    .min(1)
    .max(100)
    .default(5)
    .describe("counts 1 to threshold are suppressed as `c`; default 5 (DfE)"),
  protection: z
    .number()
    .int()
    .min(1)
    .max(10)
    .default(2)
    .describe(
      "a suppressed count must keep a feasible range at least this wide given everything published; default 2",
    ),
  overdispersion: z
    .enum(["none", "multiplicative", "additive"])
    .default("none")
    .describe("funnel limits widened for overdispersion (Spiegelhalter 2005); default none"),
  winsorise: z
    .number()
    .min(0)
    .lt(0.5)
    .default(0.1)
    .describe("fraction of z-scores Winsorised in each tail; default 0.1"),
  rankMethod: z
    .enum(["exact", "simulation"])
    .default("exact")
    .describe(
      "rank intervals from the exact rank distribution (numerical integration, no Monte Carlo error) or by simulation; default exact",
    ),
  rankSimulations: z
    .number()
    .int()
    .min(100)
    .max(100_000)
    .default(1000)
    .describe("draws for rank intervals when rankMethod is simulation; default 1000"),
  seed: z.number().int().default(20250401).describe("seed of the rank simulation (rankMethod simulation)"),
});
/**
 * An area-comparison plan with every default filled in (the output of areaPlanSchema).
 */
export type AreaPlan = z.infer<typeof areaPlanSchema>;

/**
 * The default area-comparison plan: no focus authority, level 0.95, DfE suppression of counts 1 to
 * 5 with protection 2, no overdispersion, exact rank intervals.
 * @example
 * ```ts
 * import { defaultAreaPlan } from "fgc-toolkit";
 * const plan = defaultAreaPlan();
 * [plan.la, plan.level, plan.threshold, plan.protection, plan.rankMethod]; // => [null, 0.95, 5, 2, "exact"]
 * ```
 */
export function defaultAreaPlan(): AreaPlan {
  return areaPlanSchema.parse({});
}
