import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fCdf, fQuantile, fQuantileUpper, fSf } from "../../../src/stats/distributions/f.js";
import { tQuantile, tTwoSidedP } from "../../../src/stats/distributions/t.js";

const rel = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);

describe("F distribution", () => {
  it("with 1 and d degrees of freedom is the square of t(d)", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 50, noNaN: true }),
        fc.double({ min: 0, max: 4, noNaN: true }),
        (t, logD) => {
          const d = 10 ** logD;
          const p = tTwoSidedP(t, d);
          // below 1e-300 the doubles are subnormal and carry fewer digits
          return p < 1e-300 || rel(fSf(t * t, 1, d), p) < 1e-12;
        },
      ),
      { seed: 42, numRuns: 200 },
    );
    expect(rel(fQuantile(0.95, 1, 10), tQuantile(0.975, 10) ** 2)).toBeLessThan(1e-13);
  });

  it("with 2 and 2 df has P(F ≤ f) = f/(1 + f)", () => {
    for (const f of [1e-9, 0.5, 3, 1e6]) {
      expect(rel(fCdf(f, 2, 2), f / (1 + f))).toBeLessThan(1e-13);
      expect(rel(fSf(f, 2, 2), 1 / (1 + f))).toBeLessThan(1e-13);
    }
  });

  it("inverts itself in both tails", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -100, max: -0.01, noNaN: true }),
        fc.double({ min: -0.5, max: 3, noNaN: true }),
        fc.double({ min: -0.5, max: 3, noNaN: true }),
        (logP, l1, l2) => {
          const p = Math.exp(logP);
          const d1 = 10 ** l1;
          const d2 = 10 ** l2;
          return (
            rel(fCdf(fQuantile(p, d1, d2), d1, d2), p) < 1e-10 &&
            rel(fSf(fQuantileUpper(p, d1, d2), d1, d2), p) < 1e-10
          );
        },
      ),
      { seed: 42, numRuns: 200 },
    );
  });
});
