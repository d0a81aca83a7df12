// Re-randomisation (permutation) test of any statistic of a cluster-randomised trial's
// allocation, re-allocating within strata (Rosenberger & Lachin 2016).
import type { Rng } from "../../util/rng.js";
import { StatsError } from "../../util/errors.js";
import { assertCount } from "../assert.js";
import { stratumMembers } from "./stratum-members.js";

export const rerandomisationMethod = "resampling.rerandomisation";

/**
 * The statistic under an allocation: arm[i] is 1 (exposed) or 0 (comparator) for cluster i.
 * The array is reused from one call to the next: copy it to keep it.
 */
export type AllocationStatistic = (arm: Uint8Array) => number;

export interface RerandomisationOptions {
  /** observed arm per cluster: 1 exposed, 0 comparator */
  arm: ArrayLike<number>;
  statistic: AllocationStatistic;
  rng: Rng;
  /** number of re-randomisations R; default 2000 */
  replicates?: number;
  /** stratum label per cluster; labels are permuted within strata */
  stratum?: ArrayLike<number | string>;
  /** references of the statistic itself */
  references?: string[];
  /** notes about the statistic */
  notes?: string[];
}

/** A re-randomisation (permutation) test result: the observed statistic, its permutation p and the number of draws. */
export interface RerandomisationTest {
  method: "resampling.rerandomisation";
  /** the statistic under the observed allocation */
  observed: number;
  /** two-sided Monte Carlo p-value (1 + extreme) / (1 + R) */
  p: number;
  /** the plain share extreme / R */
  pProportion: number;
  /** re-allocations with |T*| ≥ |T_obs| */
  extreme: number;
  /** statistic under each re-allocation, in the order drawn (NaN kept) */
  replicates: number[];
  nClusters: number;
  nStrata: number;
  references: string[];
  notes: string[];
}

/**
 * Randomisation (re-randomisation) test: the arm labels of whole clusters (families) are
 * permuted within strata (local authorities), so each stratum keeps its number of clusters per
 * arm as the trial's allocation did, and the statistic is recomputed on each re-allocation.
 *
 * Method: Rosenberger & Lachin (2016) [rosenberger2016], randomisation-based inference for a
 * permuted-block (here: fixed count per stratum) design; Monte Carlo p-value
 * (1 + #{|T*| ≥ |T_obs|}) / (1 + R) of Phipson & Smyth (2010) [phipson2010].
 * Choices: two-sided by absolute value; the (1 + ·)/(1 + R) form counts the observed
 * allocation as one of the draws, so p is never 0 and the test is exact at level α for any R;
 * the plain share #{|T*| ≥ |T_obs|}/R is reported beside it as `pProportion`. |T*| within
 * 1e-10 (relative) of |T_obs| counts as a tie, so sums taken in another order still tie.
 * Re-allocations whose statistic is NaN are left out (R shrinks) with a note. Each draw is a
 * Fisher–Yates shuffle of the labels inside each stratum, continued from the previous draw
 * (still uniform over the stratum's allocations). Fewer than 2 clusters: NaN with a note.
 * Checked against: tests/stats/resampling/rerandomisation-test.test.ts.
 * @example
 * ```ts
 * import { createRng, rerandomisationTest } from "fgc-toolkit";
 * const y = [3, 5, 4, 1, 0, 2];
 * const diff = (arm: ArrayLike<number>) => {
 *   let s1 = 0, s0 = 0;
 *   for (let i = 0; i < y.length; i++) arm[i] === 1 ? (s1 += y[i]) : (s0 += y[i]);
 *   return s1 / 3 - s0 / 3;
 * };
 * const t = rerandomisationTest({ arm: [1, 1, 1, 0, 0, 0], statistic: diff, rng: createRng(3), replicates: 999 });
 * t.observed; // => 3
 * t.p; // => 0.093
 * ```
 */
export function rerandomisationTest(options: RerandomisationOptions): RerandomisationTest {
  return rerandomisationTestWith(options);
}

/**
 * A faster loop for one statistic: the values (and effects on `perm` and `rng`) that reallocate
 * would give with that statistic, or null when it cannot run and reallocate must.
 */
export type ReallocationKernel = (
  perm: Uint8Array,
  members: readonly Int32Array[],
  rng: Rng,
  replicates: number,
) => Float64Array | null;

/**
 * rerandomisationTest with its replicate loop taken by `kernel` when that can run (the
 * risk difference's WebAssembly loop), else by the JavaScript loop; the same result either way.
 * @example rerandomisationTestWith({ arm, statistic, rng }, (perm, members, rng, r) => null) // as rerandomisationTest
 */
