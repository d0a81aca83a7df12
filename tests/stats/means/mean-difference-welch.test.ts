import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { tQuantile, tTwoSidedP } from "../../../src/stats/distributions/t.js";
import { meanDifferenceWelch } from "../../../src/stats/means/mean-difference-welch.js";
import { StatsError } from "../../../src/util/errors.js";

describe("meanDifferenceWelch", () => {
  it("matches the hand case", () => {
    // exposed 2, 4, 6: mean 4, s² = 4; comparator 1, 3: mean 2, s² = 2
    // d = 4 − 2 = 2; se² = 4/3 + 2/2 = 7/3
    // df = (7/3)² / ((4/3)²/2 + 1²/1) = (49/9) / (8/9 + 1) = 49/17 ≈ 2.882
    const e = meanDifferenceWelch([2, 4, 6], [1, 3]);
    const se = Math.sqrt(7 / 3);
    const df = 49 / 17;
    expect(e.estimate).toBe(2);
    expect(e.se).toBeCloseTo(se, 14);
    expect(e.df).toBeCloseTo(df, 13);
    const t = tQuantile(0.975, df);
    expect(e.ci[0]).toBeCloseTo(2 - t * se, 12);
    expect(e.ci[1]).toBeCloseTo(2 + t * se, 12);
    expect(e.p).toBeCloseTo(tTwoSidedP(2 / se, df), 12);
    expect(e.method).toBe("means.mean_difference_welch");
    expect(e.n).toBe(5);
  });
  it("gives the same result from summaries as from values", () => {
    const a = meanDifferenceWelch([2, 4, 6], [1, 3]);
    const b = meanDifferenceWelch({ mean: 4, sd: 2, n: 3 }, { mean: 2, sd: Math.SQRT2, n: 2 });
    expect(b.estimate).toBeCloseTo(a.estimate, 14);
    expect(b.ci[0]).toBeCloseTo(a.ci[0], 12);
    expect(b.df).toBeCloseTo(a.df, 12);
  });
  it("changes sign and swaps its limits when the groups are swapped", () => {
    const sample = fc.array(fc.double({ min: -100, max: 100, noNaN: true }), { minLength: 2, maxLength: 20 });
    fc.assert(
      fc.property(sample, sample, (x, y) => {
        const a = meanDifferenceWelch(x, y);
        const b = meanDifferenceWelch(y, x);
        if (Number.isNaN(a.ci[0])) return Number.isNaN(b.ci[0]);
        return (
          Math.abs(a.estimate + b.estimate) < 1e-9 &&
          Math.abs(a.ci[0] + b.ci[1]) < 1e-7 &&
          Math.abs(a.ci[1] + b.ci[0]) < 1e-7 &&
          Math.abs((a.p ?? 0) - (b.p ?? 1)) < 1e-9
        );
      }),
      { seed: 42, numRuns: 200 },
    );
  });
  it("gives a wider interval at a higher level", () => {
    const a = meanDifferenceWelch([2, 4, 6, 9], [1, 3, 2], 0.9);
    const b = meanDifferenceWelch([2, 4, 6, 9], [1, 3, 2], 0.99);
    expect(b.ci[1] - b.ci[0]).toBeGreaterThan(a.ci[1] - a.ci[0]);
  });
  it("is NaN with a note when a group has one value or neither group varies", () => {
    const one = meanDifferenceWelch([5], [1, 3]);
    expect(one.estimate).toBe(3);
    expect(one.ci[0]).toBeNaN();
    expect(one.notes[0]).toMatch(/fewer than 2 values/);
    const flat = meanDifferenceWelch([5, 5], [1, 1]);
    expect(flat.ci[1]).toBeNaN();
    expect(flat.notes[0]).toMatch(/neither group varies/);
  });
  it("throws StatsError on invalid input", () => {
    expect(() => meanDifferenceWelch([], [1, 2])).toThrow(StatsError);
    expect(() => meanDifferenceWelch([1, 2], [1, 2], 0)).toThrow(StatsError);
    expect(() => meanDifferenceWelch([1, Number.POSITIVE_INFINITY], [1, 2])).toThrow(StatsError);
  });
});
