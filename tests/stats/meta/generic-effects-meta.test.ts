import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { genericEffectsMeta } from "../../../src/stats/meta/generic-effects-meta.js";
import { intervalEffectSizes } from "../../../src/stats/meta/interval-effect-sizes.js";
import { randomEffectsMeta } from "../../../src/stats/meta/random-effects-meta.js";
import { trialEffectSizes } from "../../../src/stats/meta/trial-effect-sizes.js";
import { StatsError } from "../../../src/util/errors.js";

const Z975 = 1.959963984540054;
const T975_1 = 12.706204736174705; // t quantile 0.975 on 1 df

describe("genericEffectsMeta hand cases", () => {
  it("k = 2, equal variances: τ² 0.4 by DL and REML, every interval and I², H² by hand", () => {
    // yi 0, 1; vi 0.1, 0.1. Q = 10·0.25·2 = 5, C = 20 − 200/20 = 10: τ²_DL = (5 − 1)/10 = 0.4,
    // REML for k = 2 with equal v: (y1 − y2)²/2 − v = 0.4. w = 1/0.5 = 2 each: μ = 0.5, se = 1/√4 = 0.5.
    // KH: Σw(y − μ)² = 2·0.25·2 = 1, se_KH² = 1/(1·4) = 0.25. s² = 1·20/(400 − 200) = 0.1:
    // I² = 100·0.4/0.5 = 80, H² = 0.5/0.1 = 5. PI: 0.5 ± z·√(0.25 + 0.4).
    for (const method of ["dl", "reml"] as const) {
      const r = genericEffectsMeta({ yi: [0, 1], vi: [0.1, 0.1] }, { method });
      expect(r.method).toBe(`meta.generic.${method}`);
      expect(r.tau2).toBeCloseTo(0.4, 9);
      expect(r.pooled.estimate).toBeCloseTo(0.5, 12);
      expect(r.pooled.se).toBeCloseTo(0.5, 9);
      expect(r.pooled.ci[0]).toBeCloseTo(0.5 - Z975 * 0.5, 9);
      expect(r.knappHartung.se).toBeCloseTo(0.5, 9);
      expect(r.knappHartung.ci[1]).toBeCloseTo(0.5 + T975_1 * 0.5, 8);
      expect(r.prediction[1]).toBeCloseTo(0.5 + Z975 * Math.sqrt(0.65), 9);
      expect(r.predictionKnappHartung[0]).toBeCloseTo(0.5 - T975_1 * Math.sqrt(0.65), 8);
      expect(r.heterogeneity.Q).toBeCloseTo(5, 12);
      expect(r.heterogeneity.I2).toBeCloseTo(80, 8);
      expect(r.heterogeneity.H2).toBeCloseTo(5, 8);
      expect(r.weights).toEqual([50, 50]);
    }
  });

  it("all yi equal: τ² = 0, Q = 0, I² = 0, H² = 1 and a zero-width Knapp–Hartung interval", () => {
    // Σ(yᵢ − μ)² terms are all 0: se_KH = 0 (factor not truncated), PI_KH = μ ± t·√(0 + 0).
    // w = 10, 5, 2.5: se = 1/√17.5; weights 10/17.5 = 57.14…%, 28.57…%, 14.28…%.
    const r = genericEffectsMeta({ yi: [0.3, 0.3, 0.3], vi: [0.1, 0.2, 0.4] }, { method: "reml" });
    expect(r.tau2).toBe(0);
    expect(r.heterogeneity.Q).toBeCloseTo(0, 14);
    expect(r.heterogeneity.I2).toBe(0);
    expect(r.heterogeneity.H2).toBe(1);
    expect(r.pooled.se).toBeCloseTo(1 / Math.sqrt(17.5), 14);
    expect(r.knappHartung.ci[0]).toBeCloseTo(0.3, 14);
    expect(r.knappHartung.ci[1]).toBeCloseTo(0.3, 14);
    expect(r.predictionKnappHartung[1] - r.predictionKnappHartung[0]).toBeCloseTo(0, 14);
    expect(r.weights[0]).toBeCloseTo((100 * 10) / 17.5, 12);
  });

  it("a ratio measure is pooled on the log scale and reported as a ratio", () => {
    const logScale = genericEffectsMeta({ yi: [Math.log(0.8), Math.log(0.6)], vi: [0.01, 0.02] });
    const hr = genericEffectsMeta(
      { yi: [Math.log(0.8), Math.log(0.6)], vi: [0.01, 0.02] },
      { measure: "hr" },
    );
    expect(hr.pooled.estimate).toBeCloseTo(Math.exp(logScale.pooled.estimate), 14);
    expect(hr.pooled.ci[0]).toBeCloseTo(Math.exp(logScale.pooled.ci[0]), 14);
    expect(hr.prediction[1]).toBeCloseTo(Math.exp(logScale.prediction[1]), 14);
    expect(hr.pooled.scale).toBe("log");
    expect(hr.pooled.se).toBe(logScale.pooled.se);
  });

  it("2×2 counts reuse trialEffectSizes: the DL fit equals randomEffectsMeta's", () => {
    const trials = { a: [10, 15, 8], n1: [50, 60, 40], c: [20, 18, 16], n0: [50, 60, 40] };
    for (const measure of ["or", "rd"] as const) {
      const r = genericEffectsMeta(trials, { measure, method: "dl" });
      const old = randomEffectsMeta(trials, measure);
      expect(r.yi).toEqual(trialEffectSizes(trials, measure).yi);
      expect(r.pooled.estimate).toBeCloseTo(old.dl.estimate, 12);
      expect(r.pooled.ci[1]).toBeCloseTo(old.dl.ci[1], 12);
      expect(r.tau2).toBeCloseTo(old.tau2Dl, 14);
    }
  });

  it("2×2 counts on the risk-ratio scale: log RR and variance 1/a − 1/n1 + 1/c − 1/n0", () => {
    // 10/50 vs 20/50: log RR = log(0.2/0.4) = log 0.5; v = 1/10 − 1/50 + 1/20 − 1/50 = 0.11
    const e = trialEffectSizes({ a: [10], n1: [50], c: [20], n0: [50] }, "rr");
    expect(e.yi[0]).toBeCloseTo(Math.log(0.5), 14);
    expect(e.vi[0]).toBeCloseTo(0.11, 14);
  });

  it("estimates with CIs enter through intervalEffectSizes", () => {
    const intervals = { estimate: [0.8, 0.7], lower: [0.64, 0.5], upper: [1, 0.98] };
    const r = genericEffectsMeta(intervals, { measure: "rr", method: "dl" });
    expect(r.vi).toEqual(intervalEffectSizes(intervals, "ratio").vi);
  });
});

