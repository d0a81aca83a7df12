import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { rerandomisationTest } from "../../../src/stats/resampling/rerandomisation-test.js";
import { StatsError } from "../../../src/util/errors.js";
import { createRng } from "../../../src/util/rng.js";

const y = [1, 2, 3, 4];
const sumDiff = (arm: Uint8Array): number => y.reduce((s, v, i) => s + (arm[i] === 1 ? v : -v), 0);

describe("rerandomisationTest", () => {
  it("approaches the exact permutation p-value", () => {
    // arm 1 = {1, 2}: T = 3 − 7 = −4. The 6 allocations of 2 of 4 give T = −4, −2, 0, 0, 2, 4;
    // |T| ≥ 4 in 2 of 6, exact p = 1/3. With R = 20,000 the share is within ±0.01 (3 SE).
    const r = rerandomisationTest({
      arm: [1, 1, 0, 0],
      statistic: sumDiff,
      rng: createRng(1),
      replicates: 20000,
    });
    expect(r.observed).toBe(-4);
    expect(Math.abs(r.pProportion - 1 / 3)).toBeLessThan(0.01);
    expect(r.p).toBeCloseTo((1 + r.extreme) / 20001, 14);
    expect(r.method).toBe("resampling.rerandomisation");
  });
  it("keeps each stratum's number of clusters per arm", () => {
    const stratum = [0, 0, 0, 1, 1, 1, 1];
    const arm = [1, 0, 0, 1, 1, 0, 0];
    const seen = new Set<string>();
    const statistic = (a: Uint8Array): number => {
      seen.add(`${a[0] + a[1] + a[2]}/${a[3] + a[4] + a[5] + a[6]}`);
      return a[0] - a[3];
    };
    rerandomisationTest({ arm, statistic, rng: createRng(2), replicates: 500, stratum });
    expect(seen).toEqual(new Set(["1/2"]));
  });
  it("gives p in (0, 1] for any seed, and the same replicates for the same seed", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 }), (seed) => {
        const a = rerandomisationTest({
          arm: [1, 0, 1, 0, 1, 0],
          statistic: sumDiff6,
          rng: createRng(seed),
          replicates: 50,
        });
        const b = rerandomisationTest({
          arm: [1, 0, 1, 0, 1, 0],
          statistic: sumDiff6,
          rng: createRng(seed),
          replicates: 50,
        });
        const c = rerandomisationTest({
          arm: [1, 0, 1, 0, 1, 0],
          statistic: sumDiff6,
          rng: createRng(seed + 1),
          replicates: 50,
        });
        expect(a.p).toBeGreaterThan(0);
        expect(a.p).toBeLessThanOrEqual(1);
        expect(b.replicates).toEqual(a.replicates);
        expect(c.replicates).not.toEqual(a.replicates);
      }),
      { seed: 42, numRuns: 100 },
    );
  });
  it("gives p = 1 when the observed statistic is 0", () => {
    // y = 1, 2, 3, 4 with arm 1 = {1, 4}: 5 − 5 = 0; every |T*| ≥ 0
    const r = rerandomisationTest({
      arm: [1, 0, 0, 1],
      statistic: sumDiff,
      rng: createRng(3),
      replicates: 100,
    });
    expect(r.observed).toBe(0);
    expect(r.p).toBe(1);
    expect(r.pProportion).toBe(1);
  });
  it("is NaN with a note for a single cluster", () => {
    const r = rerandomisationTest({ arm: [1], statistic: () => 1, rng: createRng(1) });
    expect(r.p).toBeNaN();
    expect(r.notes[0]).toMatch(/not estimable: .*at least 2 clusters/);
  });
  it("throws StatsError on invalid input", () => {
    const rng = createRng(1);
    expect(() => rerandomisationTest({ arm: [1, 2], statistic: sumDiff, rng })).toThrow(StatsError);
    expect(() => rerandomisationTest({ arm: [1, 0], statistic: sumDiff, rng, replicates: -1 })).toThrow(
      StatsError,
    );
    expect(() => rerandomisationTest({ arm: [1, 0], statistic: sumDiff, rng, stratum: [1] })).toThrow(
      StatsError,
    );
  });
});

const y6 = [5, 3, 8, 1, 9, 2];
function sumDiff6(arm: Uint8Array): number {
  return y6.reduce((s, v, i) => s + (arm[i] === 1 ? v : -v), 0);
}
