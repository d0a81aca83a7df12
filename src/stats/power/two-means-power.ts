import { StatsError } from "../../util/errors.js";
import { assertLevel } from "../assert.js";
import { noncentralTSf } from "../distributions/noncentral-t.js";
import { tQuantile } from "../distributions/t.js";
import type { MethodId } from "../estimate.js";
import { normalQuantile } from "../distributions/normal.js";
import { brentRoot } from "../two-groups/brent-root.js";
import { designEffect } from "./design-effect.js";

/** A two-arm comparison of means to plan: the difference to detect, the SD and the cluster design. */
export interface TwoMeansDesign {
  /** difference in means to detect, intervention minus comparator (e.g. days in care) */
  delta: number;
  /** standard deviation of the outcome within each arm, in the unit of delta */
  sd: number;
  /** confidence level of the test; significance is 1 − level; default 0.95 */
  level?: number;
  /** mean cluster size m for the design effect; default 1 (no clustering) */
  meanClusterSize?: number;
  /** intra-cluster correlation for the design effect; default 0 */
  icc?: number;
  /** coefficient of variation of cluster sizes (Eldridge et al. 2006); default 0 (equal sizes) */
  clusterSizeCv?: number;
}

/** The sample size for a comparison of means: per arm individually randomised, the design effect and per arm clustered. */
export interface TwoMeansSampleSize {
  /** units per arm for an individually randomised design, not rounded */
  nPerArm: number;
  designEffect: number;
  /** nPerArm × designEffect, not rounded */
  nPerArmClustered: number;
  power: number;
  level: number;
  method: MethodId;
  references: string[];
  notes: string[];
}

const method = "power.two_means";
/** R's power.t.test search interval for n per arm. */
const N_RANGE: [number, number] = [2, 1e7];

/**
 * Power of the two-sided two-sample t test with n per arm (individually randomised; divide n by
 * the design effect first for a clustered design).
 *
 * Method: the noncentral t (Cohen 1988, ch. 2) [cohen1988]: with df = 2(n − 1) and
 * ncp = √(n/2)·|delta|/sd, power = P(T′ > t_{1−α/2, df}) for T′ noncentral t(df, ncp), its
 * distribution from Lenth (1989) [lenth1989].
 * Choices: as R's power.t.test(type = "two.sample", strict = FALSE): only the rejection region on
 * the side of delta counts. n may be fractional (≥ 2 would be a design; any n > 1 is computed).
 * Checked against: power.two_means (power_at_n) in ../shared/reference/next.
 * @example
 * ```ts
 * import { twoMeansPower } from "fgc-toolkit";
 * twoMeansPower({ delta: 1.48, sd: 4.4 }, 164); // => 0.8592
 * ```
 */
export function twoMeansPower(design: TwoMeansDesign, nPerArm: number): number {
  const fn = "twoMeansPower";
  const { effect, level } = checkDesign(fn, design);
  if (!(nPerArm > 1 && Number.isFinite(nPerArm))) {
    throw new StatsError(fn, "nPerArm", nPerArm, "a number above 1");
  }
  return powerAt(effect, level, nPerArm);
}

/**
 * Units per arm for a two-sided two-sample t test to reach `power`, with the design effect for
 * cluster randomisation.
 *
 * Method: as twoMeansPower (noncentral t; Cohen 1988 [cohen1988], Lenth 1989 [lenth1989]);
 * design effect of Donner et al. (1981) [donner1981] or, with clusterSizeCv, Eldridge, Ashby &
 * Kerry (2006) [eldridge2006].
 * Choices: n solved by Brent's method [brent1973] to 1e-12 absolute, as R's power.t.test with
 * tol = 1e-12 (its default tol ≈ 1.2e-4 leaves n off by up to ~3e-7 relative), in a bracket grown
 * from the normal-approximation n (the t test needs more); n is not rounded up. NaN with a note when delta is 0, or when 2 per arm already give the power.
 * Checked against: power.two_means (n_per_arm) in ../shared/reference/next (R 4.2.2 power.t.test
 * with tol = 1e-12).
 * @example
 * ```ts
 * import { twoMeansSampleSize } from "fgc-toolkit";
 * twoMeansSampleSize({ delta: 1.48, sd: 4.4, power: 0.8 }).nPerArm; // => 139.7
 * ```
 */
export function twoMeansSampleSize(design: TwoMeansDesign & { power: number }): TwoMeansSampleSize {
  const fn = "twoMeansSampleSize";
  const { effect, level } = checkDesign(fn, design);
  const { power } = design;
  if (!(power > 0 && power < 1)) throw new StatsError(fn, "power", power, "a number in (0, 1), e.g. 0.8");
  const notes: string[] = [];
  let nPerArm: number;
  if (effect === 0) {
    nPerArm = Number.NaN;
    notes.push("not estimable: delta is 0, so no sample size gives power above the significance level");
  } else if (powerAt(effect, level, N_RANGE[0]) >= power) {
    nPerArm = Number.NaN;
    notes.push("not estimable: 2 per arm already give the power asked for");
  } else if (powerAt(effect, level, N_RANGE[1]) < power) {
    nPerArm = Number.NaN;
    notes.push("not estimable: more than 10 million per arm would be needed");
  } else {
    nPerArm = solveN(effect, level, power);
  }
  const cv = design.clusterSizeCv ?? 0;
  const de = designEffect(design.meanClusterSize ?? 1, design.icc ?? 0, cv);
  return {
    nPerArm,
    designEffect: de,
    nPerArmClustered: nPerArm * de,
    power,
    level,
    method,
    references:
      cv > 0
        ? ["cohen1988", "lenth1989", "brent1973", "donner1981", "eldridge2006"]
        : ["cohen1988", "lenth1989", "brent1973", "donner1981"],
    notes: ["two-sided two-sample t test, noncentral t (power.t.test, strict = FALSE)", ...notes],
  };
}

function checkDesign(fn: string, design: TwoMeansDesign): { effect: number; level: number } {
  const level = design.level ?? 0.95;
  assertLevel(fn, level);
  if (!Number.isFinite(design.delta))
    throw new StatsError(fn, "delta", design.delta, "a finite difference in means");
  if (!(design.sd > 0 && Number.isFinite(design.sd)))
    throw new StatsError(fn, "sd", design.sd, "a positive number");
  return { effect: Math.abs(design.delta) / design.sd, level };
}

/** n with power(n) = power: bracket from the normal approximation, then Brent to 1e-12. */
function solveN(effect: number, level: number, power: number): number {
  const z = normalQuantile(1 - (1 - level) / 2) + normalQuantile(power);
  let lo = Math.max(N_RANGE[0], 2 * (z / effect) ** 2);
  if (powerAt(effect, level, lo) >= power) lo = N_RANGE[0];
  let hi = Math.min(N_RANGE[1], lo + 2);
  while (powerAt(effect, level, hi) < power && hi < N_RANGE[1]) {
    lo = hi;
    hi = Math.min(N_RANGE[1], 2 * hi);
  }
  return brentRoot((n) => powerAt(effect, level, n) - power, lo, hi, 1e-12);
}

function powerAt(effect: number, level: number, n: number): number {
  const df = 2 * (n - 1);
  return noncentralTSf(tQuantile(1 - (1 - level) / 2, df), df, Math.sqrt(n / 2) * effect);
}
