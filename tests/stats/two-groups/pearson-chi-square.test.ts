import { describe, expect, it } from "vitest";
import { normalTwoSidedP } from "../../../src/stats/distributions/normal.js";
import { pearsonChiSquare } from "../../../src/stats/two-groups/pearson-chi-square.js";
import { StatsError } from "../../../src/util/errors.js";

describe("pearsonChiSquare", () => {
  it("computes Σ(O − E)²/E and the Yates-corrected statistic", () => {
    // a = 10/20 vs c = 5/20: E = 7.5, 12.5, 7.5, 12.5; |O − E| = 2.5 in every cell
    // X² = 6.25·(2/7.5 + 2/12.5) = 8/3; Yates: 2²·(2/7.5 + 2/12.5) = 128/75
    const t = pearsonChiSquare({ events: 10, n: 20 }, { events: 5, n: 20 });
    expect(t.statistic).toBeCloseTo(8 / 3, 14);
    expect(t.statisticYates).toBeCloseTo(128 / 75, 14);
    // 1 df: P(X² > x) = P(|Z| > √x)
    expect(t.p).toBeCloseTo(normalTwoSidedP(Math.sqrt(8 / 3)), 14);
    expect(t.pYates).toBeCloseTo(normalTwoSidedP(Math.sqrt(128 / 75)), 14);
  });

  it("never lets the Yates correction overshoot: |O − E| < ½ gives 0", () => {
    // 5/19 vs 5/18: E_a = 19·10/37 = 5.135, |O − E| = 0.135 < ½
    const t = pearsonChiSquare({ events: 5, n: 19 }, { events: 5, n: 18 });
    expect(t.statisticYates).toBe(0);
    expect(t.pYates).toBe(1);
  });

  it("is not estimable with an empty margin", () => {
    const t = pearsonChiSquare({ events: 0, n: 19 }, { events: 0, n: 18 });
    expect(t.statistic).toBeNaN();
    expect(t.notes[0]).toMatch(/not estimable/);
  });

  it("throws a StatsError for an empty group", () => {
    expect(() => pearsonChiSquare({ events: 0, n: 0 }, { events: 0, n: 18 })).toThrow(StatsError);
  });
});
