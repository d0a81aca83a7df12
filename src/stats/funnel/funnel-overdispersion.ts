import { StatsError } from "../../util/errors.js";
import { assertEvents } from "../assert.js";
import { chiSquareSf } from "../distributions/chi-square.js";
import type { MethodId } from "../estimate.js";

export interface FunnelOverdispersion {
  target: number;
  /** z-score per area, in input order */
  z: number[];
  /** Winsorised z-scores, in input order */
  zWinsorised: number[];
  /** Winsorisation fraction in each tail */
  fraction: number;
  /** multiplicative over-dispersion factor φ = Σ z_w² / I */
  phi: number;
  /** test of over-dispersion: I·φ on I − 1 df */
  test: { statistic: number; df: number; p: number };
  /** additive between-area variance on the proportion scale */
  tau2: number;
  /** number of areas I */
  areas: number;
  method: MethodId;
  references: string[];
  notes: string[];
}

/**
 * Over-dispersion of area proportions around a target, for funnel plots: z-scores, a
 * Winsorised multiplicative factor φ and an additive between-area variance τ².
 *
 * Method: Spiegelhalter (2005a, §6; 2005b) [spiegelhalter2005, spiegelhalter2005b]. For area i
 * with yᵢ events of nᵢ, zᵢ = (yᵢ/nᵢ − p0)/sᵢ, sᵢ² = p0(1 − p0)/nᵢ. The z-scores are Winsorised
 * (the k = ⌊fraction·I⌋ lowest set to the (k+1)-th lowest, the k highest to the (k+1)-th
 * highest), φ = Σ z_w²/I, and Iφ is referred to χ² on I − 1 df as a test of over-dispersion.
 * Additive random effects (DerSimonian–Laird style, Spiegelhalter 2005b): with wᵢ = 1/sᵢ²,
 * τ² = (Iφ − (I − 1)) / (Σw − Σw²/Σw) when Iφ > I − 1, else 0.
 * Choices: fraction 0.1 each tail by default (the paper's 10%); the target is given, not
 * estimated; the χ² test is reported but does not gate anything: overdispersedLimits inflates
 * whenever φ > 1 (resp. τ² > 0), so a reader can see the test beside the limits.
 * Checked against: hand cases in tests/stats/funnel (no reference vectors).
 * @example
 * ```ts
 * import { funnelOverdispersion } from "fgc-toolkit";
 * funnelOverdispersion([10, 30, 50], [100, 100, 100], 0.3).phi; // => 12.7
 * ```
 */
export function funnelOverdispersion(
  events: ArrayLike<number>,
  n: ArrayLike<number>,
  target: number,
  fraction = 0.1,
): FunnelOverdispersion {
  const fn = "funnelOverdispersion";
  if (!(target > 0 && target < 1)) throw new StatsError(fn, "target", target, "a proportion in (0, 1)");
  if (!(fraction >= 0 && fraction < 0.5))
    throw new StatsError(fn, "fraction", fraction, "a number in [0, 0.5)");
  const I = events.length;
  if (n.length !== I) throw new StatsError(fn, "n", n.length, `an array of length ${I} like events`);
  if (I < 2) throw new StatsError(fn, "events", I, "at least two areas");
  const z: number[] = [];
  const w: number[] = [];
  for (let i = 0; i < I; i++) {
    assertEvents(fn, events[i], n[i], [`events[${i}]`, `n[${i}]`]);
    const s2 = (target * (1 - target)) / n[i];
    z.push((events[i] / n[i] - target) / Math.sqrt(s2));
    w.push(1 / s2);
  }
  const zWinsorised = winsorise(z, fraction);
  let ss = 0;
  for (const v of zWinsorised) ss += v * v;
  const phi = ss / I;
  const statistic = I * phi;
  const df = I - 1;
  let sw = 0;
  let sw2 = 0;
  for (const v of w) {
    sw += v;
    sw2 += v * v;
  }
  const tau2 = statistic > df ? (statistic - df) / (sw - sw2 / sw) : 0;
  const k = Math.floor(fraction * I);
  return {
    target,
    z,
    zWinsorised,
    fraction,
    phi,
    test: { statistic, df, p: chiSquareSf(statistic, df) },
    tau2,
    areas: I,
    method: "funnel.overdispersion",
    references: ["spiegelhalter2005", "spiegelhalter2005b"],
    notes: [`${k} z-score(s) Winsorised in each tail (${fraction * 100}%)`],
  };
}

/**
 * Sets the k = ⌊fraction·length⌋ lowest and highest values to the nearest kept value.
 * @example winsorise([-5, -1, 0, 1, 2, 3, 4, 5, 6, 100], 0.1) // [-1, -1, 0, 1, 2, 3, 4, 5, 6, 6]
 */
export function winsorise(values: number[], fraction: number): number[] {
  const k = Math.floor(fraction * values.length);
  if (k === 0) return [...values];
  const sorted = [...values].sort((x, y) => x - y);
  const low = sorted[k];
  const high = sorted[values.length - 1 - k];
  return values.map((v) => Math.min(high, Math.max(low, v)));
}
