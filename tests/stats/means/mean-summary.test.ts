import { describe, expect, it } from "vitest";
import { asMeanSummary, meanSummary } from "../../../src/stats/means/mean-summary.js";
import { StatsError } from "../../../src/util/errors.js";

describe("meanSummary", () => {
  it("computes mean, sd (divisor n − 1) and n", () => {
    // 2, 4, 6: mean 4, squared deviations 4 + 0 + 4 = 8, variance 8/2 = 4, sd 2
    expect(meanSummary([2, 4, 6])).toEqual({ mean: 4, sd: 2, n: 3 });
  });
  it("keeps its accuracy far from zero", () => {
    // 1e9 + (2, 4, 6): the one-pass formula loses the variance here; two-pass gives sd 2
    expect(meanSummary([1e9 + 2, 1e9 + 4, 1e9 + 6]).sd).toBeCloseTo(2, 6);
  });
  it("has NaN sd for one value and throws for none or non-finite values", () => {
    expect(meanSummary([5]).sd).toBeNaN();
    expect(() => meanSummary([])).toThrow(StatsError);
    expect(() => meanSummary([1, Number.NaN])).toThrow(StatsError);
    expect(() => asMeanSummary("f", "x", { mean: 1, sd: -1, n: 3 })).toThrow(StatsError);
  });
});
