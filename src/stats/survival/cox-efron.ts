// Log partial likelihood of the Cox model with Efron's approximation for tied event times, its
// score and information, and the per-row score residuals the robust variance is built from.
//
// Method: Cox (1972) [cox1972]; ties as Efron (1977) [efron1977]: at a time with d events, the
// k-th of the d factors (k = 0 … d − 1) has denominator S₀ − (k/d)·A₀, where S₀ sums exp(x'β) over
// the risk set and A₀ over the d rows with an event, and S₁, S₂, A₁, A₂ are the same sums weighted
// by x and xx'. Score residuals as Lin & Wei (1989) [lin1989]: row i gets
//   δᵢ (xᵢ − m̄) − Σ over event times t ≤ tᵢ of rᵢ Σₖ wᵢₖ (xᵢ − mₖ)/denₖ,
// where mₖ is the k-th factor's weighted mean, m̄ their average, and wᵢₖ is 1 for a row at risk
// and 1 − k/d for a row with an event at t (its share of each factor under Efron's scheme).
// The residuals sum to the score. One pass over the rows in sorted order: O(n p²).
import type { SquareMatrix } from "../linalg/matrix.js";
import type { CoxRiskSets } from "./cox-risk-sets.js";

export interface EfronPass {
  logLik: number;
  score: Float64Array;
  information: SquareMatrix;
}

/** Log partial likelihood, score and observed information at β. */
export function efronPass(rs: CoxRiskSets, beta: ArrayLike<number>): EfronPass {
  const { p, x, event, groupStart, groupEvents, stratumGroups } = rs;
  const score = new Float64Array(p);
  const info = new Float64Array(p * p);
  const s1 = new Float64Array(p);
  const s2 = new Float64Array(p * p);
  const a1 = new Float64Array(p);
  const a2 = new Float64Array(p * p);
  const mean = new Float64Array(p);
  let logLik = 0;
  for (let s = 0; s + 1 < stratumGroups.length; s++) {
    let s0 = 0;
    s1.fill(0);
    s2.fill(0);
    for (let g = stratumGroups[s]; g < stratumGroups[s + 1]; g++) {
      let a0 = 0;
      a1.fill(0);
      a2.fill(0);
      for (let r = groupStart[g]; r < groupStart[g + 1]; r++) {
        const base = r * p;
        let eta = 0;
        for (let j = 0; j < p; j++) eta += x[base + j] * beta[j];
        const w = Math.exp(eta);
        s0 += w;
        addOuter(s1, s2, x, base, p, w);
        if (event[r] === 1) {
          a0 += w;
          addOuter(a1, a2, x, base, p, w);
          logLik += eta;
          for (let j = 0; j < p; j++) score[j] += x[base + j];
        }
      }
      const d = groupEvents[g];
      for (let k = 0; k < d; k++) {
        const f = k / d;
        const den = s0 - f * a0;
        logLik -= Math.log(den);
        for (let j = 0; j < p; j++) {
          mean[j] = (s1[j] - f * a1[j]) / den;
          score[j] -= mean[j];
        }
        for (let j = 0; j < p; j++)
          for (let l = 0; l < p; l++)
            info[j * p + l] += (s2[j * p + l] - f * a2[j * p + l]) / den - mean[j] * mean[l];
      }
    }
  }
  return { logLik, score, information: { p, data: info } };
}

/** Score residuals at β, one p-vector per row, row-major n × p in the caller's original row order. */
export function efronScoreResiduals(rs: CoxRiskSets, beta: ArrayLike<number>): Float64Array {
  const { n, p, x, event, order, groupStart, groupEvents, stratumGroups } = rs;
  const nGroups = groupEvents.length;
  const risk = new Float64Array(n);
  for (let r = 0; r < n; r++) {
    let eta = 0;
    for (let j = 0; j < p; j++) eta += x[r * p + j] * beta[j];
    risk[r] = Math.exp(eta);
  }
  // Per tie group with events: hazard increments for rows at risk (hAll, mAll) and for the rows
  // with an event there (hDeath, mDeath), and the average factor mean mBar.
  const hAll = new Float64Array(nGroups);
  const hDeath = new Float64Array(nGroups);
  const mAll = new Float64Array(nGroups * p);
  const mDeath = new Float64Array(nGroups * p);
  const mBar = new Float64Array(nGroups * p);
  const s1 = new Float64Array(p);
  const a1 = new Float64Array(p);
  for (let s = 0; s + 1 < stratumGroups.length; s++) {
    let s0 = 0;
    s1.fill(0);
    for (let g = stratumGroups[s]; g < stratumGroups[s + 1]; g++) {
      let a0 = 0;
      a1.fill(0);
      for (let r = groupStart[g]; r < groupStart[g + 1]; r++) {
        const w = risk[r];
        s0 += w;
        for (let j = 0; j < p; j++) s1[j] += w * x[r * p + j];
        if (event[r] === 1) {
          a0 += w;
          for (let j = 0; j < p; j++) a1[j] += w * x[r * p + j];
        }
      }
      const d = groupEvents[g];
      for (let k = 0; k < d; k++) {
        const f = k / d;
        const den = s0 - f * a0;
        hAll[g] += 1 / den;
        hDeath[g] += (1 - f) / den;
        for (let j = 0; j < p; j++) {
          const m = (s1[j] - f * a1[j]) / den;
          mAll[g * p + j] += m / den;
          mDeath[g * p + j] += ((1 - f) * m) / den;
          mBar[g * p + j] += m / d;
        }
      }
    }
  }
  const out = new Float64Array(n * p);
  const cumM = new Float64Array(p);
  for (let s = 0; s + 1 < stratumGroups.length; s++) {
    let cumH = 0; // hazard summed over event times strictly before the current group's time
    cumM.fill(0);
    for (let g = stratumGroups[s + 1] - 1; g >= stratumGroups[s]; g--) {
      for (let r = groupStart[g]; r < groupStart[g + 1]; r++) {
        const dead = event[r] === 1;
        const h = cumH + (dead ? hDeath[g] : hAll[g]);
        const base = order[r] * p;
        for (let j = 0; j < p; j++) {
          const m = cumM[j] + (dead ? mDeath[g * p + j] : mAll[g * p + j]);
          const xj = x[r * p + j];
          let u = -risk[r] * (xj * h - m);
          if (dead) u += xj - mBar[g * p + j];
          out[base + j] = u;
        }
      }
      cumH += hAll[g];
      for (let j = 0; j < p; j++) cumM[j] += mAll[g * p + j];
    }
  }
  return out;
}

function addOuter(
  v: Float64Array,
  m: Float64Array,
  x: Float64Array,
  base: number,
  p: number,
  w: number,
): void {
  for (let j = 0; j < p; j++) {
    const wx = w * x[base + j];
    v[j] += wx;
    for (let l = 0; l < p; l++) m[j * p + l] += wx * x[base + l];
  }
}
