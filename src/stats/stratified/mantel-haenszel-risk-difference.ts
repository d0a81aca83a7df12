import { assertLevel } from "../assert.js";
import { normalQuantile } from "../distributions/normal.js";
import type { Estimate } from "../estimate.js";
import { notEstimable } from "../not-estimable.js";
import { type Strata, stratumTables, sum } from "./strata.js";

const method = "stratified.mantel_haenszel";

export interface MantelHaenszelRiskDifference {
  /** Sato (1989) variance */
  sato: Estimate;
  /** Greenland & Robins (1985) variance */
  greenlandRobins: Estimate;
}

/**
 * Mantel–Haenszel common risk difference (exposed minus comparator) across strata, with two
 * variance estimators: Sato (1989) and Greenland–Robins (1985).
 *
 * Method: weights wᵢ = n1ᵢn0ᵢ/Nᵢ, RD = Σ wᵢ(aᵢ/n1ᵢ − cᵢ/n0ᵢ) / Σ wᵢ [greenland1985].
 * Greenland & Robins (1985) variance: Σ (aᵢbᵢn0ᵢ³ + cᵢdᵢn1ᵢ³)/(n1ᵢn0ᵢNᵢ²) / (Σwᵢ)².
 * Sato (1989) [sato1989] variance, consistent in sparse strata: (RD·ΣPᵢ + ΣQᵢ)/(Σwᵢ)² with
 *   Pᵢ = (n1ᵢ²cᵢ − n0ᵢ²aᵢ + n1ᵢn0ᵢ(n0ᵢ − n1ᵢ)/2)/Nᵢ²,
 *   Qᵢ = (aᵢ(n0ᵢ − cᵢ) + cᵢ(n1ᵢ − aᵢ))/(2Nᵢ).
 * Choices: Wald intervals on the identity scale, not clipped to [−1, 1]; a negative Sato
 * variance (possible in tiny samples) gives NaN limits with a note.
 * Checked against: stratified.mantel_haenszel (rd_mh, rd_mh_sato_*, rd_mh_gr_*) in ../shared/reference.
 * @example
 * ```ts
 * import { mantelHaenszelRiskDifference } from "fgc-toolkit";
 * const rd = mantelHaenszelRiskDifference({ a: [10, 20], n1: [30, 40], c: [5, 10], n0: [30, 40] });
 * rd.sato.estimate; // => 0.2143
 * rd.sato.ci; // => [0.06493, 0.3636]
 * ```
 */
export function mantelHaenszelRiskDifference(strata: Strata, level = 0.95): MantelHaenszelRiskDifference {
  const fn = "mantelHaenszelRiskDifference";
  assertLevel(fn, level);
  const { tables, notes } = stratumTables(fn, strata);
  const n = sum(tables, (t) => t.N);
  const W = sum(tables, (t) => (t.n1 * t.n0) / t.N);
  if (!(W > 0)) {
    const why = "no stratum has both arms";
    return {
      sato: notEstimable(method, level, n, why, ["greenland1985", "sato1989"]),
      greenlandRobins: notEstimable(method, level, n, why, ["greenland1985"]),
    };
  }
  const rd = sum(tables, (t) => (t.a * t.n0 - t.c * t.n1) / t.N) / W;
  const P = sum(
    tables,
    (t) => (t.n1 ** 2 * t.c - t.n0 ** 2 * t.a + (t.n1 * t.n0 * (t.n0 - t.n1)) / 2) / t.N ** 2,
  );
  const Q = sum(tables, (t) => (t.a * (t.n0 - t.c) + t.c * (t.n1 - t.a)) / (2 * t.N));
  const varSato = (rd * P + Q) / (W * W);
  const varGr =
    sum(tables, (t) => (t.a * t.b * t.n0 ** 3 + t.c * t.d * t.n1 ** 3) / (t.n1 * t.n0 * t.N ** 2)) / (W * W);
  const z = normalQuantile(1 - (1 - level) / 2);
  const make = (variance: number, refs: string[], label: string): Estimate => {
    const se = variance >= 0 ? Math.sqrt(variance) : Number.NaN;
    const extra = variance >= 0 ? [] : [`${label} variance is negative; interval not estimable`];
    return {
      estimate: rd,
      ci: [rd - z * se, rd + z * se],
      level,
      method,
      n,
      se,
      scale: "identity",
      references: refs,
      notes: [`${label} variance; Wald interval`, ...extra, ...notes],
    };
  };
  return {
    sato: make(varSato, ["greenland1985", "sato1989"], "Sato (1989)"),
    greenlandRobins: make(varGr, ["greenland1985"], "Greenland–Robins (1985)"),
  };
}
