import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  normalCdf,
  normalPdf,
  normalQuantile,
  normalSf,
  normalTwoSidedP,
} from "../../../src/stats/distributions/normal.js";

/** Φ(−z) from the Mills-ratio asymptotic series φ(z)/z · Σ_k (−1)^k (2k − 1)!!/z^{2k}, summed to its smallest term. */
function millsTail(z: number): number {
  let term = 1;
  let sum = 1;
  for (let k = 1; k < 200; k++) {
    const next = (-term * (2 * k - 1)) / (z * z);
    if (Math.abs(next) >= Math.abs(term)) break;
    term = next;
    sum += term;
  }
  return ((Math.exp((-z * z) / 2) / Math.sqrt(2 * Math.PI)) * sum) / z;
}

const rel = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);

describe("normal distribution", () => {
  it("matches the Mills-ratio series in the far tail to 1e-13", () => {
    for (const z of [8, 10, 15, 20, 30, 37]) {
      expect(rel(normalSf(z), millsTail(z))).toBeLessThan(1e-13);
      expect(rel(normalCdf(-z), millsTail(z))).toBeLessThan(1e-13);
    }
  });

  it("is accurate where jstat was not: Φ(−8) to 1e-13 (jstat gave 6.106e-16)", () => {
    expect(rel(normalCdf(-8), millsTail(8))).toBeLessThan(1e-13);
    expect(rel(normalCdf(-8), 6.106e-16)).toBeGreaterThan(1e-3);
  });

  it("has the known quantile qnorm(0.975) = 1.959963984540054 and Φ(0) = ½", () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963984540054, 15);
    expect(normalCdf(0)).toBe(0.5);
  });

  it("inverts: Φ(Φ⁻¹(p)) = p over (1e-300, 1), to the conditioning z²·ε", () => {
    fc.assert(
      fc.property(fc.double({ min: -690, max: -1e-3, noNaN: true }), (logP) => {
        const p = Math.exp(logP);
        const z = normalQuantile(p);
        // d ln Φ / d ln|z| ≈ z², so a correctly rounded z moves Φ by about z²·1e-16
        return rel(normalCdf(z), p) < 1e-14 * (1 + z * z);
      }),
      { seed: 42, numRuns: 200 },
    );
  });

  it("is symmetric and two-sided p is twice the tail", () => {
    fc.assert(
      fc.property(fc.double({ min: -30, max: 30, noNaN: true }), (z) => {
        return (
          Math.abs(normalCdf(z) + normalCdf(-z) - 1) < 1e-15 &&
          rel(normalTwoSidedP(z), Math.min(1, 2 * normalSf(Math.abs(z)))) < 1e-14
        );
      }),
      { seed: 42, numRuns: 200 },
    );
  });

  it("has density 1/√(2π) at 0", () => {
    expect(normalPdf(0)).toBeCloseTo(1 / Math.sqrt(2 * Math.PI), 16);
  });
});
