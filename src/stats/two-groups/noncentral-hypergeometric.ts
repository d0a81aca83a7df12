/**
 * Fisher's noncentral hypergeometric distribution of the exposed-group events `x` given both
 * margins of a 2×2 table: P(x; ψ) ∝ C(n1, x)·C(n0, m − x)·ψ^x over max(0, m − n0) ≤ x ≤ min(n1, m).
 *
 * Method: Fisher (1935) [fisher1935]; Cornfield (1956) [cornfield1956] for its use in interval
 * estimation.
 * Choices: the central weights are built by the ratio recursion
 * w(x + 1)/w(x) = (n1 − x)(m − x)/((x + 1)(n0 − m + x + 1)) in logs, so no factorial is formed and
 * the relative error stays near machine precision; probabilities are normalised after subtracting
 * the largest log weight.
 * Checked against: two_by_two.fisher_exact in ../shared/reference.
 * @example hypergeometricSupport(3, 3, 3).logWeights.length // 4
 */

export interface HypergeometricSupport {
  /** smallest possible x */
  lo: number;
  /** largest possible x */
  hi: number;
  /** ln C(n1, x) + ln C(n0, m − x) up to a constant, for x = lo … hi */
  logWeights: Float64Array;
}

export function hypergeometricSupport(n1: number, n0: number, m: number): HypergeometricSupport {
  const lo = Math.max(0, m - n0);
  const hi = Math.min(n1, m);
  const logWeights = new Float64Array(hi - lo + 1);
  for (let x = lo; x < hi; x++) {
    const ratio = ((n1 - x) * (m - x)) / ((x + 1) * (n0 - m + x + 1));
    logWeights[x - lo + 1] = logWeights[x - lo] + Math.log(ratio);
  }
  return { lo, hi, logWeights };
}

/** Probabilities of x = lo … hi under odds ratio psi (0 < psi < ∞). */
export function noncentralProbabilities(support: HypergeometricSupport, psi: number): Float64Array {
  const { lo, logWeights } = support;
  const logPsi = Math.log(psi);
  const out = new Float64Array(logWeights.length);
  let max = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < out.length; i++) {
    out[i] = logWeights[i] + (lo + i) * logPsi;
    if (out[i] > max) max = out[i];
  }
  let sum = 0;
  for (let i = 0; i < out.length; i++) {
    out[i] = Math.exp(out[i] - max);
    sum += out[i];
  }
  for (let i = 0; i < out.length; i++) out[i] /= sum;
  return out;
}
