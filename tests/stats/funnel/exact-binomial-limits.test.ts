import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { binomialLimit, exactBinomialLimits } from "../../../src/stats/funnel/exact-binomial-limits.js";
import { StatsError } from "../../../src/util/errors.js";

describe("hand cases", () => {
  it("n = 1, p0 = 0.5", () => {
    // F(0) = 0.5, F(1) = 1. q = 0.975: r = 1, α = (1 − 0.975)/(1 − 0.5) = 0.05, limit 0.95
    // q = 0.025: r = 0, α = (0.5 − 0.025)/0.5 = 0.95, limit −0.95 → clipped to 0
    const [l] = exactBinomialLimits(0.5, [1]).limits;
    expect(l.upper95).toBeCloseTo(0.95, 12);
    expect(l.lower95).toBe(0);
    // q = 0.999: α = 0.001/0.5 = 0.002, limit 0.998
    expect(l.upper998).toBeCloseTo(0.998, 12);
  });
  it("n = 10, p0 = 0.5 lower limits", () => {
    // F(0) = 1/1024, F(1) = 11/1024, F(2) = 56/1024
    // q = 0.025: r = 2, α = (56/1024 − 0.025)/(45/1024) = 30.4/45; limit (2 − 30.4/45)/10
    expect(binomialLimit(0.025, 10, 0.5)).toBeCloseTo((2 - 30.4 / 45) / 10, 12);
    // q = 0.001: r = 1, α = (11/1024 − 0.001)/(10/1024) = (11 − 1.024)/10; limit (1 − α)/10
    expect(binomialLimit(0.001, 10, 0.5)).toBeCloseTo((1 - 9.976 / 10) / 10, 12);
  });
  it("a target of 0 or 1 gives limits at the target", () => {
    const [l0] = exactBinomialLimits(0, [50]).limits;
    expect([l0.lower998, l0.upper998]).toEqual([0, 0]);
    const [l1] = exactBinomialLimits(1, [50]).limits;
    expect([l1.lower998, l1.upper998]).toEqual([1, 1]);
  });
  it("keeps n and the method id", () => {
    const r = exactBinomialLimits(0.36, [20, 100]);
    expect(r.limits.map((l) => l.n)).toEqual([20, 100]);
    expect(r.method).toBe("funnel.exact_binomial_limits");
    expect(r.references).toContain("spiegelhalter2005");
  });
  it("rejects a target outside [0, 1] and n that is not a positive whole number", () => {
    expect(() => exactBinomialLimits(1.2, [10])).toThrow(StatsError);
    expect(() => exactBinomialLimits(0.3, [0])).toThrow(StatsError);
    expect(() => exactBinomialLimits(0.3, [10.5])).toThrow(StatsError);
  });
});

describe("laws (where the expected count n·min(p0, 1 − p0) is at least 1)", () => {
  const target = fc.integer({ min: 1, max: 99 }).map((i) => i / 100);
  const n = fc.integer({ min: 1, max: 2000 });
  const enough = (p: number, m: number) => m * Math.min(p, 1 - p) >= 1;
  it("limits lie in [0, 1], the 99.8% limits outside the 95% ones, around the target", () => {
    fc.assert(
      fc.property(target, n, (p, m) => {
        fc.pre(enough(p, m));
        const [l] = exactBinomialLimits(p, [m]).limits;
        return (
          0 <= l.lower998 &&
          l.lower998 <= l.lower95 &&
          l.lower95 <= p &&
          p <= l.upper95 &&
          l.upper95 <= l.upper998 &&
          l.upper998 <= 1
        );
      }),
      { seed: 42, numRuns: 200 },
    );
  });
  it("the funnel narrows: the 95% band at 4n is narrower than at n", () => {
    fc.assert(
      fc.property(target, fc.integer({ min: 1, max: 500 }), (p, m) => {
        fc.pre(enough(p, m));
        const [a, b] = exactBinomialLimits(p, [m, 4 * m]).limits;
        return (
          b.upper95 - b.lower95 < a.upper95 - a.lower95 && b.upper998 - b.lower998 < a.upper998 - a.lower998
        );
      }),
      { seed: 42, numRuns: 200 },
    );
  });
});
