import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { logGamma } from "../../../src/stats/distributions/log-gamma.js";
import { noncentralTCdf, noncentralTSf } from "../../../src/stats/distributions/noncentral-t.js";
import { normalCdf } from "../../../src/stats/distributions/normal.js";
import { tCdf } from "../../../src/stats/distributions/t.js";

/**
 * P(T ≤ t) = ∫ Φ(t·√(w/df) − ncp) f_{χ²(df)}(w) dw by Simpson's rule on u = √w (smooth at 0): an
 * independent check of the series.
 */
function quadrature(t: number, df: number, ncp: number): number {
  const steps = 20000;
  const hi = Math.sqrt(df + 40 * Math.sqrt(2 * df) + 100);
  const h = hi / steps;
  let s = 0;
  for (let i = 1; i < steps; i++) {
    const u = i * h;
    const w = u * u;
    const density = Math.exp((df / 2 - 1) * Math.log(w) - w / 2 - (df / 2) * Math.LN2 - logGamma(df / 2));
    s += (i % 2 ? 4 : 2) * 2 * u * density * normalCdf(t * Math.sqrt(w / df) - ncp);
  }
  return (s * h) / 3;
}

describe("noncentralTCdf", () => {
  it("is the central t when ncp = 0", () => {
    for (const [t, df] of [
      [2, 10],
      [-1.5, 7],
      [0.3, 2.5],
    ]) {
      expect(noncentralTCdf(t, df, 0)).toBeCloseTo(tCdf(t, df), 13);
    }
  });

  it("is Φ(−ncp) at t = 0", () => {
    expect(noncentralTCdf(0, 9, 1.3)).toBe(normalCdf(-1.3));
  });

  it("agrees with a quadrature over the chi-square density", () => {
    for (const [t, df, ncp] of [
      [1.96, 20, 1],
      [2.5, 5, 3],
      [-1, 8, 0.5],
      [1.97, 276, 3.5],
      [1, 4, -2],
    ]) {
      expect(noncentralTCdf(t, df, ncp)).toBeCloseTo(quadrature(t, df, ncp), 9);
    }
  });

  it("reflects: F(t; df, ncp) = 1 − F(−t; df, −ncp), and the survival function is its complement", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -6, max: 6, noNaN: true }),
        fc.double({ min: 1, max: 200, noNaN: true }),
        fc.double({ min: -8, max: 8, noNaN: true }),
        (t, df, ncp) => {
          expect(noncentralTCdf(t, df, ncp)).toBeCloseTo(1 - noncentralTCdf(-t, df, -ncp), 12);
          expect(noncentralTSf(t, df, ncp)).toBeCloseTo(1 - noncentralTCdf(t, df, ncp), 15);
          return true;
        },
      ),
      { seed: 42, numRuns: 100 },
    );
  });

  it("increases in t and decreases in ncp", () => {
    expect(noncentralTCdf(1, 10, 1)).toBeLessThan(noncentralTCdf(1.1, 10, 1));
    expect(noncentralTCdf(1, 10, 1)).toBeGreaterThan(noncentralTCdf(1, 10, 1.1));
  });
});
