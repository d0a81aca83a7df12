import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalQuantile } from "../../../src/stats/distributions/normal.js";
import { wilsonInterval } from "../../../src/stats/proportions/wilson-interval.js";
import { restrictedMlRiskDifference } from "../../../src/stats/two-groups/restricted-ml.js";
import { riskDifference } from "../../../src/stats/two-groups/risk-difference.js";
import { StatsError } from "../../../src/util/errors.js";
import { describeTwoGroupIntervalLaws, twoGroupCase } from "../../laws/interval-laws.js";

const g = (events: number, n: number) => ({ events, n });

/** The score statistic at delta, computed the long way from the restricted MLEs. */
function score(a: number, n1: number, c: number, n0: number, delta: number, factor: number): number {
  const r = restrictedMlRiskDifference(delta, a, n1, c, n0);
  return (
    (a / n1 - c / n0 - delta) / Math.sqrt(((r.p1 * (1 - r.p1)) / n1 + (r.p0 * (1 - r.p0)) / n0) * factor)
  );
}

describe("riskDifference (Miettinen–Nurminen and Mee score intervals)", () => {
  it("estimates p̂1 − p̂0", () => {
    // 30/100 − 45/100 = −0.15
    expect(riskDifference(g(30, 100), g(45, 100)).estimate).toBeCloseTo(-0.15, 15);
  });

  it("puts the score statistic at ±z at its limits, with the N/(N − 1) factor for MN and none for Mee", () => {
    const z = normalQuantile(0.975);
    const mn = riskDifference(g(12, 40), g(5, 35));
    expect(score(12, 40, 5, 35, mn.ci[0], 75 / 74)).toBeCloseTo(z, 9);
    expect(score(12, 40, 5, 35, mn.ci[1], 75 / 74)).toBeCloseTo(-z, 9);
    const mee = riskDifference(g(12, 40), g(5, 35), 0.95, { variance: "mee" });
    expect(score(12, 40, 5, 35, mee.ci[0], 1)).toBeCloseTo(z, 9);
    expect(mee.method).toBe("two_by_two.risk_difference_mee");
    // the factor widens the MN interval
    expect(mn.ci[0]).toBeLessThan(mee.ci[0]);
    expect(mn.ci[1]).toBeGreaterThan(mee.ci[1]);
  });

  it("with no events anywhere gives estimate 0 and, for Mee, limits equal to the Wilson limits of each group", () => {
    // a = c = 0: the restricted MLE under δ puts p̃0 = 0 and the score reduces to the Wilson
    // equation of the group that can move: upper limit = Wilson upper of 0/n1
    const e = riskDifference(g(0, 10), g(0, 20), 0.95, { variance: "mee" });
    expect(e.estimate).toBe(0);
    expect(e.ci[1]).toBeCloseTo(wilsonInterval(0, 10).ci[1], 9);
    expect(e.ci[0]).toBeCloseTo(-wilsonInterval(0, 20).ci[1], 9);
  });

  it("reaches −1 or 1 only when the estimate does (all events against none)", () => {
    const e = riskDifference(g(10, 10), g(0, 12));
    expect(e.estimate).toBe(1);
    expect(e.ci[1]).toBe(1);
    expect(e.ci[0]).toBeGreaterThan(0);
    const f = riskDifference(g(0, 10), g(12, 12));
    expect(f.ci[0]).toBe(-1);
    expect(f.ci[1]).toBeLessThan(0);
  });

  it("changes sign when the arms are swapped, swapping the limits", () => {
    fc.assert(
      fc.property(twoGroupCase, fc.boolean(), ({ exposed, comparator }, mee) => {
        const options = { variance: mee ? ("mee" as const) : ("miettinen_nurminen" as const) };
        const ab = riskDifference(exposed, comparator, 0.95, options);
        const ba = riskDifference(comparator, exposed, 0.95, options);
        return (
          Math.abs(ab.estimate + ba.estimate) < 1e-15 &&
          Math.abs(ab.ci[0] + ba.ci[1]) < 1e-12 &&
          Math.abs(ab.ci[1] + ba.ci[0]) < 1e-12
        );
      }),
      { seed: 42, numRuns: 200 },
    );
  });

  it("throws a StatsError naming the empty group", () => {
    expect(() => riskDifference(g(0, 0), g(1, 10))).toThrow(StatsError);
    expect(() => riskDifference(g(0, 0), g(1, 10))).toThrow(/exposed\.n must be at least 1/);
    expect(() => riskDifference(g(1, 10), g(11, 10))).toThrow(/comparator\.events/);
  });
});

describeTwoGroupIntervalLaws("risk_difference_miettinen_nurminen", riskDifference, { bounds: [-1, 1] });
describeTwoGroupIntervalLaws(
  "risk_difference_mee",
  (e, c, l) => riskDifference(e, c, l, { variance: "mee" }),
  {
    bounds: [-1, 1],
  },
);
