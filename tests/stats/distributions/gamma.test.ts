import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  gammaCdf,
  gammaQuantile,
  gammaQuantileUpper,
  gammaSf,
} from "../../../src/stats/distributions/gamma.js";

const rel = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);

/** Q(n, x) = e^(−x) Σ_{k<n} x^k/k! for whole n (the Poisson–gamma relation). */
function poissonTail(n: number, x: number): number {
  let term = 1;
  let sum = 1;
  for (let k = 1; k < n; k++) {
    term *= x / k;
    sum += term;
  }
  return Math.exp(-x) * sum;
}

describe("gamma distribution", () => {
  it("with shape 1 is exponential", () => {
    for (const x of [1e-10, 0.5, 3, 50, 700]) {
      expect(rel(gammaCdf(x, 1), -Math.expm1(-x))).toBeLessThan(1e-13);
      expect(rel(gammaSf(x, 1), Math.exp(-x))).toBeLessThan(1e-13);
    }
    for (const p of [1e-300, 1e-9, 0.5, 0.999]) {
      expect(rel(gammaQuantile(p, 1), -Math.log1p(-p))).toBeLessThan(1e-13);
      expect(rel(gammaQuantileUpper(p, 1), -Math.log(p))).toBeLessThan(1e-13);
    }
  });

  it("with whole shape n has the Poisson upper tail", () => {
    for (const n of [2, 5, 12, 30]) {
      for (const x of [0.5, n, 3 * n]) expect(rel(gammaSf(x, n), poissonTail(n, x))).toBeLessThan(1e-13);
    }
  });

  it("inverts itself over shape and p, both tails", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -300, max: -0.01, noNaN: true }),
        fc.double({ min: -2, max: 5, noNaN: true }),
        fc.boolean(),
        (logP, logA, upper) => {
          const p = Math.exp(logP);
          const a = 10 ** logA;
          if (upper) return rel(gammaSf(gammaQuantileUpper(p, a), a), p) < 1e-11;
          const x = gammaQuantile(p, a);
          return x < 1e-300 || rel(gammaCdf(x, a), p) < 1e-11;
        },
      ),
      { seed: 42, numRuns: 200 },
    );
  });
});
