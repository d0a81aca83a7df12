import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { breslowDayTest } from "../../../src/stats/stratified/breslow-day-test.js";
import { cochranMantelHaenszelTest } from "../../../src/stats/stratified/cochran-mantel-haenszel-test.js";
import { mantelHaenszel } from "../../../src/stats/stratified/mantel-haenszel.js";
import { mantelHaenszelOddsRatio } from "../../../src/stats/stratified/mantel-haenszel-odds-ratio.js";
import { mantelHaenszelRiskDifference } from "../../../src/stats/stratified/mantel-haenszel-risk-difference.js";
import { mantelHaenszelRiskRatio } from "../../../src/stats/stratified/mantel-haenszel-risk-ratio.js";
import { woolfHomogeneityTest } from "../../../src/stats/stratified/woolf-homogeneity-test.js";
import { StatsError } from "../../../src/util/errors.js";

const two = { a: [10, 20], n1: [30, 40], c: [5, 10], n0: [30, 40] };

describe("hand case: two strata", () => {
  it("MH odds ratio", () => {
    // Σ ad/N = 10·25/60 + 20·30/80 = 4.1667 + 7.5; Σ bc/N = 20·5/60 + 20·10/80 = 1.6667 + 2.5
    expect(mantelHaenszelOddsRatio(two).estimate).toBeCloseTo(11.6666666667 / 4.1666666667, 9); // 2.8
  });
  it("MH risk ratio", () => {
    // Σ a·n0/N = 10·30/60 + 20·40/80 = 15; Σ c·n1/N = 5·30/60 + 10·40/80 = 7.5
    expect(mantelHaenszelRiskRatio(two).estimate).toBeCloseTo(2, 12);
  });
  it("MH risk difference", () => {
    // w = 30·30/60 = 15, 40·40/80 = 20; RD = (15·(1/6) + 20·0.25)/35 = 7.5/35
    const rd = mantelHaenszelRiskDifference(two);
    expect(rd.sato.estimate).toBeCloseTo(7.5 / 35, 12);
    expect(rd.greenlandRobins.estimate).toBe(rd.sato.estimate);
  });
  it("CMH statistic", () => {
    // E = 30·15/60 + 40·30/80 = 22.5; V = 30·30·15·45/(60²·59) + 40·40·30·50/(80²·79)
    const v = (30 * 30 * 15 * 45) / (3600 * 59) + (40 * 40 * 30 * 50) / (6400 * 79);
    const r = cochranMantelHaenszelTest(two);
    expect(r.statistic).toBeCloseTo((30 - 22.5) ** 2 / v, 10);
    expect(r.df).toBe(1);
  });
  it("collects the parts with the method id and references", () => {
    const r = mantelHaenszel(two);
    expect(r.method).toBe("stratified.mantel_haenszel");
    expect(r.oddsRatio.method).toBe("stratified.mantel_haenszel");
    expect(r.references).toEqual(
      expect.arrayContaining(["mantel1959", "robins1986", "sato1989", "breslow1980", "woolf1955"]),
    );
    expect(r.oddsRatio.n).toBe(140);
  });
});

describe("one stratum gives the crude estimates", () => {
  const cell = fc.integer({ min: 1, max: 60 });
  it("OR, RR, RD and their Woolf, Katz and Wald standard errors", () => {
    fc.assert(
      fc.property(cell, cell, cell, cell, (a, b, c, d) => {
        const n1 = a + b;
        const n0 = c + d;
        const s = { a: [a], n1: [n1], c: [c], n0: [n0] };
        const or = mantelHaenszelOddsRatio(s);
        const rr = mantelHaenszelRiskRatio(s);
        const rd = mantelHaenszelRiskDifference(s);
        const close = (x: number, y: number) => Math.abs(x - y) <= 1e-10 * Math.max(1, Math.abs(y));
        return (
          close(or.estimate, (a * d) / (b * c)) &&
          close(or.se!, Math.sqrt(1 / a + 1 / b + 1 / c + 1 / d)) &&
          close(rr.estimate, a / n1 / (c / n0)) &&
          close(rr.se!, Math.sqrt(1 / a - 1 / n1 + 1 / c - 1 / n0)) &&
          close(rd.sato.estimate, a / n1 - c / n0) &&
          close(rd.greenlandRobins.se!, Math.sqrt((a * b) / n1 ** 3 + (c * d) / n0 ** 3))
        );
      }),
      { seed: 42, numRuns: 200 },
    );
  });
  it("CMH is Pearson's chi-square times (N − 1)/N", () => {
    // a = 10, b = 20, c = 5, d = 25, N = 60: Pearson X² = N(ad − bc)²/(n1·n0·m1·m0)
    const pearson = (60 * (10 * 25 - 20 * 5) ** 2) / (30 * 30 * 15 * 45);
    const r = cochranMantelHaenszelTest({ a: [10], n1: [30], c: [5], n0: [30] });
    expect(r.statistic).toBeCloseTo((pearson * 59) / 60, 12);
  });
});

