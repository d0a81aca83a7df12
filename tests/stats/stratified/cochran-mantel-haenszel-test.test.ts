import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cochranMantelHaenszelTest } from "../../../src/stats/stratified/cochran-mantel-haenszel-test.js";
import { pearsonChiSquare } from "../../../src/stats/two-groups/pearson-chi-square.js";

describe("cochranMantelHaenszelTest with the continuity correction", () => {
  it("subtracts ½ from |Σ(a − E)| before squaring", () => {
    // E = 30·15/60 = 7.5, a − E = 2.5; V = 30·30·15·45/(60²·59); corrected X² = 2² / V
    const v = (30 * 30 * 15 * 45) / (3600 * 59);
    const r = cochranMantelHaenszelTest({ a: [10], n1: [30], c: [5], n0: [30] }, { correct: true });
    expect(r.statistic).toBeCloseTo(4 / v, 12);
    expect(r.notes[0]).toMatch(/continuity correction of ½/);
  });

  it("leaves the statistic uncorrected where |Σ(a − E)| < ½, as mantelhaen.test", () => {
    // a = 1 of 2, c = 1 of 3: E = 2·2/5 = 0.8, |a − E| = 0.2 < ½
    const strata = { a: [1], n1: [2], c: [1], n0: [3] };
    const corrected = cochranMantelHaenszelTest(strata, { correct: true });
    const plain = cochranMantelHaenszelTest(strata);
    expect(corrected.statistic).toBe(plain.statistic);
    expect(corrected.notes[0]).toMatch(/not applied/);
  });

  it("is uncorrected by default", () => {
    const strata = { a: [10], n1: [30], c: [5], n0: [30] };
    expect(cochranMantelHaenszelTest(strata).statistic).toBe(
      cochranMantelHaenszelTest(strata, { correct: false }).statistic,
    );
  });

  it("with one stratum equals Yates' chi-square times (N − 1)/N when |a − E| ≥ ½", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 40 }),
        fc.integer({ min: 2, max: 40 }),
        fc.nat(),
        fc.nat(),
        (n1, n0, x, y) => {
          const a = x % (n1 + 1);
          const c = y % (n0 + 1);
          const m = a + c;
          const N = n1 + n0;
          if (m === 0 || m === N || Math.abs(a - (n1 * m) / N) < 0.5) return true;
          const cmh = cochranMantelHaenszelTest({ a: [a], n1: [n1], c: [c], n0: [n0] }, { correct: true });
          const yates = pearsonChiSquare({ events: a, n: n1 }, { events: c, n: n0 }).statisticYates;
          expect(cmh.statistic).toBeCloseTo((yates * (N - 1)) / N, 9);
          return true;
        },
      ),
      { numRuns: 200 },
    );
  });

  it("never exceeds the uncorrected statistic", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.integer({ min: 1, max: 30 }), fc.integer({ min: 1, max: 30 }), fc.nat(), fc.nat()),
          {
            minLength: 1,
            maxLength: 6,
          },
        ),
        (rows) => {
          const strata = {
            a: rows.map(([n1, , x]) => x % (n1 + 1)),
            n1: rows.map(([n1]) => n1),
            c: rows.map(([, n0, , y]) => y % (n0 + 1)),
            n0: rows.map(([, n0]) => n0),
          };
          const plain = cochranMantelHaenszelTest(strata);
          const corrected = cochranMantelHaenszelTest(strata, { correct: true });
          if (Number.isNaN(plain.statistic)) return Number.isNaN(corrected.statistic);
          return corrected.statistic <= plain.statistic && corrected.p >= plain.p;
        },
      ),
      { numRuns: 200 },
    );
  });
});
