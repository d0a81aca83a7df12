import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { logGamma } from "../../../src/stats/distributions/log-gamma.js";

describe("logGamma", () => {
  it("gives ln((n − 1)!) for whole n and ½ ln π at ½", () => {
    let factorial = 1n;
    for (let n = 1; n <= 60; n++) {
      if (n > 1) factorial *= BigInt(n - 1);
      const exact = Math.log(Number(factorial));
      expect(Math.abs(logGamma(n) - exact)).toBeLessThan(2e-15 * Math.max(1, exact));
    }
    expect(logGamma(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 14);
  });

  it("satisfies Γ(x + 1) = x·Γ(x)", () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-6, max: 1e6, noNaN: true }), (x) => {
        return (
          Math.abs(logGamma(x + 1) - logGamma(x) - Math.log(x)) <
          1e-13 * Math.max(1, Math.abs(logGamma(x + 1)))
        );
      }),
      { seed: 42, numRuns: 200 },
    );
  });

  it("is NaN outside (0, ∞)", () => {
    expect(logGamma(0)).toBeNaN();
    expect(logGamma(-1)).toBeNaN();
  });
});
