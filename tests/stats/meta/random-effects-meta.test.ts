import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { randomEffectsMeta } from "../../../src/stats/meta/random-effects-meta.js";
import { tau2DerSimonianLaird } from "../../../src/stats/meta/tau2-dersimonian-laird.js";
import { tau2Hedges } from "../../../src/stats/meta/tau2-hedges.js";
import { tau2Reml } from "../../../src/stats/meta/tau2-reml.js";
import { trialEffectSizes } from "../../../src/stats/meta/trial-effect-sizes.js";
import { StatsError } from "../../../src/util/errors.js";

describe("hand cases", () => {
  it("two trials of equal variance: DL, REML and Hedges agree", () => {
    // w = 10 each, ȳ = 0.5, Q = 10·0.25·2 = 5, C = 20 − 200/20 = 10: τ² = (5 − 1)/10 = 0.4
    // I² = (5 − 1)/5 = 80%; Hedges: 0.5 − 0.1 = 0.4; REML for k = 2, equal v: (y1 − y2)²/2 − v = 0.4
    const dl = tau2DerSimonianLaird([0, 1], [0.1, 0.1]);
    expect(dl.tau2).toBeCloseTo(0.4, 14);
    expect(dl.Q).toBeCloseTo(5, 14);
    expect(dl.I2).toBeCloseTo(80, 12);
    expect(tau2Hedges([0, 1], [0.1, 0.1])).toBeCloseTo(0.4, 14);
    expect(tau2Reml([0, 1], [0.1, 0.1]).tau2).toBeCloseTo(0.4, 10);
  });
  it("effect sizes: log OR and RD with their variances", () => {
    // a, b, c, d = 10, 40, 20, 30: log OR = log(300/800), v = 1/10 + 1/40 + 1/20 + 1/30
    const or = trialEffectSizes({ a: [10], n1: [50], c: [20], n0: [50] }, "or");
    expect(or.yi[0]).toBeCloseTo(Math.log(300 / 800), 14);
    expect(or.vi[0]).toBeCloseTo(0.1 + 0.025 + 0.05 + 1 / 30, 14);
    // RD = 0.2 − 0.4; v = 0.2·0.8/50 + 0.4·0.6/50 = 0.008
    const rd = trialEffectSizes({ a: [10], n1: [50], c: [20], n0: [50] }, "rd");
    expect(rd.yi[0]).toBeCloseTo(-0.2, 14);
    expect(rd.vi[0]).toBeCloseTo(0.008, 14);
  });
  it("an empty cell adds 0.5 to that trial's cells only", () => {
    // trial 1: 0.5, 10.5, 3.5, 7.5 → log OR = log(0.5·7.5/(10.5·3.5)); trial 2 untouched
    const r = trialEffectSizes({ a: [0, 2], n1: [10, 10], c: [3, 3], n0: [10, 10] }, "or");
    expect(r.yi[0]).toBeCloseTo(Math.log((0.5 * 7.5) / (10.5 * 3.5)), 14);
    expect(r.vi[0]).toBeCloseTo(1 / 0.5 + 1 / 10.5 + 1 / 3.5 + 1 / 7.5, 14);
    expect(r.yi[1]).toBeCloseTo(Math.log((2 * 7) / (8 * 3)), 14);
    expect(r.notes).toHaveLength(1);
  });
  it("identical trials: no heterogeneity, all pooled estimates equal the trial's", () => {
    // every yi equal: Q = 0, τ² = 0, I² = 0; pooled log OR = the common log OR
    const t = { a: [10, 10, 10], n1: [50, 50, 50], c: [20, 20, 20], n0: [50, 50, 50] };
    const r = randomEffectsMeta(t, "or");
    expect(r.heterogeneity.Q).toBeCloseTo(0, 20);
    expect(r.heterogeneity.I2).toBe(0);
    expect(r.tau2Dl).toBe(0);
    expect(r.tau2Reml).toBe(0);
    expect(r.reml.estimate).toBeCloseTo(300 / 800, 12);
    expect(r.dl.scale).toBe("log");
  });
  it("rejects a single trial and unknown options", () => {
    expect(() => randomEffectsMeta({ a: [1], n1: [10], c: [2], n0: [10] }, "rd")).toThrow(StatsError);
    const t = { a: [1, 2], n1: [10, 10], c: [2, 3], n0: [10, 10] };
    // biome-ignore lint/suspicious/noExplicitAny: testing a bad option
    expect(() => randomEffectsMeta(t, "rd", { reml: "fast" as any })).toThrow(StatsError);
    // biome-ignore lint/suspicious/noExplicitAny: testing a bad measure
    expect(() => randomEffectsMeta(t, "rr" as any)).toThrow(StatsError);
  });
});

