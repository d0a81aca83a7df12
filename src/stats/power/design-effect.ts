import { StatsError } from "../../util/errors.js";

/**
 * Design effect for clustering: the factor by which an individually randomised sample size must
 * grow when outcomes within a cluster (here: children within a family) are correlated.
 *
 * Method: Kish (1965) [kish1965]; for cluster-randomised designs Donner, Birkett & Buck
 * (1981) [donner1981]: DE = 1 + (m − 1)·ICC, m the mean cluster size; with clusters of unequal size,
 * Eldridge, Ashby & Kerry (2006) [eldridge2006]: DE = 1 + ((cv² + 1)·m − 1)·ICC, cv the
 * coefficient of variation of the cluster sizes (sd/mean).
 * Choices: m may be fractional (a mean); cv defaults to 0 (equal sizes), where both formulas agree.
 * Checked against: power.two_proportions and power.two_proportions_cluster_cv (design_effect) in
 * ../shared/reference.
 * @example
 * ```ts
 * import { designEffect } from "fgc-toolkit";
 * designEffect(2.69, 0.016); // => 1.027
 * designEffect(8, 0.05, 0.7); // => 1.546
 * ```
 */
export function designEffect(meanClusterSize: number, icc: number, cv = 0): number {
  if (!(Number.isFinite(meanClusterSize) && meanClusterSize >= 1)) {
    throw new StatsError("designEffect", "meanClusterSize", meanClusterSize, "a number of at least 1");
  }
  if (!(icc >= 0 && icc <= 1)) throw new StatsError("designEffect", "icc", icc, "a number in [0, 1]");
  if (!(Number.isFinite(cv) && cv >= 0)) {
    throw new StatsError("designEffect", "cv", cv, "a coefficient of variation of at least 0, e.g. 0.6");
  }
  return 1 + ((cv * cv + 1) * meanClusterSize - 1) * icc;
}
