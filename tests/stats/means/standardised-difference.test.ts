import { describe, expect, it } from "vitest";
import { standardisedDifference } from "../../../src/stats/means/standardised-difference.js";
import { StatsError } from "../../../src/util/errors.js";

describe("standardisedDifference", () => {
  it("continuous hand case", () => {
    // exposed 2, 4, 6: mean 4, s² = 4; comparator 1, 3: mean 2, s² = 2
    // d = (4 − 2) / √((4 + 2)/2) = 2/√3 ≈ 1.1547
    const d = standardisedDifference([2, 4, 6], [1, 3]);
    expect(d.estimate).toBeCloseTo(2 / Math.sqrt(3), 14);
    expect(d.method).toBe("means.standardised_difference");
    expect(d.ci[0]).toBeNaN();
    expect(d.n).toBe(5);
  });
  it("binary hand case", () => {
    // p₁ = 2/4 = 0.5, p₀ = 1/4 = 0.25; (0.5·0.5 + 0.25·0.75)/2 = (0.25 + 0.1875)/2 = 0.21875
    // d = 0.25 / √0.21875 ≈ 0.5345
    const d = standardisedDifference({ events: 2, n: 4 }, { events: 1, n: 4 });
    expect(d.estimate).toBeCloseTo(0.25 / Math.sqrt(0.21875), 14);
  });
  it("changes sign when the groups are swapped", () => {
    const a = standardisedDifference({ mean: 10, sd: 3, n: 50 }, { mean: 8, sd: 4, n: 60 });
    const b = standardisedDifference({ mean: 8, sd: 4, n: 60 }, { mean: 10, sd: 3, n: 50 });
    // 2 / √((9 + 16)/2) = 2/√12.5
    expect(a.estimate).toBeCloseTo(2 / Math.sqrt(12.5), 14);
    expect(b.estimate).toBeCloseTo(-a.estimate, 14);
  });
  it("is NaN with a note when neither group varies", () => {
    const d = standardisedDifference({ events: 0, n: 5 }, { events: 0, n: 7 });
    expect(d.estimate).toBeNaN();
    expect(d.notes[0]).toMatch(/^not estimable/);
    expect(standardisedDifference([3, 3], [3, 3]).estimate).toBeNaN();
  });
  it("throws StatsError on mixed or invalid groups", () => {
    expect(() => standardisedDifference({ events: 1, n: 4 }, [1, 2, 3])).toThrow(StatsError);
    expect(() => standardisedDifference({ events: 5, n: 4 }, { events: 1, n: 4 })).toThrow(StatsError);
  });
});
