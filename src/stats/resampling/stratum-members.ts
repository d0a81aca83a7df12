// Clusters grouped by stratum, the unit both resampling schemes work within: the cluster
// bootstrap draws each stratum's clusters from that stratum only (Davison & Hinkley 1997)
// and re-randomisation permutes arm labels inside each stratum (Rosenberger & Lachin 2016).
import { StatsError } from "../../util/errors.js";

/** Cluster indices by stratum, strata in order of first appearance. */
export interface StratumMembers {
  /** members[s] lists the indices (0-based) of the clusters in stratum s. */
  members: Int32Array[];
  /** stratum label of each entry of `members`, as given (or 0 when unstratified). */
  labels: (number | string)[];
}

/**
 * Groups clusters 0..nClusters−1 by their stratum label; without labels, one stratum holds all.
 * @example stratumMembers("f", 4, ["E1", "E2", "E1", "E2"]).members // [[0, 2], [1, 3]]
 */
export function stratumMembers(
  fn: string,
  nClusters: number,
  stratum?: ArrayLike<number | string>,
): StratumMembers {
  if (!Number.isInteger(nClusters) || nClusters < 0) {
    throw new StatsError(fn, "nClusters", nClusters, "a whole number of at least 0");
  }
  if (stratum === undefined) {
    const all = new Int32Array(nClusters);
    for (let i = 0; i < nClusters; i++) all[i] = i;
    return { members: [all], labels: [0] };
  }
  if (stratum.length !== nClusters) {
    throw new StatsError(fn, "stratum", `length ${stratum.length}`, `one label per cluster (${nClusters})`);
  }
  const index = new Map<number | string, number>();
  const lists: number[][] = [];
  const labels: (number | string)[] = [];
  for (let i = 0; i < nClusters; i++) {
    const label = stratum[i];
    if (typeof label === "number" && !Number.isFinite(label)) {
      throw new StatsError(fn, `stratum[${i}]`, label, "a finite number or a string");
    }
    let s = index.get(label);
    if (s === undefined) {
      s = lists.length;
      index.set(label, s);
      lists.push([]);
      labels.push(label);
    }
    lists[s].push(i);
  }
  return { members: lists.map((l) => Int32Array.from(l)), labels };
}
