/**
 * A simulated family-randomised trial for the resampling tests and bench: families in local
 * authorities, children per family, arm by family (half of each authority's families, rounded
 * down, to arm 1), and a family-level risk so that children in a family are correlated.
 */
import type { RandomisedClusterCounts } from "../../../src/stats/resampling/cluster-arm-counts.js";
import { createRng } from "../../../src/util/rng.js";

export interface SimulatedTrial extends RandomisedClusterCounts {
  events: number[];
  n: number[];
  arm: number[];
  stratum: number[];
}

export function simulatedTrial(seed: number, children = 2548, families = 1471, las = 21): SimulatedTrial {
  const rng = createRng(seed);
  const n = new Array<number>(families).fill(1);
  for (let c = families; c < children; c++) n[rng.int(families)] += 1;
  const stratum = Array.from({ length: families }, () => rng.int(las));
  const arm = new Array<number>(families).fill(0);
  for (let s = 0; s < las; s++) {
    const members = stratum.flatMap((v, i) => (v === s ? [i] : []));
    // Shuffle, then the first half goes to arm 1.
    for (let i = members.length - 1; i > 0; i--) {
      const j = rng.int(i + 1);
      [members[i], members[j]] = [members[j], members[i]];
    }
    for (let i = 0; i < Math.floor(members.length / 2); i++) arm[members[i]] = 1;
  }
  const events = n.map((m, i) => {
    // Family risk: the arm's risk (36.2% vs 44.8%, design.md) shifted by ±0.2 for half of families.
    const base = arm[i] === 1 ? 0.362 : 0.448;
    const p = Math.min(0.95, Math.max(0.05, base + (rng.next() < 0.5 ? -0.2 : 0.2)));
    let e = 0;
    for (let k = 0; k < m; k++) if (rng.next() < p) e++;
    return e;
  });
  return { events, n, arm, stratum };
}
