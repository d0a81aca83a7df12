import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalQuantile } from "../../../src/stats/distributions/normal.js";
import { kaplanMeier } from "../../../src/stats/survival/kaplan-meier.js";
import { StatsError } from "../../../src/util/errors.js";
import { permutation } from "./permutation.js";

const z = normalQuantile(0.975);

describe("kaplanMeier: hand cases", () => {
  it("equals the empirical survivor function without censoring", () => {
    // times 1, 2, 2, 3, 5, all events: S(t) = #{T > t}/5 → 4/5, 2/5, 1/5, 0
    const c = kaplanMeier({ time: [3, 2, 5, 1, 2], event: [1, 1, 1, 1, 1] }).curves[0];
    expect(c.time).toEqual([1, 2, 3, 5]);
    expect(c.nRisk).toEqual([5, 4, 2, 1]);
    expect(c.nEvent).toEqual([1, 2, 1, 1]);
    expect(c.nCensor).toEqual([0, 0, 0, 0]);
    [4 / 5, 2 / 5, 1 / 5, 0].forEach((s, i) => {
      expect(c.surv[i]).toBeCloseTo(s, 14);
    });
  });

  it("gives Greenwood standard errors and log-scale limits", () => {
    // t = 1: d = 1, n = 5: σ² = 1/(5·4) = 1/20; S = 0.8; se = 0.8·√(1/20)
    // t = 2: d = 2, n = 4: σ² = 1/20 + 2/(4·2) = 0.3; S = 0.4
    const c = kaplanMeier({ time: [3, 2, 5, 1, 2], event: [1, 1, 1, 1, 1] }).curves[0];
    expect(c.seLog[0]).toBeCloseTo(Math.sqrt(1 / 20), 14);
    expect(c.se[0]).toBeCloseTo(0.8 * Math.sqrt(1 / 20), 14);
    expect(c.lower[0]).toBeCloseTo(0.8 * Math.exp(-z * Math.sqrt(0.05)), 14);
    expect(c.upper[0]).toBeCloseTo(Math.min(1, 0.8 * Math.exp(z * Math.sqrt(0.05))), 14);
    expect(c.seLog[1]).toBeCloseTo(Math.sqrt(0.3), 14);
    expect(c.lower[1]).toBeCloseTo(0.4 * Math.exp(-z * Math.sqrt(0.3)), 14);
    expect(c.upper[1]).toBeCloseTo(Math.min(1, 0.4 * Math.exp(z * Math.sqrt(0.3))), 14); // capped at 1
  });

  it("gives log-log limits exp(−exp(log(−log S) ± zσ/|log S|))", () => {
    // t = 1: S = 0.8, σ = √(1/20)
    const c = kaplanMeier({ time: [3, 2, 5, 1, 2], event: [1, 1, 1, 1, 1] }, { confType: "log_log" })
      .curves[0];
    const w = (z * Math.sqrt(0.05)) / -Math.log(0.8);
    expect(c.lower[0]).toBeCloseTo(Math.exp(-Math.exp(Math.log(-Math.log(0.8)) + w)), 14);
    expect(c.upper[0]).toBeCloseTo(Math.exp(-Math.exp(Math.log(-Math.log(0.8)) - w)), 14);
  });

  it("counts subjects censored at t as at risk at t", () => {
    // t = 2: 4 at risk (the one censored at 2 included), 2 events: S = 1 − 2/4 = 0.5
    // t = 3: 1 at risk, 1 event: S = 0
    const c = kaplanMeier({ time: [2, 2, 2, 3], event: [1, 0, 1, 1] }).curves[0];
    expect(c.nRisk).toEqual([4, 1]);
    expect(c.nEvent).toEqual([2, 1]);
    expect(c.nCensor).toEqual([1, 0]);
    expect(c.surv).toEqual([0.5, 0]);
  });

  it("keeps censored-only times as rows, with a single event", () => {
    // 1 censored, 2 event with 2 at risk: S = 1/2; 3 censored
    const c = kaplanMeier({ time: [1, 2, 3], event: [0, 1, 0] }).curves[0];
    expect(c.time).toEqual([1, 2, 3]);
    expect(c.surv).toEqual([1, 0.5, 0.5]);
    expect(c.nRisk).toEqual([3, 2, 1]);
  });
});

