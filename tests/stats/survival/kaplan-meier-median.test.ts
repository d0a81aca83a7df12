import { describe, expect, it } from "vitest";
import { kaplanMeierMedian } from "../../../src/stats/survival/kaplan-meier-median.js";
import { StatsError } from "../../../src/util/errors.js";

describe("kaplanMeierMedian", () => {
  it("takes the midpoint where S sits at ½ and then drops", () => {
    // S = 3/4, 1/2, 1/4, 0 at days 1–4: ½ from day 2 to day 3 ⇒ (2 + 3)/2
    const m = kaplanMeierMedian({ time: [1, 2, 3, 4], event: [1, 1, 1, 1] });
    expect(m.estimate).toBe(2.5);
    expect(m.method).toBe("survival.km_median");
  });

  it("uses the last observed time when S stays at ½ to the end (quantile(), not print())", () => {
    // S = 3/4 at 10, 1/2 at 20 and after (30, 40 censored) ⇒ (20 + 40)/2 = 30
    expect(kaplanMeierMedian({ time: [10, 20, 30, 40], event: [1, 1, 0, 0] }).estimate).toBe(30);
  });

  it("takes the first time S falls below ½", () => {
    // S = 2/3, 1/3, 0 ⇒ day 2
    expect(kaplanMeierMedian({ time: [1, 2, 3], event: [1, 1, 1] }).estimate).toBe(2);
  });

  it("is not reached (NaN, with a note) when S stays above ½", () => {
    const m = kaplanMeierMedian({ time: [1, 2, 3, 4], event: [1, 0, 0, 0] });
    expect(m.estimate).toBeNaN();
    expect(m.ci[1]).toBeNaN();
    expect(m.notes.join(" ")).toMatch(/median not reached/);
  });

  it("leaves the upper limit undefined when its curve is above ½ where S reaches 0", () => {
    // 10 events, no censoring: at S = 0.1, Greenwood σ² = Σ 1/(k(k − 1)), k = 2..10 = 0.9, and
    // 0.1·exp(1.96·√0.9) ≈ 0.64 > ½; at S = 0 the curve is undefined
    const m = kaplanMeierMedian({ time: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], event: Array(10).fill(1) });
    expect(m.estimate).toBe(5.5);
    expect(m.ci[0]).toBeLessThan(5.5);
    expect(m.ci[1]).toBeNaN();
  });

  it("counts those at risk at each time (censored at t included, 0 beyond the end)", () => {
    const m = kaplanMeierMedian({ time: [1, 2, 2, 4], event: [1, 0, 1, 1] }, { riskTimes: [0, 2, 3, 5] });
    expect(m.nRisk).toEqual([4, 3, 1, 0]);
    expect(m.riskTimes).toEqual([0, 2, 3, 5]);
  });

  it("orders lower ≤ median ≤ upper when all are reached", () => {
    const time = Array.from({ length: 40 }, (_, i) => i + 1);
    const event = time.map((t) => (t % 3 === 0 ? 0 : 1));
    const m = kaplanMeierMedian({ time, event });
    expect(m.ci[0]).toBeLessThanOrEqual(m.estimate);
    expect(m.estimate).toBeLessThanOrEqual(m.ci[1]);
  });

  it("throws a StatsError for a risk time that is not a number", () => {
    expect(() => kaplanMeierMedian({ time: [1], event: [1] }, { riskTimes: [Number.NaN] })).toThrow(
      StatsError,
    );
  });
});
