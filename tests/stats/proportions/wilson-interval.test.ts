import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { wilsonInterval } from "../../../src/stats/proportions/wilson-interval.js";
import { StatsError } from "../../../src/util/errors.js";
import { describeIntervalLaws } from "../../laws/interval-laws.js";

const Z95 = 1.959963984540054; // qnorm(0.975)

describe("wilsonInterval", () => {
  it("gives z²/(n + z²) as the upper limit and exactly 0 as the lower when x = 0", () => {
    // x = 0: (z²/2n + √(z⁴/4n²)) / (1 + z²/n) = (z²/n)/(1 + z²/n) = z²/(n + z²)
    const e = wilsonInterval(0, 10);
    expect(e.ci[0]).toBe(0);
    expect(e.ci[1]).toBeCloseTo((Z95 * Z95) / (10 + Z95 * Z95), 14);
  });

  it("gives exactly 1 as the upper limit when x = n, mirroring x = 0", () => {
    const all = wilsonInterval(10, 10);
    const none = wilsonInterval(0, 10);
    expect(all.ci[1]).toBe(1);
    expect(all.ci[0]).toBeCloseTo(1 - none.ci[1], 14);
  });

  it("is centred on (x + z²/2)/(n + z²)", () => {
    // centre of the Wilson interval = (p + z²/2n)/(1 + z²/n) = (3 + z²/2)/(10 + z²)
    const [lo, hi] = wilsonInterval(3, 10).ci;
    expect((lo + hi) / 2).toBeCloseTo((3 + (Z95 * Z95) / 2) / (10 + Z95 * Z95), 14);
  });

  it("with the continuity correction is wider and caps the ½ shift at |x − n/2| (prop.test)", () => {
    const plain = wilsonInterval(3, 10);
    const cc = wilsonInterval(3, 10, 0.95, { continuityCorrection: true });
    expect(cc.ci[0]).toBeLessThan(plain.ci[0]);
    expect(cc.ci[1]).toBeGreaterThan(plain.ci[1]);
    expect(cc.method).toBe("proportion_ci.wilson_cc");
    // x = n/2: shift min(½, |5 − 5|) = 0, so the corrected interval equals the plain one
    const half = wilsonInterval(5, 10, 0.95, { continuityCorrection: true });
    expect(half.ci).toEqual(wilsonInterval(5, 10).ci);
  });

  it("is symmetric: the interval for n − x is 1 minus the interval for x", () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 300 })
          .chain((n) => fc.tuple(fc.constant(n), fc.integer({ min: 0, max: n }))),
        fc.boolean(),
        ([n, x], cc) => {
          const a = wilsonInterval(x, n, 0.95, { continuityCorrection: cc });
          const b = wilsonInterval(n - x, n, 0.95, { continuityCorrection: cc });
          return Math.abs(a.ci[0] - (1 - b.ci[1])) < 1e-12 && Math.abs(a.ci[1] - (1 - b.ci[0])) < 1e-12;
        },
      ),
      { seed: 42, numRuns: 200 },
    );
  });

  it("throws a StatsError naming the argument for an empty group, x > n, or a bad level", () => {
    expect(() => wilsonInterval(0, 0)).toThrow(StatsError);
    expect(() => wilsonInterval(0, 0)).toThrow(/n must be at least 1/);
    expect(() => wilsonInterval(5, 4)).toThrow(/x must be at most n = 4/);
    expect(() => wilsonInterval(-1, 4)).toThrow(StatsError);
    expect(() => wilsonInterval(1.5, 4)).toThrow(StatsError);
    expect(() => wilsonInterval(1, 4, 95)).toThrow(/level/);
  });
});

describeIntervalLaws("wilson", (x, n, level) => wilsonInterval(x, n, level), { bounds: [0, 1] });
describeIntervalLaws(
  "wilson_cc",
  (x, n, level) => wilsonInterval(x, n, level, { continuityCorrection: true }),
  {
    bounds: [0, 1],
  },
);
