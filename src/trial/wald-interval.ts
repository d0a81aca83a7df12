// A Wald interval and two-sided p-value on the normal scale from an estimate and its SE. The
// trial reports every cluster-robust effect this way (the reference analysis does too): with
// hundreds of families the t and normal quantiles differ in the fourth digit only, and the
// cluster-robust SE has no exact residual degrees of freedom to give a t distribution.
import { normalQuantile, normalTwoSidedP } from "../stats/distributions/normal.js";

export function waldIntervalOfEstimate(
  estimate: number,
  se: number,
  level: number,
): { ci: [number, number]; p: number } {
  const z = normalQuantile((1 + level) / 2);
  return { ci: [estimate - z * se, estimate + z * se], p: normalTwoSidedP(estimate / se) };
}
