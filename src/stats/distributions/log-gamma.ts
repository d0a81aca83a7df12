/**
 * Natural logarithm of the gamma function for x > 0, accurate to about 1e-15 (absolute, in the
 * log) over the whole positive axis.
 *
 * Method: Stirling's asymptotic series with the Bernoulli-number terms up to 1/(156 x^13)
 * (Abramowitz & Stegun 1964, 6.1.40) [abramowitz1964] for x ≥ 10, where the first omitted term,
 * 3617/(122400 x^15), is below 3e-17; smaller x are shifted up with Γ(x) = Γ(x + k) / (x(x+1)…(x+k−1)).
 * Choices: `stirlingError` (the series part alone) is exported so that ratios of gamma functions of
 * large arguments can be formed without cancelling two huge logarithms.
 * Checked against: Γ(n) = (n − 1)! and Γ(½) = √π (tests/stats/distributions/log-gamma.test.ts).
 * @example logGamma(5) // Math.log(24)
 */

/** ½ ln(2π). */
export const HALF_LOG_2PI = 0.9189385332046727;

export function logGamma(x: number): number {
  if (Number.isNaN(x) || x <= 0) return Number.NaN;
  if (x === Number.POSITIVE_INFINITY) return Number.POSITIVE_INFINITY;
  if (x >= 10) return (x - 0.5) * Math.log(x) - x + HALF_LOG_2PI + stirlingError(x);
  let shift = 1;
  let y = x;
  while (y < 10) {
    shift *= y;
    y += 1;
  }
  return (y - 0.5) * Math.log(y) - y + HALF_LOG_2PI + stirlingError(y) - Math.log(shift);
}

/**
 * The remainder ln Γ(x) − [(x − ½) ln x − x + ½ ln 2π] for x ≥ 10 by Stirling's series
 * (A&S 6.1.40; coefficients B_2k / (2k(2k − 1))); for smaller x it is formed from logGamma.
 */
export function stirlingError(x: number): number {
  if (x < 10) return logGamma(x) - ((x - 0.5) * Math.log(x) - x + HALF_LOG_2PI);
  const r = 1 / x;
  const r2 = r * r;
  return (
    r *
    (1 / 12 +
      r2 *
        (-1 / 360 +
          r2 * (1 / 1260 + r2 * (-1 / 1680 + r2 * (1 / 1188 + r2 * (-691 / 360360 + r2 * (1 / 156)))))))
  );
}

/** ln Γ(b + a) − ln Γ(b), kept accurate when b is large and a small. */
export function logGammaRatio(b: number, a: number): number {
  if (b < 10) return logGamma(a + b) - logGamma(b);
  // Stirling for both: (b + a − ½) ln(b + a) − (b − ½) ln b − a + S(a + b) − S(b)
  return (b - 0.5) * Math.log1p(a / b) + a * Math.log(a + b) - a + stirlingError(a + b) - stirlingError(b);
}

/** D(t) = t − ln(1 + t), the deviance kernel, without cancellation for small t. */
export function log1pDeviance(t: number): number {
  if (Math.abs(t) < 0.25) {
    // Σ_{k≥2} (−1)^k t^k / k converges geometrically (ratio ≤ 1/4).
    let term = t * t;
    let sum = term / 2;
    for (let k = 3; k < 80; k++) {
      term *= -t;
      const add = term / k;
      sum += add;
      if (Math.abs(add) < 1e-17 * Math.abs(sum)) break;
    }
    return sum;
  }
  return t - Math.log1p(t);
}
