import { describe, expect, it } from "vitest";
import { rerandomisationRiskDifference } from "../../../src/stats/resampling/rerandomisation-risk-difference.js";
import { rerandomisationTest } from "../../../src/stats/resampling/rerandomisation-test.js";
import { StatsError } from "../../../src/util/errors.js";
import { createRng } from "../../../src/util/rng.js";
import { simulatedTrial } from "./simulated-trial.js";

describe("rerandomisationRiskDifference", () => {
  it("observes the pooled risk difference and gives p in (0, 1]", () => {
    // arm 1: 3/5, arm 0: 5/7 → RD = −4/35
    const data = { events: [1, 2, 0, 1, 2, 2], n: [2, 2, 1, 2, 3, 2], arm: [1, 1, 1, 0, 0, 0] };
    const r = rerandomisationRiskDifference(data, { rng: createRng(7), replicates: 500 });
    expect(r.observed).toBeCloseTo(3 / 5 - 5 / 7, 14);
    expect(r.p).toBeGreaterThan(0);
    expect(r.p).toBeLessThanOrEqual(1);
  });
  it("gives bit for bit the replicates of summing each arm on its own (arm 0 as totals less arm 1)", () => {
    const t = simulatedTrial(4);
    const statistic = (arm: Uint8Array) => {
      let a = 0,
        m1 = 0,
        c = 0,
        m0 = 0;
      for (let i = 0; i < arm.length; i++) {
        if (arm[i] === 1) {
          a += t.events[i];
          m1 += t.n[i];
        } else {
          c += t.events[i];
          m0 += t.n[i];
        }
      }
      return m1 > 0 && m0 > 0 ? a / m1 - c / m0 : Number.NaN;
    };
    const fast = rerandomisationRiskDifference(t, { rng: createRng(3), replicates: 300, stratum: t.stratum });
    const plain = rerandomisationTest({
      arm: t.arm,
      statistic,
      rng: createRng(3),
      replicates: 300,
      stratum: t.stratum,
    });
    expect(fast.replicates).toEqual(plain.replicates);
    expect(Object.is(fast.observed, plain.observed)).toBe(true);
    expect(fast.p).toBe(plain.p);
  });
  it("gives p = 1 when both arms have the same risk", () => {
    // arm 1: 2/4, arm 0: 3/6 → RD = 0
    const data = { events: [1, 1, 1, 2], n: [2, 2, 2, 4], arm: [1, 1, 0, 0] };
    const r = rerandomisationRiskDifference(data, { rng: createRng(1), replicates: 200 });
    expect(r.observed).toBe(0);
    expect(r.p).toBe(1);
  });
  it("gives the smallest possible p when only the observed allocation is that extreme", () => {
    const t = simulatedTrial(5, 600, 350, 5);
    const strong = { ...t, events: t.n.map((m, i) => (t.arm[i] === 1 ? 0 : m)) };
    const r = rerandomisationRiskDifference(strong, {
      rng: createRng(5),
      replicates: 999,
      stratum: t.stratum,
    });
    // no re-allocation reaches RD = −1, so p = 1/(1 + 999)
    expect(r.p).toBeCloseTo(1 / 1000, 14);
    expect(r.nStrata).toBe(5);
  });
  it("throws StatsError for impossible counts", () => {
    expect(() =>
      rerandomisationRiskDifference({ events: [3, 0], n: [2, 1], arm: [1, 0] }, { rng: createRng(1) }),
    ).toThrow(StatsError);
  });
});