describe("kaplanMeier: edge cases", () => {
  it("all censored: surv 1 throughout, log limits [1, 1], log-log limits NaN", () => {
    const data = { time: [4, 1, 7], event: [0, 0, 0] };
    const log = kaplanMeier(data).curves[0];
    expect(log.surv).toEqual([1, 1, 1]);
    expect(log.lower).toEqual([1, 1, 1]);
    expect(log.upper).toEqual([1, 1, 1]);
    const ll = kaplanMeier(data, { confType: "log_log" });
    expect(ll.curves[0].lower.every(Number.isNaN)).toBe(true);
    expect(ll.curves[0].upper.every(Number.isNaN)).toBe(true);
    expect(ll.notes.join(" ")).toMatch(/not defined/);
  });

  it("surv 0: standard error and limits NaN, with a note", () => {
    const r = kaplanMeier({ time: [1, 2], event: [1, 1] });
    const c = r.curves[0];
    expect(c.surv).toEqual([0.5, 0]);
    expect(Number.isNaN(c.se[1]) && Number.isNaN(c.lower[1]) && Number.isNaN(c.upper[1])).toBe(true);
    expect(r.notes.join(" ")).toMatch(/reaches 0/);
  });

  it("an empty data set gives an empty curve", () => {
    expect(kaplanMeier({ time: [], event: [] }).curves[0].time).toEqual([]);
  });

  it("rejects invalid input", () => {
    expect(() => kaplanMeier({ time: [1, -2], event: [1, 1] })).toThrow(StatsError);
    expect(() => kaplanMeier({ time: [1, 2], event: [1, 2] })).toThrow(StatsError);
    expect(() => kaplanMeier({ time: [1, 2], event: [1] })).toThrow(StatsError);
    expect(() => kaplanMeier({ time: [1], event: [1] }, { level: 95 })).toThrow(StatsError);
    expect(() => kaplanMeier({ time: [1], event: [1] }, { strata: ["a", "b"] })).toThrow(StatsError);
  });
});

const survivalData = fc
  .array(
    fc.tuple(
      fc.integer({ min: 0, max: 20 }),
      fc.integer({ min: 0, max: 1 }),
      fc.constantFrom("fgc", "control"),
    ),
    {
      minLength: 1,
      maxLength: 40,
    },
  )
  .map((rows) => ({
    time: rows.map((r) => r[0]),
    event: rows.map((r) => r[1]),
    arm: rows.map((r) => r[2]),
  }));

describe("kaplanMeier: laws", () => {
  it("row order does not change the curves", () => {
    fc.assert(
      fc.property(survivalData, fc.integer({ min: 0 }), (d, shift) => {
        const perm = permutation(d.time.length, shift);
        const a = kaplanMeier({ time: d.time, event: d.event }, { strata: d.arm });
        const b = kaplanMeier(
          { time: perm.map((i) => d.time[i]), event: perm.map((i) => d.event[i]) },
          { strata: perm.map((i) => d.arm[i]) },
        );
        expect(b.curves).toEqual(a.curves);
      }),
      { seed: 42, numRuns: 200 },
    );
  });

  it("one stratum equals the unstratified curve; each stratum equals its own fit", () => {
    fc.assert(
      fc.property(survivalData, (d) => {
        const one = kaplanMeier({ time: d.time, event: d.event }, { strata: d.time.map(() => "all") }).curves;
        const plain = kaplanMeier({ time: d.time, event: d.event }).curves;
        expect(one).toHaveLength(1);
        expect({ ...one[0], stratum: null }).toEqual(plain[0]);
        for (const c of kaplanMeier({ time: d.time, event: d.event }, { strata: d.arm }).curves) {
          const rows = d.arm.flatMap((a, i) => (a === c.stratum ? [i] : []));
          const own = kaplanMeier({ time: rows.map((i) => d.time[i]), event: rows.map((i) => d.event[i]) })
            .curves[0];
          expect({ ...c, stratum: null }).toEqual(own);
        }
      }),
      { seed: 42, numRuns: 200 },
    );
  });

  it("surv is non-increasing and within its limits; n_risk falls by events and censorings", () => {
    fc.assert(
      fc.property(survivalData, (d) => {
        const c = kaplanMeier({ time: d.time, event: d.event }).curves[0];
        for (let i = 0; i < c.time.length; i++) {
          if (i > 0) {
            expect(c.surv[i]).toBeLessThanOrEqual(c.surv[i - 1]);
            expect(c.nRisk[i]).toBe(c.nRisk[i - 1] - c.nEvent[i - 1] - c.nCensor[i - 1]);
          }
          if (c.surv[i] > 0) {
            expect(c.lower[i]).toBeLessThanOrEqual(c.surv[i] + 1e-15);
            expect(c.upper[i]).toBeGreaterThanOrEqual(c.surv[i] - 1e-15);
            expect(c.upper[i]).toBeLessThanOrEqual(1);
          }
        }
      }),
      { seed: 42, numRuns: 200 },
    );
  });
});
