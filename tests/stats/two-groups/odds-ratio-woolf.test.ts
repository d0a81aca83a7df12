import { describe, expect, it } from "vitest";
import { oddsRatioWoolf } from "../../../src/stats/two-groups/odds-ratio-woolf.js";
import { StatsError } from "../../../src/util/errors.js";
import { describeTwoGroupIntervalLaws } from "../../laws/interval-laws.js";

const Z95 = 1.959963984540054;

describe("oddsRatioWoolf", () => {
  it("is exp(ln OR ± z·√(1/a + 1/b + 1/c + 1/d))", () => {
    // a = 2, b = 2, c = 1, d = 3: OR = 2·3/(2·1) = 3, se = √(1/2 + 1/2 + 1 + 1/3) = √(7/3)
    const e = oddsRatioWoolf({ events: 2, n: 4 }, { events: 1, n: 4 });
    expect(e.estimate).toBe(3);
    expect(e.se).toBeCloseTo(Math.sqrt(7 / 3), 15);
    expect(e.ci[0]).toBeCloseTo(3 * Math.exp(-Z95 * Math.sqrt(7 / 3)), 14);
  });

  it("is unbounded with a zero cell and not estimable with an empty margin", () => {
    expect(oddsRatioWoolf({ events: 4, n: 4 }, { events: 1, n: 4 }).ci).toEqual([
      0,
      Number.POSITIVE_INFINITY,
    ]);
    expect(oddsRatioWoolf({ events: 4, n: 4 }, { events: 4, n: 4 }).estimate).toBeNaN();
  });

  it("throws a StatsError for events above n", () => {
    expect(() => oddsRatioWoolf({ events: 5, n: 4 }, { events: 0, n: 4 })).toThrow(StatsError);
  });
});

describeTwoGroupIntervalLaws("odds_ratio_woolf", oddsRatioWoolf, { bounds: [0, Number.POSITIVE_INFINITY] });
