/**
 * Sample quantile of sorted values, Hyndman & Fan (1996) type 6 [hyndman1996]: the p-quantile
 * is the (R + 1)p-th order statistic, interpolated linearly between neighbours and held at the
 * extremes outside [1, R]. This is the bootstrap percentile rule of Davison & Hinkley (1997)
 * [davison1997], θ*((R+1)α), which is exact for R = 999 or 1999 and α = 0.025.
 *
 * Choices: type 6 rather than R's default type 7 because it is the rule the bootstrap texts
 * use; for R = 2,000 the two differ by under a twentieth of one gap between order statistics.
 * @example sampleQuantile(Float64Array.from([1, 2, 3, 4]), 0.5) // 2.5
 */
export function sampleQuantile(sorted: ArrayLike<number>, p: number): number {
  const r = sorted.length;
  if (r === 0 || Number.isNaN(p) || p < 0 || p > 1) return Number.NaN;
  const h = (r + 1) * p; // 1-based position
  if (h <= 1) return sorted[0];
  if (h >= r) return sorted[r - 1];
  const lo = Math.floor(h);
  const frac = h - lo;
  const a = sorted[lo - 1];
  const b = sorted[lo];
  return frac === 0 ? a : a + frac * (b - a);
}
