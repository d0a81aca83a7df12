// The result of `fgc meta`: a plain object, written as results.json and the only input of the
// report. Versioned; no timestamps; the same inputs and plan give the same bytes
// (util/stable-json.ts). Study effects and every interval are on the natural scale (a ratio for
// or, rr, hr); `yi`, `vi` and every `se` are on the analysis scale (log ratio or difference).
import * as z from "zod";
import { metaMeasures, metaPlanSchema } from "./plan.js";

export const META_RESULTS_VERSION = "fgc-toolkit/meta-results/1";

const interval = z.tuple([z.number(), z.number()]);

/**
 * A pooled estimate: the common Estimate shape (stats/estimate.ts) with finite numbers, since
 * input checks leave nothing not estimable (and JSON Schema has no NaN).
 */
const pooledSchema = z.object({
  estimate: z.number().describe("pooled effect on the natural scale (a ratio for or, rr, hr)"),
  ci: interval.describe("confidence limits, natural scale"),
  level: z.number().gt(0).lt(1),
  method: z.string().describe("meta.generic.reml or meta.generic.dl"),
  n: z.number().describe("studies pooled"),
  se: z.number().optional().describe("standard error on the analysis scale (log ratio or difference)"),
  scale: z.enum(["identity", "log"]).optional().describe("scale of se"),
  p: z.number().optional().describe("two-sided p of no effect (z, or t on k − 1 df for Knapp–Hartung)"),
  references: z.array(z.string()),
  notes: z.array(z.string()),
});

export const metaStudySchema = z.object({
  study: z.string().describe("the study's name, as the file gives it"),
  year: z.number().int().nullable().describe("year of publication; null when the file leaves it blank"),
  source: z.string().describe("where the row's figures come from, as the file gives it"),
  row: z.number().int().describe("row of the studies file (header = row 1)"),
  counts: z
    .object({ a: z.number(), n1: z.number(), c: z.number(), n0: z.number() })
    .nullable()
    .describe("2×2 counts as entered (before any 0.5 correction); null for other input"),
  yi: z.number().describe("effect on the analysis scale: log ratio or difference"),
  vi: z.number().describe("its sampling variance"),
  estimate: z.number().describe("effect on the natural scale (exp(yi) for ratios)"),
  ci: interval.describe("yi ± z·√vi at the plan's level, natural scale (a published CI up to rounding)"),
  weight: z.number().describe("random-effects weight, percent of the total: 100·wᵢ/Σw, wᵢ = 1/(vᵢ + τ²)"),
});
export type MetaStudy = z.infer<typeof metaStudySchema>;

/**
 * Zod schema of the `fgc meta` result (results.json): studies, τ², the pooled effect, Knapp–Hartung and prediction intervals, heterogeneity; effects on the natural scale, `yi`, `vi` and every `se` on the analysis scale.
 */
export const metaResultSchema = z.object({
  version: z.literal(META_RESULTS_VERSION),
  tool: z.object({ name: z.literal("fgc-toolkit"), version: z.string() }),
  plan: metaPlanSchema,
  inputs: z.array(z.object({ file: z.string(), sha256: z.string(), rows: z.number() })),
  input: z.enum(["counts", "intervals", "effects"]).describe("how the file gives the studies' effects"),
  measure: z.enum(metaMeasures).describe("effect measure pooled (the plan's, or the default for the input)"),
  k: z.number().int().describe("studies pooled"),
  studies: z.array(metaStudySchema),
  tau2: z.number().describe("between-study variance τ² by the plan's method, analysis scale"),
  pooled: pooledSchema.describe("pooled effect, z (Wald) interval"),
  knappHartung: pooledSchema.describe("pooled effect, Knapp–Hartung (HKSJ) t interval on k − 1 df"),
  prediction: interval.describe("prediction interval of the z fit, μ̂ ± z·√(se² + τ²), natural scale"),
  predictionKnappHartung: interval.describe(
    "prediction interval of the Knapp–Hartung fit, μ̂ ± t(k−1)·√(se_KH² + τ²), natural scale",
  ),
  heterogeneity: z
    .object({
      Q: z.number(),
      df: z.number(),
      p: z.number(),
      I2: z.number().describe("percent, from the plan's τ²"),
      H2: z.number(),
    })
    .describe("Cochran's Q (weights 1/vᵢ), its df and χ² p; I² and H² from the method's τ²"),
  converged: z.boolean(),
  references: z.array(z.string()),
  notes: z.array(z.string()),
});
/**
 * The result of runMeta, as validated by metaResultSchema.
 */
export type MetaResult = z.infer<typeof metaResultSchema>;
