import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fisherExact } from "../../../src/stats/two-groups/fisher-exact.js";
import {
  hypergeometricSupport,
  noncentralProbabilities,
} from "../../../src/stats/two-groups/noncentral-hypergeometric.js";
import { StatsError } from "../../../src/util/errors.js";
import { describeTwoGroupIntervalLaws, twoGroupCase } from "../../laws/interval-laws.js";

const g = (events: number, n: number) => ({ events, n });

describe("fisherExact", () => {
  it("sums the tables no more probable than the observed one", () => {
    // n1 = n0 = 3, m = 3: P(x) = C(3,x)C(3,3−x)/C(6,3) = 1, 9, 9, 1 (/20); x = 3 ⇒ p = 2/20
    expect(fisherExact(g(3, 3), g(0, 3)).p).toBeCloseTo(0.1, 15);
    // x = 2 (P = 9/20) is as probable as x = 1 ⇒ every table counts ⇒ p = 1
    expect(fisherExact(g(2, 3), g(1, 3)).p).toBeCloseTo(1, 15);
  });

  it("builds the hypergeometric probabilities exactly", () => {
    const support = hypergeometricSupport(3, 3, 3);
    const d = Array.from(noncentralProbabilities(support, 1));
    [1 / 20, 9 / 20, 9 / 20, 1 / 20].forEach((v, i) => {
      expect(d[i]).toBeCloseTo(v, 15);
    });
  });

  it("gives MLE and lower limit 0 at the bottom of the support, ∞ at the top", () => {
    const bottom = fisherExact(g(0, 12), g(5, 11));
    expect(bottom.estimate).toBe(0);
    expect(bottom.ci[0]).toBe(0);
    expect(bottom.ci[1]).toBeGreaterThan(0);
    const top = fisherExact(g(7, 7), g(3, 9));
    expect(top.estimate).toBe(Number.POSITIVE_INFINITY);
    expect(top.ci[1]).toBe(Number.POSITIVE_INFINITY);
  });

  it("puts about α/2 in the conditional tail at each limit (roots to uniroot's tolerance)", () => {
    const e = fisherExact(g(10, 27), g(36, 80));
    const support = hypergeometricSupport(27, 80, 46);
    const k = 10 - support.lo;
    const upperTail = Array.from(noncentralProbabilities(support, e.ci[0])).reduce(
      (s, d, i) => (i >= k ? s + d : s),
      0,
    );
    const lowerTail = Array.from(noncentralProbabilities(support, e.ci[1])).reduce(
      (s, d, i) => (i <= k ? s + d : s),
      0,
    );
    expect(upperTail).toBeCloseTo(0.025, 5);
    expect(lowerTail).toBeCloseTo(0.025, 5);
  });

  it("inverts exactly when the arms are swapped (exact roots, the default)", () => {
    fc.assert(
      fc.property(twoGroupCase, ({ exposed, comparator }) => {
        const ab = fisherExact(exposed, comparator);
        const ba = fisherExact(comparator, exposed);
        if (Number.isNaN(ab.estimate)) return Number.isNaN(ba.estimate);
        const close = (x: number, y: number) =>
          x === y || Math.abs(x - y) <= 1e-9 * Math.max(Math.abs(x), Math.abs(y));
        return (
          Math.abs(ab.p - ba.p) < 1e-12 && close(ab.ci[0], 1 / ba.ci[1]) && close(ab.ci[1], 1 / ba.ci[0])
        );
      }),
      { seed: 42, numRuns: 100 },
    );
  });

  it("flags R-compatible roots that uniroot's absolute tolerance leaves coarse (found by the swap law)", () => {
    // 1/180 vs 126/152: the exact lower limit solves P(X ≥ 1; ψ) ≈ 879ψ = 0.025, ψ ≈ 2.8e-5,
    // far below uniroot's tolerance 1.2e-4 on [0, 1]
    const r = fisherExact(g(1, 180), g(126, 152), 0.95, { roots: "uniroot" });
    expect(r.notes.join(" ")).toMatch(/coarse/);
    const exact = fisherExact(g(1, 180), g(126, 152));
    expect(exact.notes.join(" ")).not.toMatch(/coarse/);
    expect(exact.ci[0]).toBeGreaterThan(1e-5);
    expect(exact.ci[0]).toBeLessThan(1e-4);
  });

  it("is not estimable when the margins allow one table only", () => {
    const e = fisherExact(g(0, 4), g(0, 5));
    expect(e.estimate).toBeNaN();
    expect(e.p).toBe(1);
    expect(e.notes[0]).toMatch(/not estimable/);
  });

  it("throws a StatsError for an empty group", () => {
    expect(() => fisherExact(g(0, 0), g(1, 4))).toThrow(StatsError);
  });

  it("throws a StatsError for a roots option it does not know", () => {
    expect(() => fisherExact(g(1, 4), g(2, 4), 0.95, { roots: "brent" as never })).toThrow(
      /"exact" or "uniroot"/,
    );
  });

  it('reproduces R\'s printed uniroot limits with { roots: "uniroot" } (tt-157: upper 6222, exact 6601.6)', () => {
    const r = fisherExact(g(23, 24), g(2, 15), 0.95, { roots: "uniroot" });
    const e = fisherExact(g(23, 24), g(2, 15));
    expect(r.ci[1]).toBeCloseTo(6222, -1);
    expect(e.ci[1]).toBeCloseTo(6601.62385093435, 6);
  });
});

