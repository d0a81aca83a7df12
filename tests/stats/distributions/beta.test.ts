import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { betaCdf, betaQuantile, betaQuantilePair, betaSf } from "../../../src/stats/distributions/beta.js";
import { incompleteBeta } from "../../../src/stats/distributions/incomplete-beta.js";

const rel = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);

describe("beta distribution", () => {
  it("Beta(1, b) has P(X ≤ x) = 1 − (1 − x)^b, and its quantile inverts it", () => {
    for (const b of [0.5, 1, 7, 300]) {
      for (const x of [1e-12, 0.01, 0.3, 0.9, 0.999]) {
        expect(rel(betaCdf(x, 1, b), -Math.expm1(b * Math.log1p(-x)))).toBeLessThan(1e-13);
        const sf = Math.exp(b * Math.log1p(-x));
        if (sf > 1e-300) expect(rel(betaSf(x, 1, b), sf)).toBeLessThan(1e-12);
      }
      for (const p of [1e-12, 0.025, 0.5, 0.975, 1 - 1e-12]) {
        expect(rel(betaQuantile(p, 1, b), -Math.expm1(Math.log1p(-p) / b))).toBeLessThan(1e-12);
      }
    }
  });

  it("Beta(a, 1) has P(X ≤ x) = x^a", () => {
    for (const a of [0.3, 2.5, 60]) {
      for (const x of [1e-5, 0.2, 0.77]) expect(rel(betaCdf(x, a, 1), x ** a)).toBeLessThan(1e-13);
    }
  });

  it("I_½(2, 3) = 11/16 (by the binomial sum: P(Bin(4, ½) ≥ 2))", () => {
    // P(Bin(4, ½) ≥ 2) = (6 + 4 + 1)/16
    expect(incompleteBeta(0.5, 2, 3).lower).toBeCloseTo(11 / 16, 14);
  });

  it("returns both x and 1 − x to full precision from betaQuantilePair", () => {
    // Beta(1, 7): 1 − x = (1 − p)^(1/7), exact for p near 1
    const [x, y] = betaQuantilePair(1 - 1e-12, 1, 7);
    expect(rel(y, 1e-12 ** (1 / 7))).toBeLessThan(1e-3);
    expect(x + y).toBeCloseTo(1, 15);
  });

  it("inverts itself over shapes and p, both tails", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -200, max: -0.01, noNaN: true }),
        fc.double({ min: -1, max: 4, noNaN: true }),
        fc.double({ min: -1, max: 4, noNaN: true }),
        fc.boolean(),
        (logP, la, lb, upper) => {
          const p = Math.exp(logP);
          const a = 10 ** la;
          const b = 10 ** lb;
          const [x, y] = betaQuantilePair(p, a, b, upper);
          const t = incompleteBeta(x, a, b, y);
          // a quantile below the smallest double is returned as 0
          if (x < 1e-300 || y < 1e-300) return true;
          return rel(upper ? t.upper : t.lower, p) < 1e-10;
        },
      ),
      { seed: 42, numRuns: 200 },
    );
  });
});
