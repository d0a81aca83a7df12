import { normalPdf, normalSf } from "../stats/distributions/normal.js";
import type { RankInput, RankInterval } from "./rank-intervals.js";

/** Grid points per smallest standard deviation: the trapezoid rule on a Gaussian weight then errs by about exp(−2π²·4²), far below any rank boundary. */
const POINTS_PER_SD = 4;
/** The grid spans every area's logit ± 9 SD (normal tail beyond it < 1e-18). */
const SPAN_SD = 9;
/** An upper bound on the grid, so one enormous area cannot make the work unbounded. */
const MAX_POINTS = 20_000;
/** p_j within this of 0 or 1 is taken as 0 or 1: at most k·ε (< 1e-10) of probability moves. */
const CERTAIN = 1e-13;

/**
 * Rank intervals from the exact distribution of each area's rank under the model that the
 * simulation of rank-intervals.ts samples from, with no simulation: draws are independent normals
 * on the empirical-logit scale (Goldstein & Spiegelhalter 1996 [goldstein1996]), so given area i's
 * draw d, the number of areas above it is a sum of independent Bernoullis with
 * p_j(d) = P(draw_j > d) (a Poisson-binomial), and
 *
 *   P(rank_i ≤ r) = ∫ P(1 + Σ_{j≠i} B_j(d) ≤ r) φ((d − μ_i)/σ_i)/σ_i dd.
 *
 * The integral is a trapezoid rule on one grid of d shared by all areas (step at most the
 * smallest σ over 4). At each grid point the Poisson-binomial of the areas not all but certainly
 * above or below d is built once (O(k²) at most), and area i is removed by dividing out its factor
 * (forward when p_i ≤ ½, backward otherwise: the stable direction). Ends: lower = the smallest r
 * with P(rank ≤ r) > α/2, upper = the smallest r with P(rank ≤ r) ≥ 1 − α/2, the ends simulation
 * converges to as draws grow (on the sample, 1,000 draws moved them by up to 14 ranks between
 * seeds, 50,000 by up to 3). No seed, no Monte Carlo error: the ends do not move between runs.
 * @example exactRankIntervals([{ la: "a", events: 10, n: 50 }, { la: "b", events: 30, n: 50 }], 0.95)[1].rank // 1
 */
export function exactRankIntervals(areas: readonly RankInput[], level: number): RankInterval[] {
  const dist = rankDistributions(areas);
  const observed = areas.map((a) => a.events / a.n);
  const a = (1 - level) / 2;
  return areas.map((area, i) => {
    let cdf = 0;
    let lower = 0;
    let upper = 0;
    for (let m = 0; m < areas.length; m++) {
      cdf += dist[i][m];
      if (lower === 0 && cdf > a) lower = m + 1;
      if (upper === 0 && cdf >= 1 - a - 1e-12) upper = m + 1;
    }
    return {
      la: area.la,
      rate: observed[i],
      rank: 1 + observed.filter((o) => o > observed[i]).length,
      lower: lower || areas.length,
      upper: upper || areas.length,
    };
  });
}

/**
 * For each area, P(rank = r) for r = 1..k (index r − 1), each row summing to 1.
 * @example rankDistributions([{ la: "a", events: 10, n: 50 }, { la: "b", events: 30, n: 50 }])[1][0] // ≈ 1
 */
export function rankDistributions(areas: readonly RankInput[]): Float64Array[] {
  const k = areas.length;
  const mean = areas.map((a) => Math.log((a.events + 0.5) / (a.n - a.events + 0.5)));
  const sd = areas.map((a) => Math.sqrt(1 / (a.events + 0.5) + 1 / (a.n - a.events + 0.5)));
  const lo = Math.min(...mean.map((m, i) => m - SPAN_SD * sd[i]));
  const hi = Math.max(...mean.map((m, i) => m + SPAN_SD * sd[i]));
  const points = Math.min(MAX_POINTS, Math.ceil(((hi - lo) / Math.min(...sd)) * POINTS_PER_SD) + 1);
  const step = (hi - lo) / (points - 1);
  const acc = areas.map(() => new Float64Array(k));
  const p = new Float64Array(k);
  const uncertain = new Int32Array(k);
  const all = new Float64Array(k + 1);
  const rest = new Float64Array(k);
  for (let g = 0; g < points; g++) {
    const d = lo + g * step;
    // Areas all but certainly above d (p > 1 − ε) only shift the count; those below it drop out.
    let ones = 0;
    let u = 0;
    for (let j = 0; j < k; j++) {
      p[j] = normalSf((d - mean[j]) / sd[j]);
      if (p[j] >= 1 - CERTAIN) ones++;
      else if (p[j] > CERTAIN) uncertain[u++] = j;
    }
    // Poisson-binomial of the number of uncertain areas above d.
    all.fill(0, 0, u + 1);
    all[0] = 1;
    for (let t = 0; t < u; t++) {
      const pj = p[uncertain[t]];
      for (let m = t + 1; m >= 1; m--) all[m] = all[m] * (1 - pj) + all[m - 1] * pj;
      all[0] *= 1 - pj;
    }
    for (let i = 0; i < k; i++) {
      const z = (d - mean[i]) / sd[i];
      if (z < -SPAN_SD || z > SPAN_SD) continue;
      const w = normalPdf(z);
      const pi = p[i];
      const row = acc[i];
      if (pi >= 1 - CERTAIN || pi <= CERTAIN) {
        // Area i is not among the uncertain ones: only its own certain count is taken away.
        const shift = pi >= 1 - CERTAIN ? ones - 1 : ones;
        for (let m = 0; m <= u; m++) row[shift + m] += w * all[m];
        continue;
      }
      // Divide out area i's factor (1 − p_i + p_i·x) from the generating polynomial.
      if (pi <= 0.5) {
        rest[0] = all[0] / (1 - pi);
        for (let m = 1; m < u; m++) rest[m] = (all[m] - pi * rest[m - 1]) / (1 - pi);
      } else {
        rest[u - 1] = all[u] / pi;
        for (let m = u - 1; m >= 1; m--) rest[m - 1] = (all[m] - (1 - pi) * rest[m]) / pi;
      }
      for (let m = 0; m < u; m++) row[ones + m] += w * Math.max(rest[m], 0);
    }
  }
  // Normalising each area's row to sum 1 absorbs the trapezoid rule's (tiny) error in ∫φ.
  for (let i = 0; i < k; i++) {
    let s = 0;
    for (let m = 0; m < k; m++) s += acc[i][m];
    for (let m = 0; m < k; m++) acc[i][m] /= s > 0 ? s : 1;
  }
  return acc;
}
