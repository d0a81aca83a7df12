import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { funnelOverdispersion, winsorise } from "../../../src/stats/funnel/funnel-overdispersion.js";
import { overdispersedLimits } from "../../../src/stats/funnel/overdispersed-limits.js";
import { StatsError } from "../../../src/util/errors.js";

describe("funnelOverdispersion", () => {
  it("hand case: three areas of 100 around 0.3", () => {
    // s² = 0.3·0.7/100 = 0.0021; z = ±0.2/√0.0021, 0; z² = 0.04/0.0021 each
    // 3 areas, 10% → k = 0, nothing Winsorised; φ = (0.08/0.0021)/3; Iφ = 38.095 on 2 df
    // w = 1/0.0021 each: Σw − Σw²/Σw = 2/0.0021; τ² = (0.08/0.0021 − 2)/(2/0.0021) = (0.08 − 0.0042)/2
    const r = funnelOverdispersion([10, 30, 50], [100, 100, 100], 0.3);
    expect(r.z[1]).toBeCloseTo(0, 14);
    expect(r.z[0]).toBeCloseTo(-0.2 / Math.sqrt(0.0021), 12);
    expect(r.phi).toBeCloseTo(0.08 / 0.0021 / 3, 10);
    expect(r.test.statistic).toBeCloseTo(0.08 / 0.0021, 10);
    expect(r.test.df).toBe(2);
    expect(r.test.p).toBeLessThan(1e-8);
    expect(r.tau2).toBeCloseTo((0.08 - 0.0042) / 2, 12);
  });
  it("areas exactly at the target show no over-dispersion", () => {
    // z = 0 everywhere: φ = 0, Iφ = 0 < I − 1, τ² = 0
    const r = funnelOverdispersion([3, 6, 9], [10, 20, 30], 0.3);
    expect(r.phi).toBe(0);
    expect(r.tau2).toBe(0);
    expect(r.test.p).toBe(1);
  });
  it("Winsorising moves the k extreme z-scores to the nearest kept value", () => {
    // 10 values, 10% → k = 1: −5 → −1 (2nd lowest), 100 → 6 (2nd highest)
    expect(winsorise([-5, -1, 0, 1, 2, 3, 4, 5, 6, 100], 0.1)).toEqual([-1, -1, 0, 1, 2, 3, 4, 5, 6, 6]);
    expect(winsorise([3, 1, 2], 0.1)).toEqual([3, 1, 2]);
  });
  it("an outlying area is tamed by Winsorising", () => {
    const events = [30, 31, 29, 30, 32, 28, 30, 31, 29, 90];
    const n = Array.from({ length: 10 }, () => 100);
    const w = funnelOverdispersion(events, n, 0.3);
    const raw = funnelOverdispersion(events, n, 0.3, 0);
    expect(w.phi).toBeLessThan(raw.phi);
    expect(w.zWinsorised[9]).toBe(Math.max(...w.z.slice(0, 9)));
  });
  it("rejects bad input", () => {
    expect(() => funnelOverdispersion([1, 2], [10, 10], 0)).toThrow(StatsError);
    expect(() => funnelOverdispersion([1, 2], [10], 0.2)).toThrow(StatsError);
    expect(() => funnelOverdispersion([11, 2], [10, 10], 0.2)).toThrow(StatsError);
    expect(() => funnelOverdispersion([1, 2], [10, 10], 0.2, 0.5)).toThrow(StatsError);
  });
});

describe("overdispersedLimits", () => {
  it("hand case: φ = 4 doubles the half-width", () => {
    // sd = √(4·0.3·0.7/100) = 2·0.0458258; upper95 = 0.3 + 1.959964·0.0916515
    const r = overdispersedLimits(0.3, [100], { phi: 4, tau2: 0 });
    expect(r.multiplicative[0].upper95).toBeCloseTo(0.3 + 1.959963984540054 * 2 * Math.sqrt(0.0021), 12);
    expect(r.additive[0].upper95).toBeCloseTo(0.3 + 1.959963984540054 * Math.sqrt(0.0021), 12);
  });
  it("hand case: additive τ² = 0.01", () => {
    // sd = √(0.0021 + 0.01) = √0.0121 = 0.11; lower998 = 0.3 − 3.090232·0.11 → clipped at 0
    const r = overdispersedLimits(0.3, [100], { phi: 1, tau2: 0.01 });
    expect(r.additive[0].upper95).toBeCloseTo(0.3 + 1.959963984540054 * 0.11, 12);
    expect(r.additive[0].lower998).toBe(0);
  });
  it("φ below 1 does not narrow the limits", () => {
    const a = overdispersedLimits(0.3, [100], { phi: 0.5, tau2: 0 });
    expect(a.multiplicative[0]).toEqual(a.additive[0]);
    expect(a.phi).toBe(1);
  });
  it("rejects a negative τ²", () => {
    expect(() => overdispersedLimits(0.3, [100], { phi: 1, tau2: -1 })).toThrow(StatsError);
  });
  it("law: more over-dispersion gives wider limits, and limits narrow as n grows", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.05, max: 0.95, noNaN: true }),
        fc.integer({ min: 1, max: 5000 }),
        fc.double({ min: 1, max: 10, noNaN: true }),
        (p, m, phi) => {
          const a = overdispersedLimits(p, [m, 4 * m], { phi, tau2: 0.001 });
          const b = overdispersedLimits(p, [m], { phi: phi + 1, tau2: 0.002 });
          const width = (l: { lower95: number; upper95: number }) => l.upper95 - l.lower95;
          return (
            width(b.multiplicative[0]) >= width(a.multiplicative[0]) &&
            width(b.additive[0]) >= width(a.additive[0]) &&
            width(a.multiplicative[1]) <= width(a.multiplicative[0])
          );
        },
      ),
      { seed: 42, numRuns: 200 },
    );
  });
});
