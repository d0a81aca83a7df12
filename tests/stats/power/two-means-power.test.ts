import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalCdf, normalQuantile } from "../../../src/stats/distributions/normal.js";
import { twoMeansPower, twoMeansSampleSize } from "../../../src/stats/power/two-means-power.js";
import { StatsError } from "../../../src/util/errors.js";

describe("twoMeansSampleSize", () => {
  it("needs a little more than the normal approximation, which it approaches for large n", () => {
    // normal approximation: n = 2·((1.959964 + 0.841621)/0.1)² = 1569.78 for a 0.1 sd difference
    const z = normalQuantile(0.975) + normalQuantile(0.8);
    const normalN = 2 * (z / 0.1) ** 2;
    const r = twoMeansSampleSize({ delta: 0.1, sd: 1, power: 0.8 });
    expect(r.nPerArm).toBeGreaterThan(normalN);
    expect(r.nPerArm - normalN).toBeLessThan(2); // the t test costs about one unit per arm here
    expect(r.method).toBe("power.two_means");
  });

  it("inflates n by the design effect", () => {
    // DE = 1 + ((0.5² + 1)·4 − 1)·0.1 = 1.4
    const r = twoMeansSampleSize({
      delta: 30,
      sd: 90,
      power: 0.8,
      meanClusterSize: 4,
      icc: 0.1,
      clusterSizeCv: 0.5,
    });
    expect(r.designEffect).toBeCloseTo(1.4, 15);
    expect(r.nPerArmClustered).toBeCloseTo(r.nPerArm * 1.4, 10);
  });

  it("is not estimable when delta is 0", () => {
    const r = twoMeansSampleSize({ delta: 0, sd: 1, power: 0.8 });
    expect(r.nPerArm).toBeNaN();
    expect(r.notes.join(" ")).toMatch(/not estimable/);
  });

  it("rejects an sd that is not positive and a power outside (0, 1)", () => {
    expect(() => twoMeansSampleSize({ delta: 1, sd: 0, power: 0.8 })).toThrow(StatsError);
    expect(() => twoMeansSampleSize({ delta: 1, sd: 1, power: 1.2 })).toThrow(StatsError);
    expect(() => twoMeansPower({ delta: 1, sd: 1 }, 1)).toThrow(StatsError);
  });
});

describe("twoMeansPower", () => {
  it("is close to the normal approximation Φ(√(n/2)·δ/σ − z) for large n", () => {
    // n = 5000, δ/σ = 0.05: Φ(50·0.05 − 1.96) = Φ(0.540036)
    const p = twoMeansPower({ delta: 0.05, sd: 1 }, 5000);
    expect(p).toBeCloseTo(normalCdf(2.5 - normalQuantile(0.975)), 3);
    expect(p).toBeLessThan(normalCdf(2.5 - normalQuantile(0.975)));
  });

  it("is the power asked for at the computed n, and does not depend on the sign of delta", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.1, max: 2, noNaN: true }),
        fc.double({ min: 0.55, max: 0.95, noNaN: true }),
        (effect, pw) => {
          const n = twoMeansSampleSize({ delta: effect, sd: 1, power: pw }).nPerArm;
          expect(twoMeansPower({ delta: effect, sd: 1 }, n)).toBeCloseTo(pw, 9);
          expect(twoMeansPower({ delta: -effect, sd: 1 }, n)).toBe(
            twoMeansPower({ delta: effect, sd: 1 }, n),
          );
          return true;
        },
      ),
      { seed: 42, numRuns: 10 },
    );
  });
});
