/**
 * Beta distribution (jstat).
 * @example betaQuantile(0.5, 2, 2) // 0.5
 */
import jStat from "jstat";

export function betaCdf(x: number, a: number, b: number): number {
  return jStat.ibeta(x, a, b);
}

export function betaQuantile(p: number, a: number, b: number): number {
  return jStat.ibetainv(p, a, b);
}
