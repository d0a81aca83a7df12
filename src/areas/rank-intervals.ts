// Ranks with their uncertainty: each area's rank (1 = highest rate) and an interval for it,
// never a bare league table.
//
// Method: simulation from each area's approximate sampling distribution, as Goldstein &
// Spiegelhalter (1996) [goldstein1996] recommend for league tables: draw the empirical logit
// log((x + ½)/(n − x + ½)) + Z·√(1/(x + ½) + 1/(n − x + ½)), Z standard normal, for every area,
// rank the draws, and take the 2.5% and 97.5% points of each area's ranks (for level 0.95).
// Choices: the ½ added to counts keeps 0 and n finite; observed ties share the better rank; Z by
// the Box–Muller transform of seeded uniforms (util/rng.ts).
// @example rankIntervals([{ la: "a", events: 10, n: 50 }, { la: "b", events: 30, n: 50 }], 1000, createRng(1), 0.95)[1].rank // 1
import type { Rng } from "../util/rng.js";

export interface RankInput {
  la: string;
  events: number;
  n: number;
}

export interface RankInterval {
  la: string;
  rate: number;
  rank: number;
  lower: number;
  upper: number;
}

export function rankIntervals(
  areas: readonly RankInput[],
  simulations: number,
  rng: Rng,
  level: number,
): RankInterval[] {
  const k = areas.length;
  const mean = areas.map((a) => Math.log((a.events + 0.5) / (a.n - a.events + 0.5)));
  const sd = areas.map((a) => Math.sqrt(1 / (a.events + 0.5) + 1 / (a.n - a.events + 0.5)));
  const ranks = areas.map(() => new Int32Array(simulations));
  const draw = new Float64Array(k);
  const sorted = new Float64Array(k);
  for (let s = 0; s < simulations; s++) {
    for (let i = 0; i < k; i += 2) {
      // Box–Muller: two independent standard normals from two uniforms.
      const r = Math.sqrt(-2 * Math.log(1 - rng.next()));
      const theta = 2 * Math.PI * rng.next();
      draw[i] = mean[i] + sd[i] * r * Math.cos(theta);
      if (i + 1 < k) draw[i + 1] = mean[i + 1] + sd[i + 1] * r * Math.sin(theta);
    }
    // Rank of i = 1 + the number of draws above it: a native numeric sort, then a binary search.
    sorted.set(draw);
    sorted.sort();
    for (let i = 0; i < k; i++) {
      let lo = 0;
      let hi = k;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (sorted[mid] <= draw[i]) lo = mid + 1;
        else hi = mid;
      }
      ranks[i][s] = 1 + k - lo;
    }
  }
  const observed = areas.map((a) => a.events / a.n);
  const a = (1 - level) / 2;
  return areas.map((area, i) => {
    const sorted = ranks[i].sort();
    return {
      la: area.la,
      rate: observed[i],
      rank: 1 + observed.filter((o) => o > observed[i]).length,
      lower: sorted[Math.floor(a * (simulations - 1))],
      upper: sorted[Math.ceil((1 - a) * (simulations - 1))],
    };
  });
}
