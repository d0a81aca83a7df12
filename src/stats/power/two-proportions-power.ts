import { StatsError } from "../../util/errors.js";
import { assertLevel } from "../assert.js";
import { normalCdf, normalQuantile } from "../distributions/normal.js";
import type { MethodId } from "../estimate.js";
import { designEffect } from "./design-effect.js";

export interface TwoProportionsDesign {
  /** event proportion expected in the intervention arm (group 1) */
  p1: number;
  /** event proportion expected in the comparator arm (group 0) */
  p0: number;
  /** confidence level of the test; significance is 1 − level; default 0.95 */
  level?: number;
  /** mean cluster size m for the design effect; default 1 (no clustering) */
  meanClusterSize?: number;
  /** intra-cluster correlation for the design effect; default 0 */
  icc?: number;
  /** coefficient of variation of cluster sizes (Eldridge et al. 2006); default 0 (equal sizes) */
  clusterSizeCv?: number;
}

export interface TwoProportionsSampleSize {
  /** children per arm for an individually randomised design, not rounded */
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

const method = "power.two_proportions";

/**
 * Power of the two-sided test with n per arm (individually randomised; divide n by the design
 * effect first for a clustered design).
 *
 * Method: the normal-approximation formula of Fleiss, Levin & Paik (2003, §4.2, without the
 * continuity correction) [fleiss2003]:
 *   power = Φ((√n·|p1 − p0| − z·√(2 p̄ q̄)) / √(p1 q1 + p0 q0)),  z = Φ⁻¹(1 − (1 − level)/2),
 *   p̄ = (p1 + p0)/2; design effect 1 + (m − 1)·ICC [donner1981], or with cluster sizes of
 *   coefficient of variation cv, 1 + ((cv² + 1)·m − 1)·ICC [eldridge2006].
 * Choices: as R's power.prop.test(strict = FALSE): the far rejection tail is ignored. The power
 * equation is monotone in n and solved for n in closed form,
 *   n = ((z·√(2 p̄ q̄) + Φ⁻¹(power)·√(p1 q1 + p0 q0)) / |p1 − p0|)²,
 * exact to rounding (R finds the same root numerically). n is not rounded up.
 * Checked against: power.two_proportions and power.two_proportions_cluster_cv in
 * ../shared/reference (R 4.2.2 power.prop.test).
 * @example
 * ```ts
 * import { twoProportionsPower } from "fgc-toolkit";
 * twoProportionsPower({ p1: 0.362, p0: 0.448 }, 510); // => 0.7998
 * ```
 */
export function twoProportionsPower(design: TwoProportionsDesign, nPerArm: number): number {
  const { p1, p0, level } = checkDesign("twoProportionsPower", design);
  if (!(nPerArm > 0 && Number.isFinite(nPerArm))) {
    throw new StatsError("twoProportionsPower", "nPerArm", nPerArm, "a positive number");
  }
  const { z, s0, s1, d } = parts(p1, p0, level);
  return normalCdf((Math.sqrt(nPerArm) * d - z * s0) / s1);
}

/**
 * n per arm for the given power: the power equation of {@link twoProportionsPower} (Fleiss, Levin & Paik
 * 2003) solved for n in closed form, not rounded up.
 * @example
 * ```ts
 * import { twoProportionsSampleSize } from "fgc-toolkit";
 * twoProportionsSampleSize({ p1: 0.362, p0: 0.448, power: 0.8 }).nPerArm; // => 510.3
 * ```
 */
export function twoProportionsSampleSize(
  design: TwoProportionsDesign & { power: number },
): TwoProportionsSampleSize {
  const fn = "twoProportionsSampleSize";
  const { p1, p0, level } = checkDesign(fn, design);
  const { power } = design;
  if (!(power > 0 && power < 1)) throw new StatsError(fn, "power", power, "a number in (0, 1), e.g. 0.8");
  const { z, s0, s1, d } = parts(p1, p0, level);
  const notes: string[] = [];
  const root = (z * s0 + normalQuantile(power) * s1) / d;
  let nPerArm = root * root;
  if (d === 0) {
    nPerArm = Number.NaN;
    notes.push("not estimable: p1 equals p0, so no sample size gives power above the significance level");
  } else if (root <= 0) {
    nPerArm = Number.NaN;
    notes.push("not estimable: the power asked for is below what the test gives with no data");
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
    references: cv > 0 ? ["fleiss2003", "donner1981", "eldridge2006"] : ["fleiss2003", "donner1981"],
    notes: ["two-sided test, normal approximation without continuity correction (power.prop.test)", ...notes],
  };
}

function checkDesign(fn: string, design: TwoProportionsDesign): { p1: number; p0: number; level: number } {
  const level = design.level ?? 0.95;
  assertLevel(fn, level);
  for (const key of ["p1", "p0"] as const) {
    const v = design[key];
    if (!(v > 0 && v < 1)) throw new StatsError(fn, key, v, "a proportion in (0, 1)");
  }
  return { p1: design.p1, p0: design.p0, level };
}

function parts(p1: number, p0: number, level: number): { z: number; s0: number; s1: number; d: number } {
  const z = normalQuantile(1 - (1 - level) / 2);
  const pbar = (p1 + p0) / 2;
  return {
    z,
    s0: Math.sqrt(2 * pbar * (1 - pbar)),
    s1: Math.sqrt(p1 * (1 - p1) + p0 * (1 - p0)),
    d: Math.abs(p1 - p0),
  };
}
