import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { logRank } from "../../../src/stats/survival/log-rank.js";
import { logRankGroups } from "../../../src/stats/survival/log-rank-groups.js";
import { StatsError } from "../../../src/util/errors.js";

const subjects = fc.array(
  fc.record({
    time: fc.integer({ min: 1, max: 20 }),
    event: fc.integer({ min: 0, max: 1 }),
    g: fc.integer({ min: 0, max: 3 }),
  }),
  { minLength: 8, maxLength: 60 },
);

describe("logRankGroups", () => {
  it("with two groups is the two-arm log-rank test", () => {
    // logRank's hand case: arm 1 dies at 1, 2; arm 0 at 3, 4 ⇒ 49/17
    const r = logRankGroups({ time: [1, 2, 3, 4], event: [1, 1, 1, 1], group: ["b", "b", "a", "a"] });
    expect(r.statistic).toBeCloseTo(49 / 17, 12);
    expect(r.df).toBe(1);
    expect(r.groups).toEqual(["a", "b"]);
    expect(r.observed).toEqual([2, 2]);
  });

  it("sorts string labels in byte order (upper case before lower)", () => {
    const r = logRankGroups({
      time: [1, 2, 3, 4, 5, 6],
      event: [1, 1, 1, 1, 1, 1],
      group: ["b", "B", "a", "b", "B", "a"],
    });
    expect(r.groups).toEqual(["B", "a", "b"]);
  });

  it("leaves a group with no one at risk at an event time out of df", () => {
    // group "z" is censored at day 1 before the first event on day 2 ⇒ E = 0, df = 3 − 1 − 1 = 1
    const r = logRankGroups({
      time: [1, 2, 3, 4, 5],
      event: [0, 1, 1, 1, 1],
      group: ["z", "a", "b", "a", "b"],
    });
    expect(r.expected[2]).toBe(0);
    expect(r.df).toBe(1);
    expect(r.notes.join(" ")).toMatch(/expected 0/);
  });

  it("agrees with logRank for any two-group data, and Σ O = Σ E", () => {
    fc.assert(
      fc.property(subjects, (rows) => {
        const arm = rows.map((r) => r.g % 2);
        if (new Set(arm).size < 2 || !rows.some((r) => r.event === 1)) return true;
        const time = rows.map((r) => r.time);
        const event = rows.map((r) => r.event);
        const two = logRank({ time, event, arm });
        const k = logRankGroups({ time, event, group: arm.map((a) => (a ? "fgc" : "control")) });
        const sumO = k.observed.reduce((s, x) => s + x, 0);
        const sumE = k.expected.reduce((s, x) => s + x, 0);
        expect(sumE).toBeCloseTo(sumO, 9);
        if (Number.isNaN(two.statistic)) return Number.isNaN(k.statistic);
        expect(k.statistic).toBeCloseTo(two.statistic, 9);
        return true;
      }),
      { numRuns: 200 },
    );
  });

  it("does not depend on how the groups are named", () => {
    fc.assert(
      fc.property(subjects, (rows) => {
        const time = rows.map((r) => r.time);
        const event = rows.map((r) => r.event);
        if (new Set(rows.map((r) => r.g)).size < 2) return true;
        const a = logRankGroups({ time, event, group: rows.map((r) => `g${r.g}`) });
        const b = logRankGroups({ time, event, group: rows.map((r) => `h${3 - r.g}`) });
        if (Number.isNaN(a.statistic)) return Number.isNaN(b.statistic);
        expect(b.statistic).toBeCloseTo(a.statistic, 9);
        expect(b.df).toBe(a.df);
        return true;
      }),
      { numRuns: 200 },
    );
  });

  it("throws a StatsError for a single group", () => {
    expect(() => logRankGroups({ time: [1, 2], event: [1, 1], group: ["a", "a"] })).toThrow(StatsError);
  });
});
