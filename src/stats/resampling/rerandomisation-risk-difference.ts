// Re-randomisation test of the risk difference from per-cluster counts; its replicate loop runs
// in WebAssembly (stats/wasm/resampling-kernels.ts) when the Rng is a createRng stream.
import type { Rng } from "../../util/rng.js";
import { reallocateRiskDifference } from "../wasm/resampling-kernels.js";
import { checkRandomisedClusterCounts, type RandomisedClusterCounts } from "./cluster-arm-counts.js";
import { type RerandomisationTest, rerandomisationTestWith } from "./rerandomisation-test.js";

export interface RerandomisationRiskDifferenceOptions {
  rng: Rng;
  /** number of re-randomisations R; default 2000 */
  replicates?: number;
  /** stratum label per cluster (e.g. laCode) */
  stratum?: ArrayLike<number | string>;
}

/**
 * Randomisation test of the risk difference (exposed minus comparator, children pooled within
 * arm) for a trial randomised by cluster (family) within strata (local authorities).
 *
 * Method: rerandomisationTest (Rosenberger & Lachin 2016 [rosenberger2016]; p-value of Phipson
 * & Smyth 2010 [phipson2010]) with T = Σ_{arm 1} e / Σ_{arm 1} n − Σ_{arm 0} e / Σ_{arm 0} n.
 * Choices: computed from per-cluster events and numbers, so a re-allocation costs one pass over
 * the clusters (arm 0's sums as the totals less arm 1's, exact for whole numbers); see
 * rerandomisationTest for the p-value and tie rules.
 * With a createRng stream the re-allocations run in WebAssembly, continuing the stream word for
 * word with the same arithmetic, so the replicates are the JavaScript loop's bit for bit.
 * Checked against: tests/stats/resampling/rerandomisation-risk-difference.test.ts.
 * @example
 * ```ts
 * import { createRng, rerandomisationRiskDifference } from "fgc-toolkit";
 * const data = { events: [2, 1, 3, 0, 1, 2], n: [3, 2, 4, 2, 3, 3], arm: [1, 1, 1, 0, 0, 0] };
 * const t = rerandomisationRiskDifference(data, { rng: createRng(7), replicates: 999 });
 * t.observed; // => 0.2917
 * t.p; // => 0.289
 * ```
 */
export function rerandomisationRiskDifference(
  data: RandomisedClusterCounts,
  options: RerandomisationRiskDifferenceOptions,
): RerandomisationTest {
  const k = checkRandomisedClusterCounts("rerandomisationRiskDifference", data);
  const e = Float64Array.from(data.events);
  const n = Float64Array.from(data.n);
  // Whole-number counts sum exactly in any order, so arm 0's sums are the totals less arm 1's:
  // one branch-free pass (the arm labels are random, so a branch on them mispredicts half the
  // time), with the same values as summing each arm on its own.
  let eTotal = 0;
  let nTotal = 0;
  for (let i = 0; i < k; i++) {
    eTotal += e[i];
    nTotal += n[i];
  }
  const statistic = (arm: Uint8Array): number => {
    let a = 0;
    let m1 = 0;
    for (let i = 0; i < k; i++) {
      const t = arm[i];
      a += t * e[i];
      m1 += t * n[i];
    }
    const m0 = nTotal - m1;
    return m1 > 0 && m0 > 0 ? a / m1 - (eTotal - a) / m0 : Number.NaN;
  };
  return rerandomisationTestWith(
    {
      arm: data.arm,
      statistic,
      rng: options.rng,
      replicates: options.replicates,
      stratum: options.stratum,
      notes: ["statistic: risk difference exposed − comparator, children pooled within arm"],
    },
    (perm, members, rng, replicates) =>
      reallocateRiskDifference(perm, members, rng, e, n, eTotal, nTotal, replicates),
  );
}
