/**
 * Between-trial variance τ² by restricted maximum likelihood.
 *
 * Method: Fisher scoring on the restricted log-likelihood of the normal random-effects model
 * (Viechtbauer 2005) [viechtbauer2005]. With wᵢ = 1/(vᵢ + τ²), P = W − wwᵀ/Σw and
 * Py = w∘(y − μ̂):  τ² ← τ² + (yᵀPPy − tr P) / tr(PP), where
 *   tr P = Σw − Σw²/Σw,  tr(PP) = Σw² − 2Σw³/Σw + (Σw²)²/(Σw)²,  yᵀPPy = Σ wᵢ²(yᵢ − μ̂)².
 * Choices: starts at `start` (default 0; randomEffectsMeta passes the DL value); a step that
 * would leave [0, ∞) is halved until it does not (τ² = 0 is accepted as the boundary estimate);
 * stops when the change in τ² is below `tolerance` (default 1e-10), at most 1000 iterations.
 * metafor's rma(method = "REML") uses the same scoring but starts at the Hedges estimate and
 * stops at a change below 1e-5, which leaves its τ² up to a few 1e-5 (relative) from the
 * maximum; start = tau2Hedges(…), tolerance = 1e-5 reproduces it to rounding.
 * Checked against: reml_tau2 of meta.random_effects.* in ../shared/reference (metafor 3.8-1), in
 * the metafor-compatible setting; the default setting is checked against the score equation.
 * @example tau2Reml([0, 1], [0.1, 0.1]).tau2 // 0.4 (= DL for two trials of equal variance)
 */

export interface Tau2Fit {
  tau2: number;
  iterations: number;
  converged: boolean;
}

export interface Tau2RemlOptions {
  /** starting value of τ²; default 0 */
  start?: number;
  /** stop when |Δτ²| falls below this; default 1e-10 */
  tolerance?: number;
}

const MAX_ITERATIONS = 1000;

export function tau2Reml(
  yi: ArrayLike<number>,
  vi: ArrayLike<number>,
  options: Tau2RemlOptions = {},
): Tau2Fit {
  const start = options.start ?? 0;
  const tolerance = options.tolerance ?? 1e-10;
  const k = yi.length;
  if (k < 2) return { tau2: Number.NaN, iterations: 0, converged: false };
  let tau2 = Math.max(0, start);
  for (let it = 1; it <= MAX_ITERATIONS; it++) {
    let sw = 0;
    let sw2 = 0;
    let sw3 = 0;
    let swy = 0;
    for (let i = 0; i < k; i++) {
      const w = 1 / (vi[i] + tau2);
      sw += w;
      sw2 += w * w;
      sw3 += w * w * w;
      swy += w * yi[i];
    }
    const mu = swy / sw;
    let yPPy = 0;
    for (let i = 0; i < k; i++) {
      const w = 1 / (vi[i] + tau2);
      yPPy += w * w * (yi[i] - mu) ** 2;
    }
    const trP = sw - sw2 / sw;
    const trPP = sw2 - (2 * sw3) / sw + (sw2 * sw2) / (sw * sw);
    let step = (yPPy - trP) / trPP;
    while (tau2 + step < 0 && Math.abs(step) > tolerance) step /= 2;
    const next = Math.max(0, tau2 + step);
    const change = Math.abs(next - tau2);
    tau2 = next;
    if (change < tolerance) return { tau2, iterations: it, converged: true };
  }
  return { tau2, iterations: MAX_ITERATIONS, converged: false };
}
