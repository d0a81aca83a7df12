import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { brentRoot } from "../../../src/stats/two-groups/brent-root.js";
import { findRoot } from "../../../src/stats/two-groups/find-root.js";

describe("root finders", () => {
  it("findRoot bisects to the last floating-point digit, for rising and falling functions", () => {
    expect(findRoot((x) => x * x - 2, 0, 2)).toBeCloseTo(Math.SQRT2, 15);
    expect(findRoot((x) => 2 - x * x, 0, 2)).toBeCloseTo(Math.SQRT2, 15);
    fc.assert(
      fc.property(fc.double({ min: -50, max: 50, noNaN: true }), (r) => {
        const root = findRoot((x) => Math.tanh(x - r), -100, 100);
        return Math.abs(root - r) <= 1e-13 * Math.max(1, Math.abs(r));
      }),
      { seed: 42, numRuns: 200 },
    );
  });

  it("brentRoot converges to its tolerance, far faster than bisection", () => {
    let calls = 0;
    const root = brentRoot(
      (x) => {
        calls++;
        return Math.cos(x) - x;
      },
      0,
      1,
      1e-14,
    );
    // the Dottie number, cos(x) = x
    expect(root).toBeCloseTo(0.7390851332151607, 13);
    expect(calls).toBeLessThan(15);
  });

  it("brentRoot stops at the tolerance it is given (uniroot's ε^¼ leaves about 1e-4)", () => {
    const coarse = brentRoot((x) => x ** 3 - 0.001, 0, 1, 2.220446049250313e-16 ** 0.25);
    expect(Math.abs(coarse - 0.1)).toBeLessThan(2e-4);
  });
});
