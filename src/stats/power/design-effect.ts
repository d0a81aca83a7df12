/**
 * Design effect for clustering: the factor by which an individually randomised sample size must
 * grow when outcomes within a cluster (here: children within a family) are correlated.
 *
 * Method: Kish (1965) [kish1965]; for cluster-randomised designs Donner, Birkett & Buck (1981)
 * [donner1981]: DE = 1 + (m − 1)·ICC, m the mean cluster size.
 * Choices: m may be fractional (a mean); variation in cluster size is ignored.
 * Checked against: power.two_proportions (design_effect) in ../shared/reference.
 * @example designEffect(2.69, 0.016) // 1.02704
 */
import { StatsError } from "../../util/errors.js";

export function designEffect(meanClusterSize: number, icc: number): number {
  if (!(Number.isFinite(meanClusterSize) && meanClusterSize >= 1)) {
    throw new StatsError("designEffect", "meanClusterSize", meanClusterSize, "a number of at least 1");
  }
  if (!(icc >= 0 && icc <= 1)) throw new StatsError("designEffect", "icc", icc, "a number in [0, 1]");
  return 1 + (meanClusterSize - 1) * icc;
}
