/**
 * F distribution via the incomplete beta: P(F > f) = I_{d2/(d2 + d1 f)}(d2/2, d1/2).
 * @example fSf(4.964602743730712, 1, 10) // 0.05
 */
import jStat from "jstat";

export function fSf(f: number, d1: number, d2: number): number {
  if (f <= 0) return 1;
  return jStat.ibeta(d2 / (d2 + d1 * f), d2 / 2, d1 / 2);
}

export function fQuantile(p: number, d1: number, d2: number): number {
  return jStat.centralF.inv(p, d1, d2);
}
