import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { logRank } from "../../../src/stats/survival/log-rank.js";
import { StatsError } from "../../../src/util/errors.js";
import { permutation } from "./permutation.js";

describe("logRank: hand cases", () => {
  it("sums O − E and the hypergeometric variance over event times", () => {
    // times 1..4, all events, arm 1 at times 1 and 2.
    // t=1: n=4, n1=2: E1 = 1/2, V = 1·½·½·3/3 = 1/4
    // t=2: n=3, n1=1: E1 = 1/3, V = 1·⅓·⅔·2/2 = 2/9
    // t=3, 4: n1 = 0: E1 = 0, V = 0
    // O1 − E1 = 2 − 5/6 = 7/6; V = 17/36; statistic = (49/36)/(17/36) = 49/17
    const r = logRank({ time: [1, 2, 3, 4], event: [1, 1, 1, 1], arm: [1, 1, 0, 0] });
    expect(r.statistic).toBeCloseTo(49 / 17, 13);
    expect(r.variance).toBeCloseTo(17 / 36, 14);
    expect(r.observed).toEqual([2, 2]);
    expect(r.expected[1]).toBeCloseTo(5 / 6, 14);
    expect(r.expected[0]).toBeCloseTo(4 - 5 / 6, 14);
    expect(r.df).toBe(1);
    expect(r.p).toBeGreaterThan(0.05);
    expect(r.p).toBeLessThan(0.1);
  });

  it("counts subjects censored at a tied time as at risk there", () => {
    // t=2: n=4 (incl. the one censored at 2), n1=2, d=2 (one per arm):
    //   E1 = 2·½ = 1, V = 2·½·½·(4 − 2)/3 = 1/3; then nothing more in arm 1 at risk.
    const r = logRank({ time: [2, 2, 2, 5], event: [1, 1, 0, 1], arm: [1, 0, 1, 0] });
    expect(r.expected[1]).toBeCloseTo(1, 14);
    expect(r.variance).toBeCloseTo(1 / 3, 14);
    expect(r.statistic).toBeCloseTo(0, 14);
  });

  it("stratified: O − E and V are summed over strata before squaring", () => {
    // stratum a: the first hand case (O1 − E1 = 7/6, V = 17/36); stratum b: same with arms swapped
    // (O1 − E1 = −7/6, V = 17/36): statistic (7/6 − 7/6)² / (34/36) = 0.
    const r = logRank({
      time: [1, 2, 3, 4, 1, 2, 3, 4],
      event: [1, 1, 1, 1, 1, 1, 1, 1],
      arm: [1, 1, 0, 0, 0, 0, 1, 1],
      strata: ["a", "a", "a", "a", "b", "b", "b", "b"],
    });
    expect(r.statistic).toBeCloseTo(0, 14);
    expect(r.variance).toBeCloseTo(34 / 36, 14);
    expect(r.nStrata).toBe(2);
  });
});

describe("logRank: edge cases", () => {
  it("all censored: not estimable, with a note", () => {
    const r = logRank({ time: [1, 2, 3], event: [0, 0, 0], arm: [1, 0, 1] });
    expect(Number.isNaN(r.statistic) && Number.isNaN(r.p)).toBe(true);
    expect(r.notes.join(" ")).toMatch(/not estimable/);
  });

  it("rejects arms other than 0/1 and mismatched lengths", () => {
    expect(() => logRank({ time: [1, 2], event: [1, 1], arm: [1, 2] })).toThrow(StatsError);
    expect(() => logRank({ time: [1, 2], event: [1, 1], arm: [1] })).toThrow(StatsError);
  });
});

const data = fc
  .array(
    fc.tuple(
      fc.integer({ min: 0, max: 15 }),
      fc.integer({ min: 0, max: 1 }),
      fc.integer({ min: 0, max: 1 }),
      fc.constantFrom("E09000001", "E09000002", "E09000003"),
    ),
    { minLength: 2, maxLength: 50 },
  )
  .map((rows) => ({
    time: rows.map((r) => r[0]),
    event: rows.map((r) => r[1]),
    arm: rows.map((r) => r[2]),
    strata: rows.map((r) => r[3]),
  }));

describe("logRank: laws", () => {
  it("row order does not change the result", () => {
    fc.assert(
      fc.property(data, fc.integer({ min: 0 }), (d, seed) => {
        const perm = permutation(d.time.length, seed);
        const pick = <T>(a: T[]) => perm.map((i) => a[i]);
        const a = logRank(d);
        const b = logRank({
          time: pick(d.time),
          event: pick(d.event),
          arm: pick(d.arm),
          strata: pick(d.strata),
        });
        expect(b.observed).toEqual(a.observed);
        if (Number.isNaN(a.statistic)) expect(b.statistic).toBeNaN();
        else expect(b.statistic).toBeCloseTo(a.statistic, 10);
      }),
      { seed: 42, numRuns: 200 },
    );
  });

  it("one stratum equals unstratified", () => {
    fc.assert(
      fc.property(data, (d) => {
        const a = logRank({ time: d.time, event: d.event, arm: d.arm });
        const b = logRank({ ...d, strata: d.time.map(() => 1) });
        expect(b).toEqual(a);
      }),
      { seed: 42, numRuns: 200 },
    );
  });

  it("swapping the arms leaves the statistic unchanged", () => {
    fc.assert(
      fc.property(data, (d) => {
        const a = logRank(d);
        const b = logRank({ ...d, arm: d.arm.map((x) => 1 - x) });
        if (Number.isNaN(a.statistic)) expect(b.statistic).toBeNaN();
        else expect(b.statistic).toBeCloseTo(a.statistic, 10);
        expect(b.observed).toEqual([a.observed[1], a.observed[0]]);
      }),
      { seed: 42, numRuns: 200 },
    );
  });
});
