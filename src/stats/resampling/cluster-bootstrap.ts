// Cluster bootstrap of any statistic computed from a list of clusters, within strata, with
// percentile and BCa intervals (Davison & Hinkley 1997; Efron 1987).
import type { Rng } from "../../util/rng.js";
import { StatsError } from "../../util/errors.js";
import { assertCount, assertLevel } from "../assert.js";
import type { Estimate } from "../estimate.js";
import { bcaInterval } from "./bca-interval.js";
import { sampleQuantile } from "./sample-quantile.js";
import { stratumMembers } from "./stratum-members.js";

export const clusterBootstrapPercentileMethod = "resampling.cluster_bootstrap_percentile";
export const clusterBootstrapBcaMethod = "resampling.cluster_bootstrap_bca";

/**
 * The statistic on a list of cluster indices (0-based; a cluster drawn twice appears twice).
 * The array is reused from one call to the next: copy it to keep it.
 */
export type ClusterStatistic = (clusters: Int32Array) => number;

export interface ClusterBootstrapOptions {
  nClusters: number;
  statistic: ClusterStatistic;
  /**
   * θ₍ᵢ₎ for each cluster i, the statistic on all clusters but i, when the caller can give them
   * faster than k calls of `statistic` (clusterBootstrapRiskDifference: totals less cluster i);
   * they must equal those calls. Default: the k calls.
   */
  leaveOneOut?: () => ArrayLike<number>;
  /** seeded generator from util/rng.ts */
  rng: Rng;
  /** number of bootstrap replicates R; default 2000 */
  replicates?: number;
  /** stratum label per cluster; clusters are drawn within their stratum */
  stratum?: ArrayLike<number | string>;
  /** confidence level; default 0.95 */
  level?: number;
  /** units analysed, for `n` of the estimates; default nClusters */
  n?: number;
  /** references of the statistic itself, added to the bootstrap's own */
  references?: string[];
  /** notes about the statistic, carried into both estimates */
  notes?: string[];
}

/** A cluster-bootstrap result: the statistic, its bootstrap SE, the replicates and the percentile and BCa intervals. */
export interface ClusterBootstrap {
  method: "resampling.cluster_bootstrap";
  /** the statistic on the data as observed */
  estimate: number;
  /** standard deviation of the kept replicates */
  se: number;
  /** replicate values in the order drawn (NaN kept) */
  replicates: number[];
  percentile: Estimate;
  bca: Estimate;
  /** BCa bias correction z0 and acceleration a */
  z0: number;
  acceleration: number;
  nClusters: number;
  nStrata: number;
  references: string[];
  notes: string[];
}

/**
 * Cluster bootstrap of any statistic that can be computed from a list of clusters: whole
 * clusters (families) are drawn with replacement, within strata when given (each local
 * authority keeps its number of families), and the statistic is recomputed on each draw.
 *
 * Method: Davison & Hinkley (1997) [davison1997] and Field & Welsh (2007) [field2007] for
 * resampling clusters as the units; percentile limits θ*((R+1)α) (sampleQuantile, type 6)
 * [hyndman1996]; BCa limits of Efron (1987) [efron1987] with the acceleration from the
 * leave-one-cluster-out jackknife (bcaInterval).
 * Choices: the statistic receives the drawn cluster indices (repeats allowed) and reads its own
 * per-cluster aggregates, so a replicate costs one pass over the clusters; the jackknife leaves
 * out one cluster at a time across all strata; replicates whose statistic is NaN (an arm drawn
 * empty) are dropped from the limits with a note; the bootstrap SE is the standard deviation of
 * the kept replicates (divisor R − 1). Fewer than 2 clusters: NaN with a note.
 * Checked against: tests/stats/resampling/cluster-bootstrap.test.ts (same seed, same replicates;
 * identical clusters, one per stratum, give SE 0).
 * @example
 * ```ts
 * import { clusterBootstrap, createRng } from "fgc-toolkit";
 * const y = [1, 0, 1, 1, 0];
 * const mean = (ix: Int32Array) => ix.reduce((s, i) => s + y[i], 0) / ix.length;
 * const boot = clusterBootstrap({ nClusters: 5, statistic: mean, rng: createRng(1), replicates: 999 });
 * boot.estimate; // => 0.6
 * boot.percentile.ci; // => [0.2, 1]
 * ```
 */
export function clusterBootstrap(options: ClusterBootstrapOptions): ClusterBootstrap {
  return clusterBootstrapWith(options);
}

/**
 * A faster loop for one statistic: the values (and effect on `rng`) that resample would give
 * with that statistic, or null when it cannot run and resample must.
 */
export type ResamplingKernel = (
  members: readonly Int32Array[],
  rng: Rng,
  replicates: number,
) => Float64Array | null;

/**
 * clusterBootstrap with its replicate loop taken by `kernel` when that can run (the risk
 * difference's WebAssembly loop), else by the JavaScript loop; the same result either way.
 * @example clusterBootstrapWith({ nClusters, statistic, rng }, (members, rng, r) => null) // as clusterBootstrap
 */