describe("laws", () => {
  const trial = fc
    .tuple(fc.integer({ min: 20, max: 400 }), fc.integer({ min: 20, max: 400 }))
    .chain(([n1, n0]) =>
      fc.tuple(
        fc.integer({ min: 1, max: n1 - 1 }),
        fc.constant(n1),
        fc.integer({ min: 1, max: n0 - 1 }),
        fc.constant(n0),
      ),
    );
  const trials = fc.array(trial, { minLength: 2, maxLength: 10 }).map((rows) => ({
    a: rows.map((r) => r[0]),
    n1: rows.map((r) => r[1]),
    c: rows.map((r) => r[2]),
    n0: rows.map((r) => r[3]),
  }));
  const measure = fc.constantFrom("or" as const, "rd" as const);

  it("converged REML solves the score equation yᵀPPy = tr P (or sits at τ² = 0 with a negative score)", () => {
    fc.assert(
      fc.property(trials, measure, (t, m) => {
        const { yi, vi } = trialEffectSizes(t, m);
        const { tau2, converged } = tau2Reml(yi, vi, { start: tau2DerSimonianLaird(yi, vi).tau2 });
        const w = vi.map((v) => 1 / (v + tau2));
        const sw = w.reduce((s, x) => s + x, 0);
        const mu = w.reduce((s, x, i) => s + x * yi[i], 0) / sw;
        const yPPy = w.reduce((s, x, i) => s + x * x * (yi[i] - mu) ** 2, 0);
        const trP = sw - w.reduce((s, x) => s + x * x, 0) / sw;
        const score = yPPy - trP;
        return converged && (tau2 > 0 ? Math.abs(score) <= 1e-6 * trP : score <= 1e-9 * trP);
      }),
      { seed: 42, numRuns: 200 },
    );
  });
  it("metafor-compatible REML is within 1e-3 (relative) of the converged one", () => {
    fc.assert(
      fc.property(trials, measure, (t, m) => {
        const a = randomEffectsMeta(t, m).tau2Reml;
        const b = randomEffectsMeta(t, m, { reml: "metafor" }).tau2Reml;
        return Math.abs(a - b) <= 1e-3 * Math.max(a, 1e-6);
      }),
      { seed: 42, numRuns: 200 },
    );
  });
  it("swapping the arms negates the pooled log OR / RD and mirrors the intervals", () => {
    fc.assert(
      fc.property(trials, measure, (t, m) => {
        const x = randomEffectsMeta(t, m);
        const y = randomEffectsMeta({ a: t.c, n1: t.n0, c: t.a, n0: t.n1 }, m);
        const f = m === "or" ? Math.log : (v: number) => v;
        const close = (p: number, q: number) => Math.abs(p - q) <= 1e-8 * Math.max(1, Math.abs(q));
        return (
          close(f(x.reml.estimate), -f(y.reml.estimate)) &&
          close(f(x.knappHartung.ci[0]), -f(y.knappHartung.ci[1])) &&
          close(x.heterogeneity.Q, y.heterogeneity.Q)
        );
      }),
      { seed: 42, numRuns: 200 },
    );
  });
  it("intervals contain the estimate, a higher level widens them, 0 ≤ I² < 100", () => {
    fc.assert(
      fc.property(trials, measure, (t, m) => {
        const r = randomEffectsMeta(t, m);
        const wide = randomEffectsMeta(t, m, { level: 0.99 });
        const ok = (e: { estimate: number; ci: [number, number] }) =>
          e.ci[0] < e.estimate && e.estimate < e.ci[1];
        return (
          ok(r.dl) &&
          ok(r.reml) &&
          ok(r.knappHartung) &&
          wide.reml.ci[0] < r.reml.ci[0] &&
          wide.reml.ci[1] > r.reml.ci[1] &&
          r.heterogeneity.I2 >= 0 &&
          r.heterogeneity.I2 < 100
        );
      }),
      { seed: 42, numRuns: 200 },
    );
  });
});
