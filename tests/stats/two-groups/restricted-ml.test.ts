import fc from "fast-check";
import { describe, it } from "vitest";
import {
  restrictedMlOddsRatio,
  restrictedMlRiskDifference,
  restrictedMlRiskRatio,
} from "../../../src/stats/two-groups/restricted-ml.js";
import { twoGroupCase } from "../../laws/interval-laws.js";

const xlogy = (x: number, y: number) => (x === 0 ? 0 : x * Math.log(y));
function logLik(a: number, n1: number, c: number, n0: number, p1: number, p0: number): number {
  return xlogy(a, p1) + xlogy(n1 - a, 1 - p1) + xlogy(c, p0) + xlogy(n0 - c, 1 - p0);
}

/** Maximises a concave function of one variable on [lo, hi] by golden-section search. */
function argmax(f: (x: number) => number, lo: number, hi: number): number {
  const r = (Math.sqrt(5) - 1) / 2;
  let a = lo;
  let b = hi;
  for (let i = 0; i < 200; i++) {
    const x1 = b - r * (b - a);
    const x2 = a + r * (b - a);
    if (f(x1) < f(x2)) a = x1;
    else b = x2;
  }
  return (a + b) / 2;
}

describe("restricted ML estimates", () => {
  it("for the risk difference maximise the likelihood on p1 − p0 = δ", () => {
    fc.assert(
      fc.property(
        twoGroupCase,
        fc.double({ min: -0.95, max: 0.95, noNaN: true }),
        ({ exposed, comparator }, delta) => {
          const { events: a, n: n1 } = exposed;
          const { events: c, n: n0 } = comparator;
          const r = restrictedMlRiskDifference(delta, a, n1, c, n0);
          const ll = (p0: number) => logLik(a, n1, c, n0, p0 + delta, p0);
          const best = argmax(ll, Math.max(0, -delta), Math.min(1, 1 - delta));
          return Math.abs(r.p1 - r.p0 - delta) < 1e-12 && ll(r.p0) >= ll(best) - 1e-9;
        },
      ),
      { seed: 42, numRuns: 200 },
    );
  });

  it("for the risk ratio maximise the likelihood on p1 = φ·p0", () => {
    fc.assert(
      fc.property(twoGroupCase, fc.double({ min: -3, max: 3, noNaN: true }), ({ exposed, comparator }, u) => {
        const phi = Math.exp(u);
        const { events: a, n: n1 } = exposed;
        const { events: c, n: n0 } = comparator;
        const r = restrictedMlRiskRatio(phi, a, n1, c, n0);
        const ll = (p0: number) => logLik(a, n1, c, n0, phi * p0, p0);
        const best = argmax(ll, 0, Math.min(1, 1 / phi));
        return ll(r.p0) >= ll(best) - 1e-9;
      }),
      { seed: 42, numRuns: 200 },
    );
  });

  it("for the odds ratio maximise the likelihood on odds(p1) = ψ·odds(p0), with q = 1 − p", () => {
    fc.assert(
      fc.property(twoGroupCase, fc.double({ min: -4, max: 4, noNaN: true }), ({ exposed, comparator }, u) => {
        const psi = Math.exp(u);
        const { events: a, n: n1 } = exposed;
        const { events: c, n: n0 } = comparator;
        const r = restrictedMlOddsRatio(psi, a, n1, c, n0);
        const p1Of = (p0: number) => (psi * p0) / (1 - p0 + psi * p0);
        const ll = (p0: number) => logLik(a, n1, c, n0, p1Of(p0), p0);
        const best = argmax(ll, 0, 1);
        return (
          ll(r.p0) >= ll(best) - 1e-9 &&
          Math.abs(r.p0 + r.q0 - 1) < 1e-15 &&
          Math.abs(r.p1 + r.q1 - 1) < 1e-15
        );
      }),
      { seed: 42, numRuns: 200 },
    );
  });
});
