/**
 * The p-value of the Miettinen–Nurminen score intervals: the score test of no difference, which
 * the interval inverts. At the null the restricted ML estimate of both risks is the pooled risk,
 * so for all three measures z(null)² is Pearson's χ² times (N − 1)/N (the "N − 1" chi-square).
 * Checked on every 2×2 table with both groups of size 1 … 12, and by hand.
 */
import { describe, expect, it } from "vitest";
import { chiSquareSf } from "../../../src/stats/distributions/chi-square.js";
import { oddsRatio } from "../../../src/stats/two-groups/odds-ratio.js";
import { pearsonChiSquare } from "../../../src/stats/two-groups/pearson-chi-square.js";
import { riskDifference } from "../../../src/stats/two-groups/risk-difference.js";
import { riskRatio } from "../../../src/stats/two-groups/risk-ratio.js";

const tables: { a: number; n1: number; c: number; n0: number }[] = [];
for (let n1 = 1; n1 <= 12; n1++)
  for (let n0 = 1; n0 <= 12; n0++)
    for (let a = 0; a <= n1; a++) for (let c = 0; c <= n0; c++) tables.push({ a, n1, c, n0 });

const close = (x: number, y: number) => Math.abs(x - y) <= 1e-9 * Math.max(1e-12, Math.abs(x), Math.abs(y));

describe("score-test p-values of riskDifference, riskRatio and oddsRatio", () => {
  it("30/100 vs 45/100: χ² = 0.15² / (0.375 · 0.625 · (1/100 + 1/100)) = 4.8; times 199/200 = 4.776", () => {
    const expected = chiSquareSf(4.776, 1); // ≈ 0.0289
    const a = { events: 30, n: 100 };
    const b = { events: 45, n: 100 };
    expect(riskDifference(a, b).p).toBeCloseTo(expected, 10);
    expect(riskRatio(a, b).p).toBeCloseTo(expected, 10);
    expect(oddsRatio(a, b).p).toBeCloseTo(expected, 10);
    expect(expected).toBeGreaterThan(0.028);
    expect(expected).toBeLessThan(0.03);
  });

  it("equal Pearson's χ² times (N − 1)/N on every table up to 12 per group; 1 when no margin varies", () => {
    const bad: string[] = [];
    for (const { a, n1, c, n0 } of tables) {
      const x = { events: a, n: n1 };
      const y = { events: c, n: n0 };
      const N = n1 + n0;
      const rd = riskDifference(x, y).p as number;
      const emptyMargin = a + c === 0 || a + c === N;
      const expected = emptyMargin ? 1 : chiSquareSf((pearsonChiSquare(x, y).statistic * (N - 1)) / N, 1);
      if (!close(rd, expected)) bad.push(`RD ${a}/${n1} vs ${c}/${n0}: ${rd} ≠ ${expected}`);
      if (emptyMargin) continue; // the ratios are not estimable, or (all events) p = 1 as for RD
      for (const [name, f] of [
        ["RR", riskRatio],
        ["OR", oddsRatio],
      ] as const) {
        const p = f(x, y).p as number;
        if (!close(p, expected)) bad.push(`${name} ${a}/${n1} vs ${c}/${n0}: ${p} ≠ ${expected}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it("a 95% interval excludes the null exactly when p < 0.05, for every measure and table", () => {
    const bad: string[] = [];
    for (const { a, n1, c, n0 } of tables) {
      const x = { events: a, n: n1 };
      const y = { events: c, n: n0 };
      for (const [name, e, none] of [
        ["RD", riskDifference(x, y), 0],
        ["RR", riskRatio(x, y), 1],
        ["OR", oddsRatio(x, y), 1],
      ] as const) {
        if (Number.isNaN(e.estimate) || e.p === undefined) continue;
        if (Math.abs(e.p - 0.05) < 1e-9) continue; // on the boundary, either reading holds
        const excludes = e.ci[0] > none || e.ci[1] < none;
        if (excludes !== e.p < 0.05) bad.push(`${name} ${a}/${n1} vs ${c}/${n0}: CI ${e.ci}, p ${e.p}`);
      }
    }
    expect(bad).toEqual([]);
  });
});
