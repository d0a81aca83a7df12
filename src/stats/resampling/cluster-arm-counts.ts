// Per-cluster sufficient statistics for a binary outcome: events and children in each arm of
// each cluster. The cluster bootstrap and re-randomisation of a risk difference need nothing
// else, so a replicate costs one pass over the clusters rather than over the children.
import { assertEvents } from "../assert.js";
import { StatsError } from "../../util/errors.js";

/** Events and numbers in arm 1 (exposed, `fgc`) and arm 0 (comparator) of each cluster. */
export interface ClusterArmCounts {
  events1: ArrayLike<number>;
  n1: ArrayLike<number>;
  events0: ArrayLike<number>;
  n0: ArrayLike<number>;
}

/** Clusters randomised whole (families): events and children per cluster and its arm (1 or 0). */
export interface RandomisedClusterCounts {
  events: ArrayLike<number>;
  n: ArrayLike<number>;
  /** 1 = exposed (`fgc`), 0 = comparator (`control`) */
  arm: ArrayLike<number>;
}

/**
 * Splits whole-cluster counts into the per-arm layout (the other arm's counts are 0).
 * @example clusterArmCounts({ events: [1, 0], n: [2, 1], arm: [1, 0] }).n0 // [0, 1]
 */
export function clusterArmCounts(data: RandomisedClusterCounts, fn = "clusterArmCounts"): ClusterArmCounts {
  const k = checkRandomisedClusterCounts(fn, data);
  const out = {
    events1: new Float64Array(k),
    n1: new Float64Array(k),
    events0: new Float64Array(k),
    n0: new Float64Array(k),
  };
  for (let i = 0; i < k; i++) {
    if (data.arm[i] === 1) {
      out.events1[i] = data.events[i];
      out.n1[i] = data.n[i];
    } else {
      out.events0[i] = data.events[i];
      out.n0[i] = data.n[i];
    }
  }
  return out;
}

/** Validates per-arm counts (whole numbers, events ≤ n, equal lengths); returns the number of clusters. */
export function checkClusterArmCounts(fn: string, data: ClusterArmCounts): number {
  const k = data.events1.length;
  for (const name of ["n1", "events0", "n0"] as const) {
    if (data[name].length !== k)
      throw new StatsError(fn, name, `length ${data[name].length}`, `length ${k}, as events1`);
  }
  for (let i = 0; i < k; i++) {
    assertEvents(fn, data.events1[i], data.n1[i], [`events1[${i}]`, `n1[${i}]`], true);
    assertEvents(fn, data.events0[i], data.n0[i], [`events0[${i}]`, `n0[${i}]`], true);
  }
  return k;
}

/** Validates whole-cluster counts and arms (1 or 0); returns the number of clusters. */
export function checkRandomisedClusterCounts(fn: string, data: RandomisedClusterCounts): number {
  const k = data.events.length;
  for (const name of ["n", "arm"] as const) {
    if (data[name].length !== k)
      throw new StatsError(fn, name, `length ${data[name].length}`, `length ${k}, as events`);
  }
  for (let i = 0; i < k; i++) {
    assertEvents(fn, data.events[i], data.n[i], [`events[${i}]`, `n[${i}]`], true);
    if (data.arm[i] !== 0 && data.arm[i] !== 1)
      throw new StatsError(fn, `arm[${i}]`, data.arm[i], "1 (exposed) or 0 (comparator)");
  }
  return k;
}
