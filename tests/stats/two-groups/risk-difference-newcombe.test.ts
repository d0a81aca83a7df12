import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { wilsonInterval } from "../../../src/stats/proportions/wilson-interval.js";
import { riskDifferenceNewcombe } from "../../../src/stats/two-groups/risk-difference-newcombe.js";
import { StatsError } from "../../../src/util/errors.js";
import { describeTwoGroupIntervalLaws, twoGroupCase } from "../../laws/interval-laws.js";

const g = (events: number, n: number) => ({ events, n });

describe("riskDifferenceNewcombe (hybrid score, Newcombe 1998b method 10)", () => {
  it("reproduces Newcombe's worked example 56/70 − 48/80: 0.0524 to 0.3339", () => {
    // Newcombe (1998b), Table II, example (a), method 10
    const e = riskDifferenceNewcombe(g(56, 70), g(48, 80));
    expect(e.estimate).toBeCloseTo(0.2, 14);
    expect(e.ci[0]).toBeCloseTo(0.0524, 4);
    expect(e.ci[1]).toBeCloseTo(0.3339, 4);
  });

  it("combines the Wilson limits of each group by Pythagoras", () => {
    // L = δ − √((p1 − l1)² + (u0 − p0)²) with p1 = 3/10, p0 = 1/10
    const [l1] = wilsonInterval(3, 10).ci;
    const [, u0] = wilsonInterval(1, 10).ci;
    const e = riskDifferenceNewcombe(g(3, 10), g(1, 10));
    expect(e.ci[0]).toBeCloseTo(0.2 - Math.hypot(0.3 - l1, u0 - 0.1), 14);
  });

  it("changes sign when the arms are swapped, swapping the limits", () => {
    fc.assert(
      fc.property(twoGroupCase, ({ exposed, comparator }) => {
        const ab = riskDifferenceNewcombe(exposed, comparator);
        const ba = riskDifferenceNewcombe(comparator, exposed);
        return Math.abs(ab.ci[0] + ba.ci[1]) < 1e-13 && Math.abs(ab.ci[1] + ba.ci[0]) < 1e-13;
      }),
      { seed: 42, numRuns: 200 },
    );
  });

  it("throws a StatsError for an empty group", () => {
    expect(() => riskDifferenceNewcombe(g(0, 10), g(0, 0))).toThrow(StatsError);
  });
});

describeTwoGroupIntervalLaws("risk_difference_newcombe", riskDifferenceNewcombe, { bounds: [-1, 1] });
