import { describe, expect, it } from "vitest";
import { exactRankIntervals, rankDistributions } from "../../src/areas/exact-rank-intervals.js";
import { defaultAreaPlan } from "../../src/areas/plan.js";
import { rankIntervals } from "../../src/areas/rank-intervals.js";
import { readReturn } from "../../src/areas/read-return.js";
import type { ReturnCell } from "../../src/areas/return-cell.js";
import { runAreas } from "../../src/areas/run.js";
import { readRawFile } from "../../src/io/node/read-raw-file.js";
import { normalCdf } from "../../src/stats/distributions/normal.js";
import { createRng } from "../../src/util/rng.js";

const logit = (x: number, n: number) => Math.log((x + 0.5) / (n - x + 0.5));
const variance = (x: number, n: number) => 1 / (x + 0.5) + 1 / (n - x + 0.5);

describe("exactRankIntervals", () => {
  it("two areas: P(b ranks first) is Φ of the difference of empirical logits over its SE", () => {
    // b's draw beats a's with probability Φ((μb − μa)/√(σa² + σb²)).
    const d = rankDistributions([
      { la: "a", events: 12, n: 30 },
      { la: "b", events: 18, n: 30 },
    ]);
    const p = normalCdf((logit(18, 30) - logit(12, 30)) / Math.sqrt(variance(12, 30) + variance(18, 30)));
    expect(d[1][0]).toBeCloseTo(p, 6);
    expect(d[0][1]).toBeCloseTo(p, 6);
    expect(d[0][0] + d[0][1]).toBeCloseTo(1, 12);
  });

  it("agrees with 100,000 simulated draws to within one rank at every end", () => {
    const rng = createRng(4);
    const areas = Array.from({ length: 25 }, (_, i) => {
      const n = 8 + rng.int(120);
      return { la: `a${i}`, events: rng.int(n + 1), n };
    });
    const exact = exactRankIntervals(areas, 0.95);
    const sim = rankIntervals(areas, 100_000, createRng(9), 0.95);
    let widest = 0;
    exact.forEach((e, i) => {
      expect(Math.abs(e.lower - sim[i].lower)).toBeLessThanOrEqual(1);
      expect(Math.abs(e.upper - sim[i].upper)).toBeLessThanOrEqual(1);
      expect(e.rank).toBe(sim[i].rank);
      widest = Math.max(widest, e.upper - e.lower);
    });
    expect(widest).toBeGreaterThanOrEqual(10);
  });

  it("on the bundled sample, two seeds give rank interval ends within one rank, and results.json says how they were computed", async () => {
    const cells: ReturnCell[] = [];
    for (const p of ["2021-22", "2022-23", "2023-24"])
      cells.push(...readReturn(await readRawFile(`data-samples/areas/return-${p}.csv`)).cells);
    const run = (seed: number) =>
      runAreas({ cells, issues: [], inputs: [], toolVersion: "test" }, { ...defaultAreaPlan(), seed });
    const [a, b] = [run(1), run(2)];
    let compared = 0;
    let widest = 0;
    for (const [i, ra] of a.ranks.entries()) {
      expect(ra).toMatchObject({ method: "exact", draws: null });
      ra.rows.forEach((x, j) => {
        const y = b.ranks[i].rows[j];
        expect(y.la).toBe(x.la);
        expect(Math.abs(x.lower - y.lower)).toBeLessThanOrEqual(1);
        expect(Math.abs(x.upper - y.upper)).toBeLessThanOrEqual(1);
        widest = Math.max(widest, x.upper - x.lower);
        compared++;
      });
    }
    expect(compared).toBeGreaterThan(500);
    expect(widest).toBeGreaterThan(100);
  });
});
