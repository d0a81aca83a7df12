import { describe, expect, it } from "vitest";
import { waldInterval } from "../../../src/stats/proportions/wald-interval.js";
import { StatsError } from "../../../src/util/errors.js";
import { describeIntervalLaws } from "../../laws/interval-laws.js";

const Z95 = 1.959963984540054;

describe("waldInterval", () => {
  it("is p̂ ± z·√(p̂(1 − p̂)/n)", () => {
    // 5/10: se = √(0.5·0.5/10) = √0.025
    const e = waldInterval(5, 10);
    expect(e.se).toBeCloseTo(Math.sqrt(0.025), 15);
    expect(e.ci[0]).toBeCloseTo(0.5 - Z95 * Math.sqrt(0.025), 14);
    expect(e.ci[1]).toBeCloseTo(0.5 + Z95 * Math.sqrt(0.025), 14);
  });

  it("has zero width at x = 0 and says so", () => {
    const e = waldInterval(0, 10);
    expect(e.ci).toEqual([0, 0]);
    expect(e.notes.join(" ")).toMatch(/zero width/);
  });

  it("throws a StatsError for an empty group", () => {
    expect(() => waldInterval(0, 0)).toThrow(StatsError);
  });
});

describeIntervalLaws("wald", waldInterval);
