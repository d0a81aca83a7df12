import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sampleQuantile } from "../../../src/stats/resampling/sample-quantile.js";

describe("sampleQuantile (Hyndman–Fan type 6)", () => {
  it("interpolates the (R + 1)p-th order statistic", () => {
    // R = 4, p = 0.5: h = 2.5, halfway between x(2) = 2 and x(3) = 3
    expect(sampleQuantile([1, 2, 3, 4], 0.5)).toBe(2.5);
    // R = 39, p = 0.025: h = 1, x(1); p = 0.975: h = 39, x(39)
    const x = Array.from({ length: 39 }, (_, i) => i + 1);
    expect(sampleQuantile(x, 0.025)).toBe(1);
    expect(sampleQuantile(x, 0.975)).toBe(39);
    // R = 4, p = 0.3: h = 1.5, 1 + 0.5·(2 − 1) = 1.5
    expect(sampleQuantile([1, 2, 3, 4], 0.3)).toBeCloseTo(1.5, 14);
  });
  it("holds the extremes outside [1, R] and is NaN for no values", () => {
    expect(sampleQuantile([5, 7], 0.01)).toBe(5);
    expect(sampleQuantile([5, 7], 0.99)).toBe(7);
    expect(sampleQuantile([], 0.5)).toBeNaN();
  });
  it("is non-decreasing in p and stays within the sample", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 50 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (values, p, q) => {
          const sorted = Float64Array.from(values).sort();
          const [lo, hi] = p <= q ? [p, q] : [q, p];
          const a = sampleQuantile(sorted, lo);
          const b = sampleQuantile(sorted, hi);
          return a <= b && a >= sorted[0] && b <= sorted[sorted.length - 1];
        },
      ),
      { seed: 42, numRuns: 200 },
    );
  });
});
