// F distribution with d1 and d2 degrees of freedom.
//
// Method: with x = d1·f/(d1·f + d2), P(F ≤ f) = I_x(d1/2, d2/2) (A&S 1964, 26.6.2)
// [abramowitz1964]; x and 1 − x are formed separately, and quantiles come from
// `betaQuantilePair`, which gives both to full precision: f = (d2/d1)·x/(1 − x).
// Choices: relative accuracy about 1e-13.
// Checked against: F(1, d) = t(d)² (tests/stats/distributions/f.test.ts).
// @example fSf(4.964602743730712, 1, 10) // 0.05
import { betaQuantilePair } from "./beta.js";
import { incompleteBeta } from "./incomplete-beta.js";

export function fCdf(f: number, d1: number, d2: number): number {
  return fTails(f, d1, d2).lower;
}

/** Upper tail P(F > f). */
export function fSf(f: number, d1: number, d2: number): number {
  return fTails(f, d1, d2).upper;
}

/** The f with P(F ≤ f) = p. */
export function fQuantile(p: number, d1: number, d2: number): number {
  const [x, y] = betaQuantilePair(p, d1 / 2, d2 / 2);
  return (d2 / d1) * (x / y);
}

/** The f with P(F > f) = p, precise for small p. */
export function fQuantileUpper(p: number, d1: number, d2: number): number {
  const [x, y] = betaQuantilePair(p, d1 / 2, d2 / 2, true);
  return (d2 / d1) * (x / y);
}

function fTails(f: number, d1: number, d2: number) {
  if (Number.isNaN(f)) return { lower: Number.NaN, upper: Number.NaN };
  if (f <= 0) return { lower: 0, upper: 1 };
  const u = d1 * f;
  const x = u > d2 ? 1 / (1 + d2 / u) : u / (u + d2);
  const y = u > d2 ? d2 / u / (1 + d2 / u) : 1 / (1 + u / d2);
  return incompleteBeta(x, d1 / 2, d2 / 2, y);
}
