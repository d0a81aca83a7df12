/**
 * Between-trial variance τ² by restricted maximum likelihood.
 *
 * Method: Fisher scoring on the restricted log-likelihood of the normal random-effects model
 * (Viechtbauer 2005) [viechtbauer2005]. With wᵢ = 1/(vᵢ + τ²), P = W − wwᵀ/Σw and
 * Py = w∘(y − μ̂):  τ² ← τ² + (yᵀPPy − tr P) / tr(PP), where
 *   tr P = Σw − Σw²/Σw,  tr(PP) = Σw² − 2Σw³/Σw + (Σw²)²/(Σw)²,  yᵀPPy = Σ wᵢ²(yᵢ − μ̂)².
 * Choices: starts at the DerSimonian–Laird value (or 0); a step that would leave [0, ∞) is
 * halved until it does not (τ² = 0 is accepted as the boundary estimate); stops when the change
 * is below 1e-10, at most 1000 iterations (a note says if that cap is hit).
 * Checked against: reml_tau2 of meta.random_effects.* in ../shared/reference (metafor 3.8-1).
 * @example tau2Reml([0, 1], [0.1, 0.1]).tau2 // 0.4 (= DL for two trials of equal variance)
 */

export interface Tau2Fit {
  tau2: number;
  iterations: number;
  converged: boolean;
}

const TOLERANCE = 1e-10;
const MAX_ITERATIONS = 1000;

export function tau2Reml(yi: ArrayLike<number>, vi: ArrayLike<number>, start = 0): Tau2Fit {
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
    while (tau2 + step < 0 && Math.abs(step) > TOLERANCE) step /= 2;
    const next = Math.max(0, tau2 + step);
    const change = Math.abs(next - tau2);
    tau2 = next;
    if (change < TOLERANCE) return { tau2, iterations: it, converged: true };
  }
  return { tau2, iterations: MAX_ITERATIONS, converged: false };
}
