// Round ticks and domains as Vega's linear scales choose them (report/figures/nice-ticks.ts).
import { describe, expect, it } from "vitest";
import { niceDomain, niceTicks } from "../../../src/report/figures/nice-ticks.js";

describe("niceTicks", () => {
  it("steps by 1, 2 or 5 × 10^k, whichever is nearest (domain ÷ count)", () => {
    // (0.6 − 0)/8 = 0.075: 7.5 × 10^−2 ≥ √50, so a step of 10 × 10^−2
    expect(niceTicks(0, 0.6, 8)).toEqual([0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6]);
    // 2/4 = 0.5: 5 × 10^−1, between √10 and √50, so a step of 0.5
    expect(niceTicks(-1, 1, 4)).toEqual([-1, -0.5, 0, 0.5, 1]);
    // 365/5 = 73: 7.3 × 10 ≥ √50, so a step of 100, ends inside the domain
    expect(niceTicks(0, 365, 5)).toEqual([0, 100, 200, 300]);
  });
  it("writes each tick as an integer over a power of ten, so 0.1 × 3 is 0.3", () => {
    expect(niceTicks(0, 1, 10)).toEqual([0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1]);
  });
  it("gives the start alone for an empty domain", () => {
    expect(niceTicks(2, 2, 8)).toEqual([2]);
  });
});

describe("niceDomain", () => {
  it("rounds the ends out to whole steps for about 10 ticks", () => {
    // 0.5617/10 ≈ 0.056: 5.6 × 10^−2 → step 0.05; ⌈0.5617/0.05⌉ × 0.05 = 0.6
    expect(niceDomain([0, 0.5617])).toEqual([0, 0.6]);
    // 0.86/10 = 0.086 → step 0.1 → 0.9
    expect(niceDomain([0, 0.86])).toEqual([0, 0.9]);
    expect(niceDomain([-3.2, 47])).toEqual([-5, 50]);
  });
});
