import { describe, expect, it } from "vitest";
import { betaCdf } from "../../../src/stats/distributions/beta.js";
import { jeffreysInterval } from "../../../src/stats/proportions/jeffreys-interval.js";
import { StatsError } from "../../../src/util/errors.js";
import { describeIntervalLaws } from "../../laws/interval-laws.js";

describe("jeffreysInterval", () => {
  it("takes the 2.5% and 97.5% points of Beta(x + ½, n − x + ½)", () => {
    const [lo, hi] = jeffreysInterval(3, 12).ci;
    expect(betaCdf(lo, 3.5, 9.5)).toBeCloseTo(0.025, 13);
    expect(betaCdf(hi, 3.5, 9.5)).toBeCloseTo(0.975, 13);
  });

  it("sets the lower limit to 0 at x = 0 and the upper to 1 at x = n", () => {
    expect(jeffreysInterval(0, 5).ci[0]).toBe(0);
    expect(jeffreysInterval(5, 5).ci[1]).toBe(1);
  });

  it("throws a StatsError for x above n", () => {
    expect(() => jeffreysInterval(6, 5)).toThrow(StatsError);
  });
});

describeIntervalLaws("jeffreys", jeffreysInterval, { bounds: [0, 1] });
