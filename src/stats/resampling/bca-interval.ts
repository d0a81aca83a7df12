import { normalCdf, normalQuantile } from "../distributions/normal.js";
import { sampleQuantile } from "./sample-quantile.js";

export interface BcaInterval {
  ci: [number, number];
  /** bias correction z0 */
  z0: number;
  /** acceleration a */
  acceleration: number;
  notes: string[];
}

/**
 * Bias-corrected and accelerated (BCa) bootstrap limits from sorted replicates and the
 * leave-one-cluster-out (jackknife) values of the statistic.
 *
 * Method: Efron (1987) [efron1987]. Bias correction z0 = Φ⁻¹(share of replicates below θ̂);
 * acceleration a = Σ(θ̄₍.₎ − θ₍ᵢ₎)³ / (6·[Σ(θ̄₍.₎ − θ₍ᵢ₎)²]^{3/2}) from the jackknife values
 * θ₍ᵢ₎ (Davison & Hinkley 1997, one cluster left out at a time) [davison1997];
 * limit for tail α: the sampleQuantile (type 6) of the replicates at
 * α̃ = Φ(z0 + (z0 + z_α)/(1 − a(z0 + z_α))).
 * Choices: replicates equal to θ̂ (within 1e-12 relative) count one half towards the share below, so that a statistic
 * with no spread (all replicates equal to θ̂) gets z0 = 0 rather than −∞; a = 0 when the
 * jackknife values do not vary. If every replicate lies on one side of θ̂ (z0 infinite) or a
 * jackknife value is NaN, the limits are NaN with a note.
 * Checked against: tests/stats/resampling/cluster-bootstrap.test.ts (a = z0 = 0 reduces to the
 * percentile interval; degenerate data give a zero-width interval).
 * @example bcaInterval(Float64Array.from([1, 2, 3]), 2, [1.9, 2, 2.1], 0.95).ci
 */
export function bcaInterval(
  sorted: ArrayLike<number>,
  estimate: number,
  jackknife: ArrayLike<number>,
  level: number,
): BcaInterval {
  const r = sorted.length;
  // Ties within rounding of θ̂ (sums taken in another order) count as ties.
  const tol = 1e-12 * Math.max(1, Math.abs(estimate));
  let below = 0;
  for (let i = 0; i < r; i++) {
    if (sorted[i] < estimate - tol) below += 1;
    else if (sorted[i] <= estimate + tol) below += 0.5;
  }
  const z0 = normalQuantile(below / r);
  const acceleration = jackknifeAcceleration(jackknife);
  const notes: string[] = [];
  if (!Number.isFinite(z0) || !Number.isFinite(acceleration)) {
    notes.push(
      !Number.isFinite(z0)
        ? "BCa interval not estimable: every replicate lies on one side of the estimate"
        : "BCa interval not estimable: a leave-one-cluster-out statistic is not estimable",
    );
    return { ci: [Number.NaN, Number.NaN], z0, acceleration, notes };
  }
  const tail = (alpha: number): number => {
    const z = normalQuantile(alpha);
    const w = z0 + z;
    const denom = 1 - acceleration * w;
    // A non-positive denominator means the corrected level has run past 0 or 1.
    if (!(denom > 0)) return alpha < 0.5 ? 0 : 1;
    return normalCdf(z0 + w / denom);
  };
  const lo = tail((1 - level) / 2);
  const hi = tail(1 - (1 - level) / 2);
  return { ci: [sampleQuantile(sorted, lo), sampleQuantile(sorted, hi)], z0, acceleration, notes };
}

/** Jackknife acceleration; 0 when the values do not vary, NaN when one is NaN. */
function jackknifeAcceleration(values: ArrayLike<number>): number {
  const m = values.length;
  let mean = 0;
  for (let i = 0; i < m; i++) mean += values[i];
  mean /= m;
  let s2 = 0;
  let s3 = 0;
  for (let i = 0; i < m; i++) {
    const d = mean - values[i];
    s2 += d * d;
    s3 += d * d * d;
  }
  if (Number.isNaN(s2)) return Number.NaN;
  if (s2 === 0) return 0;
  return s3 / (6 * s2 ** 1.5);
}
