import { describe, expect, it } from "vitest";
import { binomialCdf, binomialSf } from "../../../src/stats/distributions/binomial.js";
import { clopperPearsonInterval } from "../../../src/stats/proportions/clopper-pearson-interval.js";
import { StatsError } from "../../../src/util/errors.js";
import { describeIntervalLaws } from "../../laws/interval-laws.js";

describe("clopperPearsonInterval", () => {
  it("gives 1 − (α/2)^(1/n) as the upper limit when x = 0 and mirrors it when x = n", () => {
    // x = 0: P(X ≤ 0 | p) = (1 − p)^n = 0.025  ⇒  p = 1 − 0.025^(1/n)
    const none = clopperPearsonInterval(0, 8);
    expect(none.ci[0]).toBe(0);
    expect(none.ci[1]).toBeCloseTo(1 - 0.025 ** (1 / 8), 13);
    const all = clopperPearsonInterval(8, 8);
    expect(all.ci[1]).toBe(1);
    expect(all.ci[0]).toBeCloseTo(0.025 ** (1 / 8), 13);
  });

  it("puts α/2 in each binomial tail at its limits (the defining equations)", () => {
    // lower: P(X ≥ x | p_L) = 0.025; upper: P(X ≤ x | p_U) = 0.025
    const [lo, hi] = clopperPearsonInterval(7, 20).ci;
    expect(binomialSf(6, 20, lo)).toBeCloseTo(0.025, 13);
    expect(binomialCdf(7, 20, hi)).toBeCloseTo(0.025, 13);
  });

  it("throws a StatsError for an empty group", () => {
    expect(() => clopperPearsonInterval(0, 0)).toThrow(StatsError);
  });
});

describeIntervalLaws("clopper_pearson", clopperPearsonInterval, { bounds: [0, 1] });
