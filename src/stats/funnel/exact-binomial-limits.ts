import { StatsError } from "../../util/errors.js";
import { assertCount } from "../assert.js";
import { binomialCdf } from "../distributions/binomial.js";
import type { MethodId } from "../estimate.js";

export interface FunnelLimitsAtN {
  /** denominator (children, families …) */
  n: number;
  lower95: number;
  upper95: number;
  lower998: number;
  upper998: number;
}

export interface FunnelLimits {
  target: number;
  limits: FunnelLimitsAtN[];
  method: MethodId;
  references: string[];
  notes: string[];
}

/**
 * Funnel-plot control limits for a proportion: exact binomial limits around a target p0, with
 * the interpolation that makes them smooth in n, at 95% and 99.8%.
 *
 * Method: Spiegelhalter (2005, appendix A.1.1) [spiegelhalter2005]. For a tail area q, let F be
 * the Binomial(n, p0) distribution function, r the smallest count with F(r) ≥ q and
 * α = (F(r) − q)/(F(r) − F(r − 1)); the limit is (r − α)/n, clipped to [0, 1].
 * Choices: q = 0.025, 0.975 (95%) and 0.001, 0.999 (99.8%); F(−1) = 0; r found by bisection on
 * the distribution function (O(log n) evaluations). A target of exactly 0 or 1 leaves no room
 * for variation, so every limit equals the target (the interpolation would otherwise smear the
 * point mass over (n − 1, n]).
 * Checked against: funnel.exact_binomial_limits in ../shared/reference.
 * @example
 * ```ts
 * import { exactBinomialLimits } from "fgc-toolkit";
 * exactBinomialLimits(0.36, [100]).limits[0].upper95; // => 0.4502
 * ```
 */
export function exactBinomialLimits(target: number, n: ArrayLike<number>): FunnelLimits {
  const fn = "exactBinomialLimits";
  if (!(target >= 0 && target <= 1)) throw new StatsError(fn, "target", target, "a proportion in [0, 1]");
  const limits: FunnelLimitsAtN[] = [];
  for (let i = 0; i < n.length; i++) {
    assertCount(fn, `n[${i}]`, n[i]);
    if (n[i] === 0) throw new StatsError(fn, `n[${i}]`, n[i], "at least 1");
    limits.push({
      n: n[i],
      lower95: binomialLimit(0.025, n[i], target),
      upper95: binomialLimit(0.975, n[i], target),
      lower998: binomialLimit(0.001, n[i], target),
      upper998: binomialLimit(0.999, n[i], target),
    });
  }
  return {
    target,
    limits,
    method: "funnel.exact_binomial_limits",
    references: ["spiegelhalter2005"],
    notes: ["exact binomial limits interpolated between counts (Spiegelhalter 2005, appendix)"],
  };
}

/**
 * The interpolated q-quantile of Binomial(n, p0) divided by n (see the file header).
 * @example binomialLimit(0.975, 1, 0.5) // r = 1, α = (1 − 0.975)/(1 − 0.5) = 0.05: 0.95
 */
export function binomialLimit(q: number, n: number, p0: number): number {
  if (p0 === 0 || p0 === 1) return p0;
  let lo = 0;
  let hi = n; // F(n) = 1 ≥ q always
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (binomialCdf(mid, n, p0) >= q) hi = mid;
    else lo = mid + 1;
  }
  const r = lo;
  const fr = binomialCdf(r, n, p0);
  const frm1 = r > 0 ? binomialCdf(r - 1, n, p0) : 0;
  const alpha = (fr - q) / (fr - frm1);
  return Math.min(1, Math.max(0, (r - alpha) / n));
}
