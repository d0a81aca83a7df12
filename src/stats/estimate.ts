// The common result shapes every estimator returns (design.md, "Statistics"): plain,
// serialisable objects that feed results.json, the report and the reference harness alike.
import * as z from "zod";

/** A method id in the reference set's `family.method` pattern, e.g. `proportion_ci.wilson`. */
/** A number that may be NaN ("not estimable", house style §5); zod's z.number() alone rejects NaN. */
const maybeNaN = z.union([z.number(), z.nan()]);

export const methodIdSchema = z.string().regex(/^[a-z0-9_]+(\.[a-z0-9_]+)+$/);
export type MethodId = z.infer<typeof methodIdSchema>;

/** The shape of every single-effect result: estimate, interval, level, p, method, references and notes (NaN where not estimable). */
export const estimateSchema = z.object({
  estimate: maybeNaN.describe(
    "point estimate on its natural scale (a ratio, not its log); NaN when not estimable",
  ),
  ci: z.tuple([maybeNaN, maybeNaN]).describe("lower and upper confidence limits"),
  level: z.number().gt(0).lt(1).describe("confidence level, e.g. 0.95"),
  method: methodIdSchema.describe("method id, e.g. two_by_two.risk_difference_miettinen_nurminen"),
  n: z.number().describe("units analysed"),
  se: maybeNaN.optional().describe("standard error on the scale given by `scale`"),
  scale: z.enum(["identity", "log"]).optional().describe("scale of `se`"),
  p: maybeNaN.optional().describe("two-sided p-value where the method gives one"),
  references: z.array(z.string()).describe("keys of stats/references.ts"),
  notes: z
    .array(z.string())
    .describe("choices a reader must know: corrections, exclusions, why not estimable"),
});
/** A single-effect result (see {@link estimateSchema}): NaN in `estimate` and `ci` means not estimable, with a note saying why. */
export type Estimate = z.infer<typeof estimateSchema>;

export const termSchema = z.object({
  term: z.string(),
  estimate: maybeNaN,
  se: maybeNaN.describe("standard error under the fit's `variance`"),
  seModel: maybeNaN.describe("model-based standard error, kept beside the robust one"),
  ci: z.tuple([maybeNaN, maybeNaN]),
  p: maybeNaN,
});
/** One coefficient of a model fit: term name, estimate, SE used, model-based SE, interval and p. */
export type Term = z.infer<typeof termSchema>;

/** The shape of every model fit: one row per term, the variance used, n, clusters, convergence, references and notes. */
export const modelFitSchema = z.object({
  method: methodIdSchema,
  terms: z.array(termSchema),
  variance: z.enum(["model", "cluster_hc1", "cluster", "robust"]),
  level: z.number(),
  n: z.number(),
  nClusters: z.number().optional(),
  converged: z.boolean(),
  iterations: z.number(),
  references: z.array(z.string()),
  notes: z.array(z.string()),
});
/** A model fit (see {@link modelFitSchema}): terms, variance type (`model` or `cluster_hc1`), n, clusters, convergence and notes. */
export type ModelFit = z.infer<typeof modelFitSchema>;
