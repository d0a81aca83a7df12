// Between-trial variance τ² by the method of moments, with Cochran's Q and I².
//
// Method: DerSimonian & Laird (1986) [dersimonian1986]: with wᵢ = 1/vᵢ and the fixed-effect
// mean ȳ, Q = Σ wᵢ(yᵢ − ȳ)², τ² = max(0, (Q − (k − 1)) / (Σw − Σw²/Σw)); Q is referred to
// χ² on k − 1 df; I² = max(0, (Q − (k − 1))/Q) in percent (Higgins & Thompson 2002) [higgins2002].
// Choices: I² is 0 (not NaN) when Q = 0 and k > 1; with one trial τ², Q, I² are NaN.
// Checked against: dl_tau2, Q, Q_p, I2 of meta.random_effects.* in ../shared/reference (metafor 3.8-1).
// @example tau2DerSimonianLaird([0, 1], [0.1, 0.1]).tau2 // Q = 5, C = 10: (5 − 1)/10 = 0.4
import { chiSquareSf } from "../distributions/chi-square.js";

export interface Heterogeneity {
  tau2: number;
  Q: number;
  df: number;
  /** upper-tail χ² p-value of Q on k − 1 df */
  p: number;
  /** percent */
  I2: number;
}

export function tau2DerSimonianLaird(yi: ArrayLike<number>, vi: ArrayLike<number>): Heterogeneity {
  const k = yi.length;
  let sw = 0;
  let sw2 = 0;
  let swy = 0;
  for (let i = 0; i < k; i++) {
    const w = 1 / vi[i];
    sw += w;
    sw2 += w * w;
    swy += w * yi[i];
  }
  const mean = swy / sw;
  let Q = 0;
  for (let i = 0; i < k; i++) Q += (yi[i] - mean) ** 2 / vi[i];
  const df = k - 1;
  if (df < 1) return { tau2: Number.NaN, Q: Number.NaN, df, p: Number.NaN, I2: Number.NaN };
  const tau2 = Math.max(0, (Q - df) / (sw - sw2 / sw));
  const I2 = Q > 0 ? Math.max(0, (Q - df) / Q) * 100 : 0;
  return { tau2, Q, df, p: chiSquareSf(Q, df), I2 };
}
