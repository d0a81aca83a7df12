import { describe, expect, it } from "vitest";
import { caceWaldRatio } from "../../../src/stats/iv/cace-wald-ratio.js";
import { StatsError } from "../../../src/util/errors.js";

describe("caceWaldRatio", () => {
  // assigned 1: received 1,1,1,0 (0.75), outcome 1,0,1,0 (0.5); assigned 0: received 0 (0), outcome 0,1,0,0 (0.25).
  // CACE = (0.5 − 0.25)/(0.75 − 0) = 1/3.
  const assigned = [1, 1, 1, 1, 0, 0, 0, 0];
  const received = [1, 1, 1, 0, 0, 0, 0, 0];
  const outcome = [1, 0, 1, 0, 0, 1, 0, 0];

  it("is the ITT difference over the difference in receipt (hand case)", () => {
    const e = caceWaldRatio(outcome, received, assigned);
    expect(e.estimate).toBeCloseTo(1 / 3, 12);
    expect(e.ci[0]).toBeLessThan(e.estimate);
    expect(e.ci[1]).toBeGreaterThan(e.estimate);
    expect(e.method).toBe("iv.cace_wald_ratio");
  });

  it("equals the ITT difference with full compliance, with the two-sample SE", () => {
    // received = assigned: ratio = 0.5 − 0.25; var = s1²/4 + s0²/4 with s1² = 1/3, s0² = 0.25.
    const e = caceWaldRatio(outcome, assigned, assigned);
    expect(e.estimate).toBeCloseTo(0.25, 12);
    expect(e.se).toBeCloseTo(Math.sqrt(1 / 3 / 4 + 0.25 / 4), 12);
  });

  it("is not estimable when receipt does not differ between arms", () => {
    const e = caceWaldRatio(outcome, [1, 0, 1, 0, 1, 0, 1, 0], assigned);
    expect(e.estimate).toBeNaN();
    expect(e.notes.join(" ")).toMatch(/no compliers/);
  });

  it("throws a StatsError on an assigned value other than 0/1 and on mismatched lengths", () => {
    expect(() =>
      caceWaldRatio(
        outcome,
        received,
        assigned.map((a) => a * 2),
      ),
    ).toThrow(StatsError);
    expect(() => caceWaldRatio(outcome.slice(1), received, assigned)).toThrow(StatsError);
  });
});
