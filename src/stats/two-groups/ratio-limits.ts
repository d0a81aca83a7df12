// Score limits of a ratio (risk ratio or odds ratio) searched on the log scale: the bridge between
// `scoreLimits` (which works on ln θ ∈ [−100, 100]) and the natural scale, where a limit at the
// end of that range is 0 or ∞.
//
// Choices: e^{±100} stands for 0 and ∞: no 2×2 table of counts below 10^40 has a finite score
// limit beyond it.
// Checked against: two_by_two.risk_ratio_miettinen_nurminen and odds_ratio_miettinen_nurminen.
// @example ratioScoreLimits((u) => (0.5 - u) / 0.2, 1.5, 1.96) // ≈ [e^0.108, e^0.892]
import { scoreLimits } from "./score-limits.js";

const LOG_RANGE = 100;

export function ratioScoreLimits(
  zOfLog: (u: number) => number,
  estimate: number,
  zCrit: number,
): [number, number] {
  const u =
    estimate === 0 ? -LOG_RANGE : estimate === Number.POSITIVE_INFINITY ? LOG_RANGE : Math.log(estimate);
  const [lo, hi] = scoreLimits(zOfLog, u, -LOG_RANGE, LOG_RANGE, zCrit);
  return [lo <= -LOG_RANGE ? 0 : Math.exp(lo), hi >= LOG_RANGE ? Number.POSITIVE_INFINITY : Math.exp(hi)];
}
