import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalQuantile } from "../../../src/stats/distributions/normal.js";
import { restrictedMlRiskRatio } from "../../../src/stats/two-groups/restricted-ml.js";
import { riskRatio } from "../../../src/stats/two-groups/risk-ratio.js";
import { StatsError } from "../../../src/util/errors.js";
import { describeTwoGroupIntervalLaws, twoGroupCase } from "../../laws/interval-laws.js";

const g = (events: number, n: number) => ({ events, n });
const close = (a: number, b: number, tol: number) =>
  a === b || Math.abs(a - b) <= tol * Math.max(Math.abs(a), Math.abs(b));

describe("riskRatio (Miettinen–Nurminen score interval)", () => {
  it("estimates p̂1/p̂0 and puts the score statistic at ±z at its limits", () => {
    // 30/100 over 45/100 = 2/3
    const e = riskRatio(g(30, 100), g(45, 100));
    expect(e.estimate).toBeCloseTo(2 / 3, 15);
    const z = (phi: number) => {
      const r = restrictedMlRiskRatio(phi, 30, 100, 45, 100);
      const v = ((r.p1 * (1 - r.p1)) / 100 + (phi * phi * r.p0 * (1 - r.p0)) / 100) * (200 / 199);
      return (0.3 - phi * 0.45) / Math.sqrt(v);
    };
    expect(z(e.ci[0])).toBeCloseTo(normalQuantile(0.975), 8);
    expect(z(e.ci[1])).toBeCloseTo(-normalQuantile(0.975), 8);
  });

  it("gives estimate and lower limit 0 when the exposed group has no events", () => {
    const e = riskRatio(g(0, 12), g(5, 11));
    expect(e.estimate).toBe(0);
    expect(e.ci[0]).toBe(0);
    expect(e.ci[1]).toBeGreaterThan(0);
    expect(Number.isFinite(e.ci[1])).toBe(true);
  });

  it("gives estimate and upper limit ∞ when the comparator has no events", () => {
    const e = riskRatio(g(5, 56), g(0, 29));
    expect(e.estimate).toBe(Number.POSITIVE_INFINITY);
    expect(e.ci[1]).toBe(Number.POSITIVE_INFINITY);
    expect(e.ci[0]).toBeGreaterThan(0);
  });

  it("is 1 with a finite interval when everyone has the event", () => {
    const e = riskRatio(g(7, 7), g(9, 9));
    expect(e.estimate).toBe(1);
    expect(e.ci[0]).toBeLessThan(1);
    expect(e.ci[1]).toBeGreaterThan(1);
  });

  it("is not estimable (NaN and a note) with no events at all", () => {
    const e = riskRatio(g(0, 10), g(0, 20));
    expect(e.estimate).toBeNaN();
    expect(e.ci[0]).toBeNaN();
    expect(e.notes[0]).toMatch(/not estimable/);
  });

  it("inverts when the arms are swapped, swapping the limits", () => {
    fc.assert(
      fc.property(twoGroupCase, ({ exposed, comparator }) => {
        const ab = riskRatio(exposed, comparator);
        const ba = riskRatio(comparator, exposed);
        if (Number.isNaN(ab.estimate)) return Number.isNaN(ba.estimate);
        return (
          close(ab.estimate, 1 / ba.estimate, 1e-14) &&
          close(ab.ci[0], 1 / ba.ci[1], 1e-11) &&
          close(ab.ci[1], 1 / ba.ci[0], 1e-11)
        );
      }),
      { seed: 42, numRuns: 200 },
    );
  });

  it("throws a StatsError for an empty group", () => {
    expect(() => riskRatio(g(0, 10), g(0, 0))).toThrow(StatsError);
    expect(() => riskRatio(g(0, 10), g(0, 0))).toThrow(/comparator\.n must be at least 1/);
  });
});

describeTwoGroupIntervalLaws("risk_ratio_miettinen_nurminen", riskRatio, {
  bounds: [0, Number.POSITIVE_INFINITY],
});