describe("intervalEffectSizes: the variance from the CI width, by hand", () => {
  it("a ratio at 95%: vi = ((log U − log L)/(2·1.95996))²", () => {
    // HR 0.8 (0.64 to 1.00): log 1 − log 0.64 = 0.446287102628; /3.919927969 = 0.113850843; ² = 0.0129620144
    const r = intervalEffectSizes({ estimate: [0.8], lower: [0.64], upper: [1] }, "ratio");
    expect(r.yi[0]).toBeCloseTo(-0.22314355131, 10);
    expect(r.vi[0]).toBeCloseTo(0.0129620144, 9);
  });
  it("a difference at 90%: vi = ((U − L)/(2·1.64485))²", () => {
    // RD −0.086 (−0.12 to −0.05) at 90%: 0.07/3.289707254 = 0.021278489; ² = 0.000452774
    const r = intervalEffectSizes(
      { estimate: [-0.086], lower: [-0.12], upper: [-0.05], level: [0.9] },
      "difference",
    );
    expect(r.yi[0]).toBe(-0.086);
    expect(r.vi[0]).toBeCloseTo(0.000452774, 8);
  });
  it("refuses an upper limit below the lower, a ratio ≤ 0 and an estimate outside its interval", () => {
    expect(() => intervalEffectSizes({ estimate: [1], lower: [1.2], upper: [0.9] }, "ratio")).toThrow(
      StatsError,
    );
    expect(() => intervalEffectSizes({ estimate: [0], lower: [0], upper: [1] }, "ratio")).toThrow(
      /ratio above 0/,
    );
    expect(() => intervalEffectSizes({ estimate: [2], lower: [0.5], upper: [1] }, "ratio")).toThrow(/within/);
  });
});

describe("genericEffectsMeta refuses what it cannot pool", () => {
  it("one study, a variance ≤ 0, SMD from counts, an unknown method", () => {
    expect(() => genericEffectsMeta({ yi: [1], vi: [0.1] })).toThrow(/at least two studies/);
    expect(() => genericEffectsMeta({ yi: [1, 2], vi: [0.1, 0] })).toThrow(/vi\[1\]/);
    expect(() =>
      genericEffectsMeta({ a: [1, 2], n1: [5, 5], c: [1, 2], n0: [5, 5] }, { measure: "smd" }),
    ).toThrow(StatsError);
    // @ts-expect-error a method outside the union
    expect(() => genericEffectsMeta({ yi: [1, 2], vi: [1, 1] }, { method: "pm" })).toThrow(/options.method/);
  });
});

describe("genericEffectsMeta laws", () => {
  const studies = fc
    .array(
      fc.tuple(fc.double({ min: -3, max: 3, noNaN: true }), fc.double({ min: 0.001, max: 2, noNaN: true })),
      {
        minLength: 2,
        maxLength: 12,
      },
    )
    .map((rows) => ({ yi: rows.map((r) => r[0]), vi: rows.map((r) => r[1]) }));
  it("weights sum to 100, intervals contain the estimate, the KH PI contains the KH CI", () => {
    fc.assert(
      fc.property(studies, fc.constantFrom("dl" as const, "reml" as const), (s, method) => {
        const r = genericEffectsMeta(s, { method });
        expect(r.weights.reduce((a, b) => a + b, 0)).toBeCloseTo(100, 9);
        expect(r.pooled.ci[0]).toBeLessThanOrEqual(r.pooled.estimate);
        expect(r.pooled.ci[1]).toBeGreaterThanOrEqual(r.pooled.estimate);
        expect(r.prediction[0]).toBeLessThanOrEqual(r.pooled.ci[0] + 1e-12);
        expect(r.predictionKnappHartung[1]).toBeGreaterThanOrEqual(r.knappHartung.ci[1] - 1e-12);
        expect(r.heterogeneity.I2).toBeGreaterThanOrEqual(0);
        expect(r.heterogeneity.H2).toBeGreaterThanOrEqual(1 - 1e-12);
      }),
      { seed: Number(process.env.FC_SEED ?? 15), numRuns: 200 },
    );
  });
  it("reversing the order of the studies leaves the pooled estimate and τ² unchanged", () => {
    fc.assert(
      fc.property(studies, (s) => {
        const a = genericEffectsMeta(s);
        const b = genericEffectsMeta({ yi: [...s.yi].reverse(), vi: [...s.vi].reverse() });
        expect(b.tau2).toBeCloseTo(a.tau2, 8);
        expect(b.pooled.estimate).toBeCloseTo(a.pooled.estimate, 8);
      }),
      { seed: Number(process.env.FC_SEED ?? 15), numRuns: 100 },
    );
  });
});
