// Cluster bootstrap of the risk difference from per-cluster counts; its replicate loop runs in
// WebAssembly (stats/wasm/resampling-kernels.ts) when the Rng is a createRng stream.
import type { Rng } from "../../util/rng.js";
import { resampleRiskDifference } from "../wasm/resampling-kernels.js";
import {
  type ClusterArmCounts,
  checkClusterArmCounts,
  clusterArmCounts,
  type RandomisedClusterCounts,
} from "./cluster-arm-counts.js";
import { type ClusterBootstrap, clusterBootstrapWith } from "./cluster-bootstrap.js";

export interface ClusterBootstrapRiskDifferenceOptions {
  rng: Rng;
  /** replicates R; default 2000 */
  replicates?: number;
  /** stratum label per cluster (e.g. laCode) */
  stratum?: ArrayLike<number | string>;
  /** confidence level; default 0.95 */
  level?: number;
}

/**
 * Cluster bootstrap of the risk difference (exposed minus comparator, pooled over children),
 * computed from per-cluster events and numbers in each arm.
 *
 * Method: clusterBootstrap (Davison & Hinkley 1997 [davison1997]; Field & Welsh 2007
 * [field2007]) applied to RD = Σe₁/Σn₁ − Σe₀/Σn₀ over the drawn clusters; percentile (type 6)
 * and BCa (Efron 1987 [efron1987]) limits.
 * Choices: clusters are drawn within strata when `stratum` is given (keeping each local
 * authority's number of families, and so roughly its arm sizes); a replicate in which an arm
 * has no children is NaN and left out with a note. Accepts either per-arm counts per cluster or
 * whole-cluster counts with the cluster's arm. The jackknife's leave-one-cluster-out values are
 * the totals less each cluster (exact for whole numbers), one pass instead of one per cluster.
 * With a createRng stream the replicates run in WebAssembly, continuing the stream word for word
 * with the same sums in the same order, so they are the JavaScript loop's bit for bit.
 * Checked against: tests/stats/resampling/cluster-bootstrap-risk-difference.test.ts.
 * @example
 * ```ts
 * import { clusterBootstrapRiskDifference, createRng } from "fgc-toolkit";
 * const data = { events: [2, 1, 3, 0, 1, 2], n: [3, 2, 4, 2, 3, 3], arm: [1, 1, 1, 0, 0, 0] };
 * const boot = clusterBootstrapRiskDifference(data, { rng: createRng(7), replicates: 999 });
 * boot.estimate; // => 0.2917
 * boot.percentile.ci; // => [-0.01607, 0.6875]
 * ```
 */
export function clusterBootstrapRiskDifference(
  data: ClusterArmCounts | RandomisedClusterCounts,
  options: ClusterBootstrapRiskDifferenceOptions,
): ClusterBootstrap {
  const fn = "clusterBootstrapRiskDifference";
  const counts = "arm" in data ? clusterArmCounts(data, fn) : data;
  const k = checkClusterArmCounts(fn, counts);
  const e1 = Float64Array.from(counts.events1);
  const n1 = Float64Array.from(counts.n1);
  const e0 = Float64Array.from(counts.events0);
  const n0 = Float64Array.from(counts.n0);
  let children = 0;
  for (let i = 0; i < k; i++) children += n1[i] + n0[i];
  const statistic = (ix: Int32Array): number => {
    let a = 0;
    let m1 = 0;
    let c = 0;
    let m0 = 0;
    for (let j = 0; j < ix.length; j++) {
      const i = ix[j];
      a += e1[i];
      m1 += n1[i];
      c += e0[i];
      m0 += n0[i];
    }
    return m1 > 0 && m0 > 0 ? a / m1 - c / m0 : Number.NaN;
  };
  // θ₍ᵢ₎ as the totals less cluster i: whole-number counts sum exactly in any order, so these are
  // the values `statistic` gives on all clusters but i, in one pass instead of k.
  const leaveOneOut = (): Float64Array => {
    let a = 0;
    let m1 = 0;
    let c = 0;
    let m0 = 0;
    for (let i = 0; i < k; i++) {
      a += e1[i];
      m1 += n1[i];
      c += e0[i];
      m0 += n0[i];
    }
    const out = new Float64Array(k);
    for (let i = 0; i < k; i++) {
      const d1 = m1 - n1[i];
      const d0 = m0 - n0[i];
      out[i] = d1 > 0 && d0 > 0 ? (a - e1[i]) / d1 - (c - e0[i]) / d0 : Number.NaN;
    }
    return out;
  };
  return clusterBootstrapWith(
    {
      nClusters: k,
      statistic,
      leaveOneOut,
      rng: options.rng,
      replicates: options.replicates,
      stratum: options.stratum,
      level: options.level,
      n: children,
      notes: ["statistic: risk difference exposed − comparator, children pooled within arm"],
    },
    (members, rng, replicates) => resampleRiskDifference(members, rng, e1, n1, e0, n0, replicates),
  );
}
