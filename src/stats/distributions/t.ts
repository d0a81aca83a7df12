/**
 * Student's t distribution (jstat's incomplete beta). Accuracy to be checked in the tails
 * (tests/stats/distributions).
 * @example tQuantile(0.975, 10) // 2.228138851986274
 */
import jStat from "jstat";

export function tCdf(t: number, df: number): number {
  return jStat.studentt.cdf(t, df);
}

/** Two-sided p-value P(|T| > |t|). */
export function tTwoSidedP(t: number, df: number): number {
  const x = df / (df + t * t);
  return Math.min(1, jStat.ibeta(x, df / 2, 0.5));
}

export function tQuantile(p: number, df: number): number {
  return jStat.studentt.inv(p, df);
}
