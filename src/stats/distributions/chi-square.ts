/**
 * Chi-square distribution (jstat's regularised incomplete gamma).
 * @example chiSquareSf(3.841458820694124, 1) // 0.05
 */
import jStat from "jstat";

/** Upper tail P(X > x). */
export function chiSquareSf(x: number, df: number): number {
  if (x <= 0) return 1;
  return 1 - jStat.lowRegGamma(df / 2, x / 2);
}

export function chiSquareQuantile(p: number, df: number): number {
  return jStat.chisquare.inv(p, df);
}
