import { describe, expect, it } from "vitest";
import { riskDifferenceWald } from "../../../src/stats/two-groups/risk-difference-wald.js";
import { StatsError } from "../../../src/util/errors.js";
import { describeTwoGroupIntervalLaws } from "../../laws/interval-laws.js";

const Z95 = 1.959963984540054;

describe("riskDifferenceWald", () => {
  it("is δ̂ ± z·√(p1q1/n1 + p0q0/n0)", () => {
    // 3/10 − 1/10 = 0.2; se = √(0.3·0.7/10 + 0.1·0.9/10) = √0.03
    const e = riskDifferenceWald({ events: 3, n: 10 }, { events: 1, n: 10 });
    expect(e.estimate).toBeCloseTo(0.2, 15);
    expect(e.se).toBeCloseTo(Math.sqrt(0.03), 15);
    expect(e.ci[1]).toBeCloseTo(0.2 + Z95 * Math.sqrt(0.03), 14);
  });

  it("has zero width, with a note, when every proportion is 0 or 1", () => {
    const e = riskDifferenceWald({ events: 0, n: 10 }, { events: 5, n: 5 });
    expect(e.ci).toEqual([-1, -1]);
    expect(e.notes.join(" ")).toMatch(/zero width/);
  });

  it("throws a StatsError for an empty group", () => {
    expect(() => riskDifferenceWald({ events: 0, n: 0 }, { events: 0, n: 5 })).toThrow(StatsError);
  });
});

describeTwoGroupIntervalLaws("risk_difference_wald", riskDifferenceWald);
