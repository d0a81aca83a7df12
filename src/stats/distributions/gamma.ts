/**
 * Gamma distribution with shape a and scale 1 (jstat).
 * @example gammaQuantile(0.5, 1) // Math.LN2
 */
import jStat from "jstat";

export function gammaCdf(x: number, a: number): number {
  return x <= 0 ? 0 : jStat.lowRegGamma(a, x);
}

export function gammaQuantile(p: number, a: number): number {
  return jStat.gammapinv(p, a);
}