describe("laws", () => {
  const stratum = fc
    .tuple(fc.integer({ min: 2, max: 80 }), fc.integer({ min: 2, max: 80 }))
    .chain(([n1, n0]) =>
      fc.tuple(
        fc.integer({ min: 1, max: n1 - 1 }),
        fc.constant(n1),
        fc.integer({ min: 1, max: n0 - 1 }),
        fc.constant(n0),
      ),
    );
  const strata = fc.array(stratum, { minLength: 2, maxLength: 8 }).map((rows) => ({
    a: rows.map((r) => r[0]),
    n1: rows.map((r) => r[1]),
    c: rows.map((r) => r[2]),
    n0: rows.map((r) => r[3]),
  }));
  const rel = (x: number, y: number) => Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(y));

  it("swapping the arms inverts OR and RR, negates RD and swaps the limits", () => {
    fc.assert(
      fc.property(strata, (s) => {
        const swapped = { a: s.c, n1: s.n0, c: s.a, n0: s.n1 };
        const x = mantelHaenszel(s);
        const y = mantelHaenszel(swapped);
        return (
          rel(x.oddsRatio.estimate, 1 / y.oddsRatio.estimate) &&
          rel(x.oddsRatio.ci[0], 1 / y.oddsRatio.ci[1]) &&
          rel(x.riskRatio.estimate, 1 / y.riskRatio.estimate) &&
          rel(x.riskRatio.ci[1], 1 / y.riskRatio.ci[0]) &&
          rel(x.riskDifference.sato.estimate, -y.riskDifference.sato.estimate) &&
          rel(x.riskDifference.sato.ci[0], -y.riskDifference.sato.ci[1]) &&
          rel(x.riskDifference.greenlandRobins.ci[0], -y.riskDifference.greenlandRobins.ci[1]) &&
          rel(x.cmh.statistic, y.cmh.statistic) &&
          rel(x.breslowDay.statistic, y.breslowDay.statistic) &&
          rel(x.woolf.statistic, y.woolf.statistic)
        );
      }),
      { seed: 42, numRuns: 200 },
    );
  });
  it("intervals contain the estimate; homogeneity tests have K − 1 df", () => {
    fc.assert(
      fc.property(strata, (s) => {
        const r = mantelHaenszel(s);
        const inside = (e: { estimate: number; ci: [number, number] }) =>
          e.ci[0] < e.estimate && e.estimate < e.ci[1];
        return (
          inside(r.oddsRatio) &&
          inside(r.riskRatio) &&
          inside(r.riskDifference.greenlandRobins) &&
          r.breslowDay.df === s.a.length - 1 &&
          r.woolf.df === s.a.length - 1
        );
      }),
      { seed: 42, numRuns: 200 },
    );
  });
  it("identical strata: the MH OR is the stratum OR and Breslow–Day is 0", () => {
    fc.assert(
      fc.property(stratum, fc.integer({ min: 2, max: 6 }), ([a, n1, c, n0], k) => {
        const s = { a: Array(k).fill(a), n1: Array(k).fill(n1), c: Array(k).fill(c), n0: Array(k).fill(n0) };
        const or = (a * (n0 - c)) / ((n1 - a) * c);
        const r = mantelHaenszel(s);
        return (
          rel(r.oddsRatio.estimate, or) &&
          Math.abs(r.breslowDay.statistic) < 1e-9 &&
          Math.abs(r.woolf.statistic) < 1e-12
        );
      }),
      { seed: 42, numRuns: 200 },
    );
  });
});

describe("edge cases", () => {
  it("no events in the exposed arm anywhere: OR and RR not estimable", () => {
    const s = { a: [0, 0], n1: [10, 10], c: [3, 4], n0: [10, 10] };
    const r = mantelHaenszel(s);
    expect(r.oddsRatio.estimate).toBeNaN();
    expect(r.oddsRatio.notes.join(" ")).toMatch(/not estimable/);
    expect(r.riskRatio.estimate).toBeNaN();
    expect(r.breslowDay.p).toBeNaN();
    // RD is still defined: (0 − 0.3·5 − 0.4·5)/10 = −0.35
    expect(r.riskDifference.sato.estimate).toBeCloseTo(-0.35, 12);
    // Woolf adds 0.5 to every cell (as epiR), so it is defined
    expect(Number.isFinite(r.woolf.statistic)).toBe(true);
  });
  it("a stratum with an empty arm is dropped with a note", () => {
    const r = mantelHaenszelRiskRatio({ a: [10, 0], n1: [30, 0], c: [5, 2], n0: [30, 5] });
    // only stratum 1: RR = (10/30)/(5/30) = 2
    expect(r.estimate).toBeCloseTo(2, 12);
    expect(r.notes.join(" ")).toMatch(/dropped/);
  });
  it("no stratum with both arms: every part is not estimable, none throws", () => {
    const r = mantelHaenszel({ a: [1], n1: [5], c: [0], n0: [0] });
    expect(r.oddsRatio.estimate).toBeNaN();
    expect(r.riskRatio.estimate).toBeNaN();
    expect(r.riskDifference.sato.estimate).toBeNaN();
    expect(r.riskDifference.greenlandRobins.notes.join(" ")).toMatch(/not estimable/);
    expect(r.cmh.p).toBeNaN();
    expect(r.woolf.p).toBeNaN();
  });
  it("strata with no events are left out of Breslow–Day", () => {
    const r = breslowDayTest({ a: [10, 0, 20], n1: [30, 10, 40], c: [5, 0, 10], n0: [30, 10, 40] }, 2.8);
    expect(r.df).toBe(1);
  });
  it("rejects events above n and arrays of different lengths", () => {
    expect(() => mantelHaenszel({ a: [11], n1: [10], c: [1], n0: [10] })).toThrow(StatsError);
    expect(() => mantelHaenszel({ a: [1, 2], n1: [10], c: [1], n0: [10] })).toThrow(StatsError);
    expect(() => woolfHomogeneityTest({ a: [], n1: [], c: [], n0: [] })).toThrow(StatsError);
    expect(() => mantelHaenszelOddsRatio(two, 1.5)).toThrow(StatsError);
  });
});
