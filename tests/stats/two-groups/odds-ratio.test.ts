import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { oddsRatio } from "../../../src/stats/two-groups/odds-ratio.js";
import { StatsError } from "../../../src/util/errors.js";
import { describeTwoGroupIntervalLaws, twoGroupCase } from "../../laws/interval-laws.js";

const g = (events: number, n: number) => ({ events, n });
const close = (a: number, b: number, tol: number) =>
  a === b || Math.abs(a - b) <= tol * Math.max(Math.abs(a), Math.abs(b));

describe("oddsRatio (Miettinen–Nurminen score interval)", () => {
  it("estimates ad/(bc)", () => {
    // a = 30, b = 70, c = 45, d = 55: 30·55/(70·45) = 1650/3150
    expect(oddsRatio(g(30, 100), g(45, 100)).estimate).toBeCloseTo(1650 / 3150, 15);
  });

  it("gives estimate and lower limit 0 for a zero in a, and ∞ upper for a zero in c", () => {
    const zeroA = oddsRatio(g(0, 16), g(42, 46));
    expect(zeroA.estimate).toBe(0);
    expect(zeroA.ci[0]).toBe(0);
    expect(Number.isFinite(zeroA.ci[1])).toBe(true);
    const zeroC = oddsRatio(g(5, 56), g(0, 29));
    expect(zeroC.estimate).toBe(Number.POSITIVE_INFINITY);
    expect(zeroC.ci[1]).toBe(Number.POSITIVE_INFINITY);
    expect(zeroC.ci[0]).toBeGreaterThan(0);
  });

  it("gives ∞ when the exposed group all have the event", () => {
    const e = oddsRatio(g(7, 7), g(3, 9));
    expect(e.estimate).toBe(Number.POSITIVE_INFINITY);
    expect(e.ci[1]).toBe(Number.POSITIVE_INFINITY);
    expect(e.ci[0]).toBeGreaterThan(1);
  });

  it("is not estimable with no events at all, or events in everyone", () => {
    expect(oddsRatio(g(0, 5), g(0, 6)).estimate).toBeNaN();
    const all = oddsRatio(g(5, 5), g(6, 6));
    expect(all.estimate).toBeNaN();
    expect(all.notes[0]).toMatch(/not estimable/);
  });

  it("inverts when the arms are swapped, swapping the limits", () => {
    fc.assert(
      fc.property(twoGroupCase, ({ exposed, comparator }) => {
        const ab = oddsRatio(exposed, comparator);
        const ba = oddsRatio(comparator, exposed);
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

  it("is unchanged when events and non-events swap in both groups, up to inversion", () => {
    // OR of non-events = 1/OR of events
    const e = oddsRatio(g(12, 40), g(5, 35));
    const f = oddsRatio(g(28, 40), g(30, 35));
    expect(e.ci[0]).toBeCloseTo(1 / f.ci[1], 10);
    expect(e.ci[1]).toBeCloseTo(1 / f.ci[0], 10);
  });

  it("throws a StatsError for an empty group", () => {
    expect(() => oddsRatio(g(0, 0), g(0, 3))).toThrow(StatsError);
  });
});

describeTwoGroupIntervalLaws("odds_ratio_miettinen_nurminen", oddsRatio, {
  bounds: [0, Number.POSITIVE_INFINITY],
});
