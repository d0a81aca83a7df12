/**
 * Restricted maximum-likelihood estimates of the two proportions of a 2×2 table under a fixed
 * null value of the risk difference, risk ratio or odds ratio: the nuisance parameter of every
 * score interval in this folder.
 *
 * Method: risk difference, the closed-form root of the likelihood cubic (Miettinen & Nurminen
 * 1985, appendix; trigonometric solution as in Farrington & Manning 1990) [miettinen1985]
 * [farrington1990]; risk ratio, the smaller root of the quadratic
 * Nφ·p0² − (n1φ + a + n0 + cφ)·p0 + (a + c) = 0; odds ratio, the root in [0, 1] of
 * n0(ψ − 1)·p0² + (n1ψ + n0 − m(ψ − 1))·p0 − m = 0 with m = a + c, from the intercept's score
 * equation n1·p1 + n0·p0 = m (Miettinen & Nurminen 1985).
 * Choices: roots are clamped to the parameter space and compared with its end points by the
 * log-likelihood, so boundary tables (no events, all events), where the cubic's roots are
 * ill-conditioned, get the boundary values exactly.
 * Checked against: direct maximisation in tests/stats/two-groups/restricted-ml.test.ts.
 * @example restrictedMlRiskDifference(0, 5, 10, 5, 10) // { p1: 0.5, p0: 0.5 }
 */

export interface RestrictedPair {
  /** exposed-group proportion under the null */
  p1: number;
  /** comparator-group proportion under the null */
  p0: number;
}

/** Under p1 − p0 = delta. */
export function restrictedMlRiskDifference(
  delta: number,
  a: number,
  n1: number,
  c: number,
  n0: number,
): RestrictedPair {
  const hat1 = a / n1;
  const hat0 = c / n0;
  const theta = n0 / n1;
  const A = 1 + theta;
  const B = -(1 + theta + hat1 + theta * hat0 + delta * (theta + 2));
  const C = delta * delta + delta * (2 * hat1 + theta + 1) + hat1 + theta * hat0;
  const D = -hat1 * delta * (1 + delta);
  const v = (B * B * B) / (27 * A * A * A) - (B * C) / (6 * A * A) + D / (2 * A);
  const uu = (B * B) / (9 * A * A) - C / (3 * A);
  const u = (v < 0 ? -1 : 1) * Math.sqrt(Math.max(uu, 0));
  let p1: number;
  if (u === 0) p1 = -B / (3 * A);
  else {
    const w = (Math.PI + Math.acos(Math.max(-1, Math.min(1, v / (u * u * u))))) / 3;
    p1 = 2 * u * Math.cos(w) - B / (3 * A);
  }
  const lo = Math.max(0, delta);
  const hi = Math.min(1, 1 + delta);
  p1 = bestOf([Math.min(Math.max(p1, lo), hi), lo, hi], (x) => logLikelihood(a, n1, c, n0, x, x - delta));
  return { p1, p0: Math.min(Math.max(p1 - delta, 0), 1) };
}

/** Under p1 / p0 = phi (phi > 0). */
export function restrictedMlRiskRatio(
  phi: number,
  a: number,
  n1: number,
  c: number,
  n0: number,
): RestrictedPair {
  const N = n1 + n0;
  const m = a + c;
  const A = N * phi;
  const B = -(n1 * phi + a + n0 + c * phi);
  const disc = Math.max(B * B - 4 * A * m, 0);
  // Smaller root, in the cancellation-free form 2C / (−B + √disc).
  const hi = Math.min(1, 1 / phi);
  const root = m === 0 ? 0 : Math.min(Math.max((2 * m) / (-B + Math.sqrt(disc)), 0), hi);
  const p0 = bestOf([root, 0, hi], (x) => logLikelihood(a, n1, c, n0, Math.min(phi * x, 1), x));
  return { p1: Math.min(phi * p0, 1), p0 };
}

/**
 * Under p1(1 − p0) / (p0(1 − p1)) = psi (psi > 0). Also returns q1 = 1 − p1 and q0 = 1 − p0,
 * each to full relative precision: when p0 > ½ the same equation is solved for the non-events
 * (odds ratio 1/ψ), whose comparator proportion is q0.
 */
export function restrictedMlOddsRatio(
  psi: number,
  a: number,
  n1: number,
  c: number,
  n0: number,
): RestrictedPair & { q1: number; q0: number } {
  let p0 = oddsRatioComparator(psi, a, n1, c, n0);
  let q0 = 1 - p0;
  if (p0 > 0.5) {
    q0 = oddsRatioComparator(1 / psi, n1 - a, n1, n0 - c, n0);
    p0 = 1 - q0;
  }
  // p1 = ψp0 / (q0 + ψp0), q1 = q0 / (q0 + ψp0)
  const denominator = q0 + psi * p0;
  return { p1: (psi * p0) / denominator, p0, q1: q0 / denominator, q0 };
}

/** The root in [0, 1] of n0(ψ − 1)p0² + (n1ψ + n0 − m(ψ − 1))p0 − m = 0, m = a + c. */
function oddsRatioComparator(psi: number, a: number, n1: number, c: number, n0: number): number {
  const m = a + c;
  const N = n1 + n0;
  if (m === 0) return 0;
  if (m === N) return 1;
  if (psi === 1) return m / N;
  const A = n0 * (psi - 1);
  const B = n1 * psi + n0 - m * (psi - 1);
  const C = -m;
  const disc = Math.sqrt(Math.max(B * B - 4 * A * C, 0));
  // g(p) = Ap² + Bp + C has g(0) = −m < 0 < g(1) = ψ(N − m), so the root in (0, 1) is
  // (−B + √disc)/(2A) whatever the sign of A; written as 2C/(−B − √disc) when B ≥ 0 to avoid
  // cancellation.
  const p0 = B >= 0 ? (2 * C) / (-B - disc) : (-B + disc) / (2 * A);
  return Math.min(Math.max(p0, 0), 1);
}

/** Binomial log-likelihood of both groups, with 0·ln 0 = 0. */
function logLikelihood(a: number, n1: number, c: number, n0: number, p1: number, p0: number): number {
  return xlogy(a, p1) + xlogy(n1 - a, 1 - p1) + xlogy(c, p0) + xlogy(n0 - c, 1 - p0);
}

function xlogy(x: number, y: number): number {
  return x === 0 ? 0 : x * Math.log(y);
}

/** The candidate with the largest f (the first on ties). */
function bestOf(candidates: number[], f: (x: number) => number): number {
  let best = candidates[0];
  let fBest = f(best);
  for (const x of candidates.slice(1)) {
    const v = f(x);
    if (v > fBest) {
      best = x;
      fBest = v;
    }
  }
  return best;
}