export function rerandomisationTestWith(
  options: RerandomisationOptions,
  kernel?: ReallocationKernel,
): RerandomisationTest {
  const fn = "rerandomisationTest";
  const { arm, statistic, rng } = options;
  const replicates = options.replicates ?? 2000;
  assertCount(fn, "replicates", replicates);
  if (replicates < 1) throw new StatsError(fn, "replicates", replicates, "at least 1");
  if (typeof statistic !== "function") throw new StatsError(fn, "statistic", statistic, "a function");
  if (!rng || typeof rng.index !== "function")
    throw new StatsError(fn, "rng", rng, "an Rng from createRng(seed)");
  const k = arm.length;
  const labels = new Uint8Array(k);
  for (let i = 0; i < k; i++) {
    if (arm[i] !== 0 && arm[i] !== 1)
      throw new StatsError(fn, `arm[${i}]`, arm[i], "1 (exposed) or 0 (comparator)");
    labels[i] = arm[i];
  }
  const { members } = stratumMembers(fn, k, options.stratum);
  const nStrata = k === 0 ? 0 : members.length;
  const references = ["rosenberger2016", "phipson2010", ...(options.references ?? [])];
  const observed = k > 0 ? statistic(labels.slice()) : Number.NaN;
  const fail = (why: string, values: number[] = []): RerandomisationTest => ({
    method: rerandomisationMethod,
    observed,
    p: Number.NaN,
    pProportion: Number.NaN,
    extreme: Number.NaN,
    replicates: values,
    nClusters: k,
    nStrata,
    references,
    notes: [`not estimable: ${why}`, ...(options.notes ?? [])],
  });
  if (k < 2) return fail(`re-randomisation needs at least 2 clusters, got ${k}`);
  if (Number.isNaN(observed)) return fail("the statistic is not estimable under the observed allocation");

  const perm = labels.slice();
  const values =
    kernel?.(perm, members, rng, replicates) ?? reallocate(perm, members, rng, statistic, replicates);

  const threshold = Math.abs(observed) * (1 - 1e-10);
  let extreme = 0;
  let valid = 0;
  for (let r = 0; r < replicates; r++) {
    const v = values[r];
    if (Number.isNaN(v)) continue;
    valid++;
    if (Math.abs(v) >= threshold) extreme++;
  }
  const dropped = replicates - valid;
  if (valid === 0) return fail("no re-allocation gave a value", Array.from(values));
  const balanced = members.filter((m) => {
    let ones = 0;
    for (let i = 0; i < m.length; i++) ones += labels[m[i]];
    return ones > 0 && ones < m.length;
  }).length;
  return {
    method: rerandomisationMethod,
    observed,
    p: (1 + extreme) / (1 + valid),
    pProportion: extreme / valid,
    extreme,
    replicates: Array.from(values),
    nClusters: k,
    nStrata,
    references,
    notes: [
      `${valid} re-randomisations of ${k} clusters` +
        (nStrata > 1 ? ` within ${nStrata} strata` : "") +
        ", keeping each stratum's number of clusters per arm",
      "two-sided p = (1 + #{|T*| ≥ |T_obs|}) / (1 + R); plain share in pProportion",
      ...(balanced < nStrata
        ? [`${nStrata - balanced} strata have clusters in one arm only and do not vary`]
        : []),
      ...(dropped > 0 ? [`${dropped} re-allocations not estimable (statistic NaN) and left out`] : []),
      ...(options.notes ?? []),
    ],
  };
}

/**
 * The statistic under `replicates` re-allocations, each a Fisher–Yates shuffle of `perm` inside
 * each stratum continued from the last. A function of its own so that V8 optimises this small
 * loop early in a fresh process, rather than the whole test on stack replacement.
 */
function reallocate(
  perm: Uint8Array,
  members: Int32Array[],
  rng: Rng,
  statistic: AllocationStatistic,
  replicates: number,
): Float64Array {
  const values = new Float64Array(replicates);
  for (let r = 0; r < replicates; r++) {
    for (let s = 0; s < members.length; s++) {
      const m = members[s];
      for (let i = m.length - 1; i > 0; i--) {
        const j = rng.index(i + 1);
        const a = m[i];
        const b = m[j];
        const t = perm[a];
        perm[a] = perm[b];
        perm[b] = t;
      }
    }
    values[r] = statistic(perm);
  }
  return values;
}