export function clusterBootstrapWith(
  options: ClusterBootstrapOptions,
  kernel?: ResamplingKernel,
): ClusterBootstrap {
  const fn = "clusterBootstrap";
  const { nClusters, statistic, rng } = options;
  const replicates = options.replicates ?? 2000;
  const level = options.level ?? 0.95;
  assertLevel(fn, level);
  assertCount(fn, "replicates", replicates);
  if (replicates < 1) throw new StatsError(fn, "replicates", replicates, "at least 1");
  if (typeof statistic !== "function") throw new StatsError(fn, "statistic", statistic, "a function");
  if (!rng || typeof rng.index !== "function")
    throw new StatsError(fn, "rng", rng, "an Rng from createRng(seed)");
  const { members } = stratumMembers(fn, nClusters, options.stratum);
  const n = options.n ?? nClusters;
  const references = ["davison1997", "field2007", "hyndman1996", "efron1987", ...(options.references ?? [])];
  const baseNotes = [...(options.notes ?? [])];
  const nStrata = nClusters === 0 ? 0 : members.length;

  const all = new Int32Array(nClusters);
  for (let i = 0; i < nClusters; i++) all[i] = i;
  const estimate = nClusters > 0 ? statistic(all) : Number.NaN;
  const fail = (why: string): ClusterBootstrap => {
    const nan = (method: string): Estimate => ({
      estimate,
      ci: [Number.NaN, Number.NaN],
      level,
      method,
      n,
      references,
      notes: [`not estimable: ${why}`, ...baseNotes],
    });
    return {
      method: "resampling.cluster_bootstrap",
      estimate,
      se: Number.NaN,
      replicates: [],
      percentile: nan(clusterBootstrapPercentileMethod),
      bca: nan(clusterBootstrapBcaMethod),
      z0: Number.NaN,
      acceleration: Number.NaN,
      nClusters,
      nStrata,
      references,
      notes: [`not estimable: ${why}`, ...baseNotes],
    };
  };
  if (nClusters < 2) return fail(`a cluster bootstrap needs at least 2 clusters, got ${nClusters}`);
  if (Number.isNaN(estimate)) return fail("the statistic is not estimable on the observed data");

  const values =
    kernel?.(members, rng, replicates) ?? resample(nClusters, members, rng, statistic, replicates);

  const kept = values.filter((v) => !Number.isNaN(v)).sort();
  const dropped = replicates - kept.length;
  const notes = [
    `${replicates} replicates drawing whole clusters with replacement` +
      (nStrata > 1 ? ` within ${nStrata} strata` : "") +
      ` (${nClusters} clusters)`,
    ...(dropped > 0
      ? [`${dropped} replicates not estimable (statistic NaN) and left out of the limits`]
      : []),
    ...baseNotes,
  ];
  if (kept.length < 2)
    return { ...fail("fewer than 2 replicates gave a value"), replicates: Array.from(values) };

  let mean = 0;
  for (let i = 0; i < kept.length; i++) mean += kept[i];
  mean /= kept.length;
  let ss = 0;
  for (let i = 0; i < kept.length; i++) ss += (kept[i] - mean) ** 2;
  const se = Math.sqrt(ss / (kept.length - 1));

  const alpha = (1 - level) / 2;
  const percentile: Estimate = {
    estimate,
    ci: [sampleQuantile(kept, alpha), sampleQuantile(kept, 1 - alpha)],
    level,
    method: clusterBootstrapPercentileMethod,
    n,
    se,
    scale: "identity",
    references: ["davison1997", "field2007", "hyndman1996", ...(options.references ?? [])],
    notes: [...notes, "percentile limits: order statistic (R + 1)α, Hyndman–Fan type 6"],
  };

  const jackknife = options.leaveOneOut ? options.leaveOneOut() : leaveOneClusterOut(nClusters, statistic);
  if (jackknife.length !== nClusters)
    throw new StatsError(
      fn,
      "leaveOneOut",
      `length ${jackknife.length}`,
      `one value per cluster (${nClusters})`,
    );
  const b = bcaInterval(kept, estimate, jackknife, level);
  const bca: Estimate = {
    estimate,
    ci: b.ci,
    level,
    method: clusterBootstrapBcaMethod,
    n,
    se,
    scale: "identity",
    references,
    notes: [
      ...notes,
      `BCa: z0 = ${round(b.z0)}, acceleration = ${round(b.acceleration)} from the leave-one-cluster-out jackknife`,
      ...b.notes,
    ],
  };
  return {
    method: "resampling.cluster_bootstrap",
    estimate,
    se,
    replicates: Array.from(values),
    percentile,
    bca,
    z0: b.z0,
    acceleration: b.acceleration,
    nClusters,
    nStrata,
    references,
    notes,
  };
}

/**
 * The statistic on `replicates` draws of whole clusters with replacement within strata. A
 * function of its own so that V8 optimises this small loop early in a fresh process, rather than
 * the whole bootstrap on stack replacement.
 */
function resample(
  nClusters: number,
  members: Int32Array[],
  rng: Rng,
  statistic: ClusterStatistic,
  replicates: number,
): Float64Array {
  const values = new Float64Array(replicates);
  const drawn = new Int32Array(nClusters);
  for (let r = 0; r < replicates; r++) {
    let pos = 0;
    for (let s = 0; s < members.length; s++) {
      const m = members[s];
      const k = m.length;
      for (let j = 0; j < k; j++) drawn[pos++] = m[rng.index(k)];
    }
    values[r] = statistic(drawn);
  }
  return values;
}

/** θ₍ᵢ₎ for each cluster i: the statistic on all clusters but i. */
function leaveOneClusterOut(nClusters: number, statistic: ClusterStatistic): Float64Array {
  const out = new Float64Array(nClusters);
  // ix holds 0..n−1 without i: ix[k] = k for k < i, k + 1 for k ≥ i; moving i on by one
  // changes a single entry.
  const ix = new Int32Array(nClusters - 1);
  for (let k = 0; k < nClusters - 1; k++) ix[k] = k + 1;
  for (let i = 0; i < nClusters; i++) {
    if (i > 0) ix[i - 1] = i - 1;
    out[i] = statistic(ix);
  }
  return out;
}

function round(x: number): string {
  return Number.isFinite(x) ? x.toPrecision(4) : String(x);
}
