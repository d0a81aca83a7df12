/**
 * Binomial distribution function via the regularised incomplete beta:
 * P(X ≤ k) = I_{1−p}(n − k, k + 1).
 * @example binomialCdf(2, 10, 0.5) // 0.0546875
 */
import jStat from "jstat";

export function binomialCdf(k: number, n: number, p: number): number {
  if (k < 0) return 0;
  if (k >= n) return 1;
  const kk = Math.floor(k);
  return jStat.ibeta(1 - p, n - kk, kk + 1);
}

export function binomialPmf(k: number, n: number, p: number): number {
  return jStat.binomial.pdf(k, n, p);
}
