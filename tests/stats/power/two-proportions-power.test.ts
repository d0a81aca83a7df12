import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { designEffect } from "../../../src/stats/power/design-effect.js";
import {
  twoProportionsPower,
  twoProportionsSampleSize,
} from "../../../src/stats/power/two-proportions-power.js";
import { StatsError } from "../../../src/util/errors.js";

describe("designEffect", () => {
  it("is 1 + (m − 1)·ICC", () => {
    // 1 + (3 − 1)·0.05 = 1.1
    expect(designEffect(3, 0.05)).toBeCloseTo(1.1, 15);
    expect(designEffect(1, 0.5)).toBe(1);
  });
  it("is 1 + ((cv² + 1)·m − 1)·ICC with unequal cluster sizes (Eldridge et al. 2006)", () => {
    // cv = 0.5, m = 4, ICC = 0.1: 1 + (1.25·4 − 1)·0.1 = 1.4
    expect(designEffect(4, 0.1, 0.5)).toBeCloseTo(1.4, 15);
    expect(designEffect(4, 0.1, 0)).toBe(designEffect(4, 0.1));
    expect(() => designEffect(4, 0.1, -0.2)).toThrow(StatsError);
  });
  it("rejects a cluster size below 1 or an ICC outside [0, 1]", () => {
    expect(() => designEffect(0.5, 0.1)).toThrow(StatsError);
    expect(() => designEffect(2, 1.5)).toThrow(StatsError);
  });
});

describe("twoProportionsSampleSize", () => {
  it("hand case p1 = 0.5, p0 = 0.3, power 0.8", () => {
    // z = 1.959964, zβ = 0.841621; √(2·0.4·0.6) = 0.692820, √(0.25 + 0.21) = 0.678233
    // n = ((1.959964·0.692820 + 0.841621·0.678233)/0.2)² = (1.928719/0.2)² = 92.9988
    const r = twoProportionsSampleSize({ p1: 0.5, p0: 0.3, power: 0.8 });
    expect(r.nPerArm).toBeCloseTo(92.9988, 3);
    expect(r.designEffect).toBe(1);
    expect(r.nPerArmClustered).toBe(r.nPerArm);
    expect(r.method).toBe("power.two_proportions");
  });
  it("inflates n by the design effect", () => {
    // DE = 1 + (2 − 1)·0.1 = 1.1
    const r = twoProportionsSampleSize({ p1: 0.5, p0: 0.3, power: 0.8, meanClusterSize: 2, icc: 0.1 });
    expect(r.designEffect).toBeCloseTo(1.1, 15);
    expect(r.nPerArmClustered).toBeCloseTo(r.nPerArm * 1.1, 10);
  });
  it("takes the unequal-size design effect and cites it", () => {
    const r = twoProportionsSampleSize({
      p1: 0.5,
      p0: 0.3,
      power: 0.8,
      meanClusterSize: 4,
      icc: 0.1,
      clusterSizeCv: 0.5,
    });
    expect(r.designEffect).toBeCloseTo(1.4, 15);
    expect(r.references).toContain("eldridge2006");
  });
  it("is not estimable when p1 = p0", () => {
    const r = twoProportionsSampleSize({ p1: 0.3, p0: 0.3, power: 0.8 });
    expect(r.nPerArm).toBeNaN();
    expect(r.notes.join(" ")).toMatch(/not estimable/);
  });
  it("rejects proportions outside (0, 1) and power outside (0, 1)", () => {
    expect(() => twoProportionsSampleSize({ p1: 0, p0: 0.3, power: 0.8 })).toThrow(StatsError);
    expect(() => twoProportionsSampleSize({ p1: 0.4, p0: 0.3, power: 1 })).toThrow(StatsError);
    expect(() => twoProportionsSampleSize({ p1: 0.4, p0: 0.3, power: 0.8, level: 95 })).toThrow(StatsError);
  });
});

describe("laws", () => {
  const prop = fc.double({ min: 0.02, max: 0.98, noNaN: true });
  const power = fc.double({ min: 0.5, max: 0.99, noNaN: true });
  it("the power at the computed n is the power asked for", () => {
    fc.assert(
      fc.property(prop, prop, power, (p1, p0, pw) => {
        fc.pre(Math.abs(p1 - p0) > 0.01);
        const n = twoProportionsSampleSize({ p1, p0, power: pw }).nPerArm;
        return Math.abs(twoProportionsPower({ p1, p0 }, n) - pw) < 1e-10;
      }),
      { seed: 42, numRuns: 200 },
    );
  });
  it("swapping the arms changes nothing", () => {
    fc.assert(
      fc.property(prop, prop, (p1, p0) => {
        fc.pre(Math.abs(p1 - p0) > 0.01);
        const a = twoProportionsSampleSize({ p1, p0, power: 0.8 }).nPerArm;
        const b = twoProportionsSampleSize({ p1: p0, p0: p1, power: 0.8 }).nPerArm;
        return Math.abs(a - b) <= 1e-9 * a;
      }),
      { seed: 42, numRuns: 200 },
    );
  });
  it("power grows with n (until it reaches 1)", () => {
    fc.assert(
      fc.property(prop, prop, fc.integer({ min: 2, max: 5000 }), (p1, p0, n) => {
        fc.pre(Math.abs(p1 - p0) > 0.01);
        const [a, b] = [twoProportionsPower({ p1, p0 }, n), twoProportionsPower({ p1, p0 }, n + 1)];
        return a < 1 - 1e-9 ? b > a : b >= a; // strictly until the power saturates at 1
      }),
      { seed: 42, numRuns: 200 },
    );
  });
  it("a higher level needs more children", () => {
    const a = twoProportionsSampleSize({ p1: 0.36, p0: 0.45, power: 0.8, level: 0.95 }).nPerArm;
    const b = twoProportionsSampleSize({ p1: 0.36, p0: 0.45, power: 0.8, level: 0.99 }).nPerArm;
    expect(b).toBeGreaterThan(a);
  });
});