function sameLimit(a: number, b: number): void {
  if (!Number.isFinite(b) || b === 0) expect(a).toBe(b);
  else expect(a / b).toBeCloseTo(1, 9);
}

describe("fisherExact one-sided (alternative)", () => {
  const less = { alternative: "less" } as const;
  const greater = { alternative: "greater" } as const;

  it("sums one tail of the central hypergeometric", () => {
    // n1 = n0 = 3, m = 3: P(x) = 1, 9, 9, 1 (/20); a = 2 ⇒ P(X ≥ 2) = 10/20, P(X ≤ 2) = 19/20
    expect(fisherExact(g(2, 3), g(1, 3), 0.95, greater).p).toBeCloseTo(0.5, 15);
    expect(fisherExact(g(2, 3), g(1, 3), 0.95, less).p).toBeCloseTo(0.95, 15);
    // a = 3 ⇒ P(X ≥ 3) = 1/20
    expect(fisherExact(g(3, 3), g(0, 3), 0.95, greater).p).toBeCloseTo(0.05, 15);
  });

  it("opens the interval on the side away from the alternative", () => {
    const l = fisherExact(g(4, 10), g(6, 10), 0.95, less);
    expect(l.ci[0]).toBe(0);
    expect(l.ci[1]).toBeGreaterThan(l.estimate);
    expect(l.method).toBe("two_by_two.fisher_exact_one_sided");
    const r = fisherExact(g(4, 10), g(6, 10), 0.95, greater);
    expect(r.ci[1]).toBe(Number.POSITIVE_INFINITY);
    expect(r.ci[0]).toBeLessThan(r.estimate);
  });

  it("has P(X ≤ a) + P(X ≥ a) = 1 + P(X = a), and one-sided limits at 95% equal the two-sided at 90%", () => {
    fc.assert(
      fc.property(twoGroupCase, ({ exposed, comparator }) => {
        const m = exposed.events + comparator.events;
        const support = hypergeometricSupport(exposed.n, comparator.n, m);
        if (support.lo === support.hi) return true;
        const pa = noncentralProbabilities(support, 1)[exposed.events - support.lo];
        const pl = fisherExact(exposed, comparator, 0.95, less);
        const pg = fisherExact(exposed, comparator, 0.95, greater);
        const two = fisherExact(exposed, comparator, 0.9);
        expect(pl.p + pg.p).toBeCloseTo(1 + pa, 12);
        // equal but for rounding in 1 − 0.95 vs (1 − 0.9)/2
        sameLimit(pl.ci[1], two.ci[1]);
        sameLimit(pg.ci[0], two.ci[0]);
        return true;
      }),
      { numRuns: 100 },
    );
  });

  it("puts the full 1 − level in the tail at the one-sided limit", () => {
    const e = fisherExact(g(10, 27), g(36, 80), 0.95, less);
    const support = hypergeometricSupport(27, 80, 46);
    const k = 10 - support.lo;
    const tail = Array.from(noncentralProbabilities(support, e.ci[1])).reduce(
      (s, d, i) => (i <= k ? s + d : s),
      0,
    );
    expect(tail).toBeCloseTo(0.05, 12);
  });

  it("throws a StatsError for an alternative it does not know", () => {
    expect(() => fisherExact(g(1, 4), g(2, 4), 0.95, { alternative: "two.sided" as never })).toThrow(
      StatsError,
    );
  });
});

describeTwoGroupIntervalLaws("fisher_exact", fisherExact, {
  bounds: [0, Number.POSITIVE_INFINITY],
  numRuns: 100,
});
describeTwoGroupIntervalLaws(
  "fisher_exact (uniroot)",
  (e, c, l) => fisherExact(e, c, l, { roots: "uniroot" }),
  {
    bounds: [0, Number.POSITIVE_INFINITY],
    slack: 1e-3,
    numRuns: 100,
  },
);
