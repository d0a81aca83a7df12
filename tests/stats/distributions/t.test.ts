import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { tCdf, tQuantile, tSf, tTwoSidedP } from "../../../src/stats/distributions/t.js";

const rel = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);
const ts = [-1e12, -1e5, -300, -12, -3, -1, -0.2, 0, 0.5, 2, 40, 1e6];

describe("Student's t distribution", () => {
  it("with 1 df is the Cauchy distribution: P(T ≤ t) = ½ + atan(t)/π", () => {
    for (const t of ts) {
      // lower tail for t < 0 written as atan(−1/t)/π, free of cancellation
      const exact = t < 0 ? Math.atan(-1 / t) / Math.PI : 0.5 + Math.atan(t) / Math.PI;
      expect(rel(tCdf(t, 1), exact)).toBeLessThan(1e-13);
    }
  });

  it("with 2 df has P(T ≤ t) = ½ + t/(2√(2 + t²))", () => {
    for (const t of ts) {
      const s = Math.sqrt(2 + t * t);
      // lower tail for t < 0: ½(1 − |t|/s) = 1/(s(s + |t|))
      const exact = t < 0 ? 1 / (s * (s - t)) : 0.5 + t / (2 * s);
      expect(rel(tCdf(t, 2), exact)).toBeLessThan(1e-13);
    }
  });

  it("inverts the closed forms: Cauchy −1/tan(πp) and t₂ (2p − 1)/√(2p(1 − p))", () => {
    for (const p of [1e-300, 1e-20, 1e-6, 0.01, 0.3, 0.7, 0.975]) {
      const cauchy = p < 0.5 ? -1 / Math.tan(Math.PI * p) : Math.tan(Math.PI * (p - 0.5));
      expect(rel(tQuantile(p, 1), cauchy)).toBeLessThan(1e-12);
      if (p > 1e-150)
        expect(rel(tQuantile(p, 2), (2 * p - 1) / Math.sqrt(2 * p * (1 - p)))).toBeLessThan(1e-12);
    }
  });

  it("has qt(0.975, 10) = 2.228138851986274 (jstat gave 2.228138842)", () => {
    expect(rel(tQuantile(0.975, 10), 2.228138851986274)).toBeLessThan(1e-14);
  });

  it("inverts itself over df and p, with two-sided p consistent with the tails", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -46, max: -0.01, noNaN: true }),
        fc.double({ min: -1, max: 5, noNaN: true }),
        (logP, logDf) => {
          const p = Math.exp(logP);
          const df = 10 ** logDf;
          const t = tQuantile(p, df);
          return rel(tCdf(t, df), p) < 1e-11 && rel(tTwoSidedP(t, df), 2 * Math.min(p, tSf(t, df))) < 1e-11;
        },
      ),
      { seed: 42, numRuns: 200 },
    );
  });
});
