/**
 * Between-trial variance τ² by Hedges' unweighted method of moments, used as the starting
 * value of REML in metafor-compatible mode.
 *
 * Method: Hedges (1983), as given by Viechtbauer (2005) [viechtbauer2005]:
 * τ² = max(0, Σ(yᵢ − ȳ)²/(k − 1) − Σvᵢ/k), ȳ the unweighted mean.
 * Choices: NaN for fewer than two trials.
 * Checked against: indirectly, through reml_tau2 of meta.random_effects.* in ../shared/reference.
 * @example tau2Hedges([0, 1], [0.1, 0.1]) // 0.5 − 0.1 = 0.4
 */
export function tau2Hedges(yi: ArrayLike<number>, vi: ArrayLike<number>): number {
  const k = yi.length;
  if (k < 2) return Number.NaN;
  let sy = 0;
  let sv = 0;
  for (let i = 0; i < k; i++) {
    sy += yi[i];
    sv += vi[i];
  }
  const mean = sy / k;
  let ss = 0;
  for (let i = 0; i < k; i++) ss += (yi[i] - mean) ** 2;
  return Math.max(0, ss / (k - 1) - sv / k);
}
