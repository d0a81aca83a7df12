import { StatsError } from "../../util/errors.js";
import { assertCount } from "../assert.js";
import { normalQuantile } from "../distributions/normal.js";
import type { MethodId } from "../estimate.js";
import type { FunnelLimitsAtN } from "./exact-binomial-limits.js";

export interface OverdispersedLimits {
  target: number;
  /** φ as used (at least 1) */
  phi: number;
  tau2: number;
  multiplicative: FunnelLimitsAtN[];
  additive: FunnelLimitsAtN[];
  method: MethodId;
  references: string[];
  notes: string[];
}

/**
 * Funnel-plot limits allowing for over-dispersion, by normal approximation: multiplicative
 * (p0 ± z·√(φ·p0(1 − p0)/n)) and additive random effects (p0 ± z·√(p0(1 − p0)/n + τ²)).
 *
 * Method: Spiegelhalter (2005a, §6; 2005b) [spiegelhalter2005, spiegelhalter2005b].
 * Choices: φ is used only when above 1 (never narrows the limits); z = Φ⁻¹(0.975) and
 * Φ⁻¹(0.999) for the 95% and 99.8% limits, as the exact limits; limits clipped to [0, 1].
 * Checked against: hand cases in tests/stats/funnel (no reference vectors).
 *
 * `dispersion` is usually a FunnelOverdispersion (its phi and tau2).
 * @example
 * ```ts
 * import { overdispersedLimits } from "fgc-toolkit";
 * const limits = overdispersedLimits(0.3, [100], { phi: 12.7, tau2: 0.05 });
 * limits.multiplicative[0].upper95; // => 0.6201
 * limits.additive[0].upper95; // => 0.7474
 * ```
 */
export function overdispersedLimits(
  target: number,
  n: ArrayLike<number>,
  dispersion: { phi: number; tau2: number },
): OverdispersedLimits {
  const fn = "overdispersedLimits";
  if (!(target > 0 && target < 1)) throw new StatsError(fn, "target", target, "a proportion in (0, 1)");
  if (!(dispersion.phi >= 0))
    throw new StatsError(fn, "dispersion.phi", dispersion.phi, "a number of at least 0");
  if (!(dispersion.tau2 >= 0))
    throw new StatsError(fn, "dispersion.tau2", dispersion.tau2, "a number of at least 0");
  const phi = Math.max(1, dispersion.phi);
  const { tau2 } = dispersion;
  const z95 = normalQuantile(0.975);
  const z998 = normalQuantile(0.999);
  const clip = (x: number) => Math.min(1, Math.max(0, x));
  const at = (m: number, sd: number): FunnelLimitsAtN => ({
    n: m,
    lower95: clip(target - z95 * sd),
    upper95: clip(target + z95 * sd),
    lower998: clip(target - z998 * sd),
    upper998: clip(target + z998 * sd),
  });
  const multiplicative: FunnelLimitsAtN[] = [];
  const additive: FunnelLimitsAtN[] = [];
  for (let i = 0; i < n.length; i++) {
    assertCount(fn, `n[${i}]`, n[i]);
    if (n[i] === 0) throw new StatsError(fn, `n[${i}]`, n[i], "at least 1");
    const s2 = (target * (1 - target)) / n[i];
    multiplicative.push(at(n[i], Math.sqrt(phi * s2)));
    additive.push(at(n[i], Math.sqrt(s2 + tau2)));
  }
  const notes = dispersion.phi > 1 ? [] : ["φ ≤ 1: multiplicative limits not inflated"];
  return {
    target,
    phi,
    tau2,
    multiplicative,
    additive,
    method: "funnel.overdispersed_limits",
    references: ["spiegelhalter2005", "spiegelhalter2005b"],
    notes: ["normal approximation", ...notes],
  };
}
