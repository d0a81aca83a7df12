import { findRoot } from "./find-root.js";

/**
 * Confidence limits by inverting a score statistic z(θ), decreasing in θ: the lower limit solves
 * z(θ) = z_{α/2}, the upper z(θ) = −z_{α/2} (Miettinen & Nurminen 1985) [miettinen1985].
 *
 * Choices: θ is searched in [lo, hi] (the risk difference itself on [−1, 1], the log of a ratio on
 * [−100, 100]) by bisection to full precision (`findRoot`); a limit whose equation has no root
 * inside the range is the end of the range.
 * Checked against: two_by_two.*_miettinen_nurminen and _mee in ../shared/reference.
 * @example scoreLimits((d) => (0.2 - d) / 0.1, 0.2, -1, 1, 1.96) // ≈ [0.004, 0.396]
 */
export function scoreLimits(
  z: (theta: number) => number,
  estimate: number,
  lo: number,
  hi: number,
  zCrit: number,
): [number, number] {
  const at = Math.min(Math.max(estimate, lo), hi);
  let lower = lo;
  if (at > lo && z(lo) > zCrit) lower = findRoot((t) => z(t) - zCrit, lo, at);
  let upper = hi;
  if (at < hi && z(hi) < -zCrit) upper = findRoot((t) => z(t) + zCrit, at, hi);
  return [lower, upper];
}
