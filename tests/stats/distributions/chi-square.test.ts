import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  chiSquareCdf,
  chiSquareQuantile,
  chiSquareQuantileUpper,
  chiSquareSf,
} from "../../../src/stats/distributions/chi-square.js";
import { normalQuantile, normalTwoSidedP } from "../../../src/stats/distributions/normal.js";

const rel = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);

describe("chi-square distribution", () => {
  it("with 2 df is exponential with mean 2: P(X > x) = e^(−x/2)", () => {
    for (const x of [1e-8, 0.3, 2, 10, 100, 1400]) {
      expect(rel(chiSquareSf(x, 2), Math.exp(-x / 2))).toBeLessThan(1e-13);
      expect(rel(chiSquareCdf(x, 2), -Math.expm1(-x / 2))).toBeLessThan(1e-13);
    }
    for (const p of [1e-200, 1e-6, 0.05, 0.5, 0.99]) {
      expect(rel(chiSquareQuantile(p, 2), -2 * Math.log1p(-p))).toBeLessThan(1e-13);
      expect(rel(chiSquareQuantileUpper(p, 2), -2 * Math.log(p))).toBeLessThan(1e-13);
    }
  });

  it("with 1 df is the square of a normal: qchisq(0.95, 1) = qnorm(0.975)² = 3.841458820694124", () => {
    expect(rel(chiSquareQuantile(0.95, 1), normalQuantile(0.975) ** 2)).toBeLessThan(1e-14);
    expect(rel(chiSquareQuantile(0.95, 1), 3.841458820694124)).toBeLessThan(1e-14);
    fc.assert(
      fc.property(fc.double({ min: 0.001, max: 37, noNaN: true }), (z) => {
        return rel(chiSquareSf(z * z, 1), normalTwoSidedP(z)) < 1e-13;
      }),
      { seed: 42, numRuns: 200 },
    );
  });

  it("inverts itself over df and p", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -200, max: -0.01, noNaN: true }),
        fc.double({ min: -1, max: 4, noNaN: true }),
        fc.boolean(),
        (logP, logDf, upper) => {
          const p = Math.exp(logP);
          const df = 10 ** logDf;
          if (upper) return rel(chiSquareSf(chiSquareQuantileUpper(p, df), df), p) < 1e-11;
          const x = chiSquareQuantile(p, df);
          // a quantile below the smallest double is returned as 0
          return x < 1e-300 || rel(chiSquareCdf(x, df), p) < 1e-11;
        },
      ),
      { seed: 42, numRuns: 200 },
    );
  });
});
