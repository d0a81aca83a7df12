import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalQuantile } from "../../../src/stats/distributions/normal.js";
import { coxPh } from "../../../src/stats/survival/cox-ph.js";
import { efronPass, efronScoreResiduals } from "../../../src/stats/survival/cox-efron.js";
import { coxRiskSets } from "../../../src/stats/survival/cox-risk-sets.js";
import { logRank } from "../../../src/stats/survival/log-rank.js";
import { StatsError } from "../../../src/util/errors.js";
import { createRng } from "../../../src/util/rng.js";
import { permutation } from "./permutation.js";

describe("coxPh: hand cases", () => {
  it("solves the partial-likelihood score equation without ties", () => {
    // times 1, 2, 3 (all events), arm 1, 0, 1; u = e^β.
    // L = u/(2u + 1) · 1/(u + 1) · 1; score 1 − 2u/(2u + 1) − u/(u + 1) = 0 ⇔ 1 − 2u² = 0 ⇒ u = 1/√2,
    // β = −½ ln 2; information 2u/(2u + 1)² + u/(u + 1)².
    const fit = coxPh({ time: [1, 2, 3], event: [1, 1, 1], covariates: { arm: [1, 0, 1] } });
    const u = Math.SQRT1_2;
    const info = (2 * u) / (2 * u + 1) ** 2 + u / (u + 1) ** 2;
    const t = fit.terms[0];
    expect(fit.converged).toBe(true);
    expect(fit.variance).toBe("model");
    expect(t.estimate).toBeCloseTo(-0.5 * Math.LN2, 12);
    expect(t.seModel).toBeCloseTo(1 / Math.sqrt(info), 12);
    expect(t.se).toBe(t.seModel);
    const z = normalQuantile(0.975);
    expect(fit.hazardRatios[0].estimate).toBeCloseTo(u, 12);
    expect(fit.hazardRatios[0].ci[0]).toBeCloseTo(Math.exp(t.estimate - z * t.se), 12);
    expect(fit.notes.join(" ")).toMatch(/hazard ratio = exp/);
  });

  it("uses Efron's approximation for tied events", () => {
    // times 1, 1 (events, arm 1 and 0) and 2 (censored, arm 0); u = e^β; S₀ = u + 2, A₀ = u + 1.
    // Efron: ℓ = β − log(u + 2) − log(u + 2 − ½(u + 1)); score 1 − u/(u + 2) − u/(u + 3) = 0
    // ⇔ 6 − u² = 0 ⇒ β = ½ ln 6 (Breslow would give 1 − 2u/(u + 2) = 0 ⇒ β = ln 2).
    const fit = coxPh({ time: [1, 1, 2], event: [1, 1, 0], covariates: { arm: [1, 0, 0] } });
    expect(fit.terms[0].estimate).toBeCloseTo(0.5 * Math.log(6), 12);
  });

  it("score test equals the log-rank test when there are no ties", () => {
    const distinct = fc
      .uniqueArray(fc.integer({ min: 1, max: 1000 }), { minLength: 3, maxLength: 40 })
      .chain((times) =>
        fc.tuple(
          fc.constant(times),
          fc.array(fc.integer({ min: 0, max: 1 }), { minLength: times.length, maxLength: times.length }),
          fc.array(fc.integer({ min: 0, max: 1 }), { minLength: times.length, maxLength: times.length }),
        ),
      );
    fc.assert(
      fc.property(distinct, ([time, event, arm]) => {
        const lr = logRank({ time, event, arm });
        fc.pre(lr.variance > 0);
        const fit = coxPh({ time, event, covariates: { arm } }, { maxIterations: 1 });
        expect(fit.scoreTest.statistic).toBeCloseTo(lr.statistic, 9);
      }),
      { seed: 42, numRuns: 200 },
    );
  });

  it("robust variance equals the brute-force Lin–Wei sandwich without ties", () => {
    const { time, event, arm, family } = simulate(60, 3, 11);
    const distinct = time.map((t, i) => t + i / 1000); // no ties
    const fit = coxPh({ time: distinct, event, covariates: { arm }, cluster: family });
    const b = fit.terms[0].estimate;
    // Score residual of row i (O(n²) from the definition): δᵢ(xᵢ − x̄(tᵢ)) − Σ_{j: δⱼ = 1, tⱼ ≤ tᵢ} rᵢ(xᵢ − x̄(tⱼ))/S₀(tⱼ)
    const n = time.length;
    const r = arm.map((x) => Math.exp(b * x));
    const sums = (t: number) => {
      let s0 = 0;
      let s1 = 0;
      for (let k = 0; k < n; k++) {
        if (distinct[k] < t) continue;
        s0 += r[k];
        s1 += r[k] * arm[k];
      }
      return { s0, mean: s1 / s0 };
    };
    const u = new Map<string, number>();
    for (let i = 0; i < n; i++) {
      let res = event[i] === 1 ? arm[i] - sums(distinct[i]).mean : 0;
      for (let j = 0; j < n; j++) {
        if (event[j] !== 1 || distinct[j] > distinct[i]) continue;
        const { s0, mean } = sums(distinct[j]);
        res -= (r[i] * (arm[i] - mean)) / s0;
      }
      u.set(family[i], (u.get(family[i]) ?? 0) + res);
    }
    let meat = 0;
    for (const v of u.values()) meat += v * v;
    const vModel = fit.terms[0].seModel ** 2;
    expect(fit.terms[0].se).toBeCloseTo(Math.sqrt(vModel * meat * vModel), 12);
    expect(fit.variance).toBe("cluster");
    expect(fit.nClusters).toBe(u.size);
  });
});

describe("coxPh: edge cases", () => {
  it("all censored: not estimable with a clear note", () => {
    const fit = coxPh({ time: [1, 2, 3], event: [0, 0, 0], covariates: { arm: [1, 0, 1] } });
    expect(Number.isNaN(fit.terms[0].estimate)).toBe(true);
    expect(Number.isNaN(fit.hazardRatios[0].estimate)).toBe(true);
    expect(fit.converged).toBe(false);
    expect(fit.notes.join(" ")).toMatch(/not estimable: there are no events/);
  });

  it("a single event in arm 1: the coefficient runs off to infinity and says so", () => {
    // L = u/(u + 1) increases in β without bound.
    const fit = coxPh({ time: [1, 2, 3], event: [0, 1, 0], covariates: { arm: [0, 1, 0] } });
    expect(fit.converged && Math.abs(fit.terms[0].estimate) < 15).toBe(false);
    expect(fit.notes.join(" ")).toMatch(/infinite|did not converge/);
  });

  it("a constant covariate is not estimable; the others are fitted without it", () => {
    const data = { time: [1, 2, 3], event: [1, 1, 1] };
    const fit = coxPh({ ...data, covariates: { arm: [1, 0, 1], one: [1, 1, 1] } });
    const alone = coxPh({ ...data, covariates: { arm: [1, 0, 1] } });
    expect(fit.terms[0].estimate).toBeCloseTo(alone.terms[0].estimate, 12);
    expect(Number.isNaN(fit.terms[1].estimate)).toBe(true);
    expect(fit.notes.join(" ")).toMatch(/not estimable: one/);
  });

  it("rejects invalid input", () => {
    expect(() => coxPh({ time: [1, 2], event: [1, 1], covariates: {} })).toThrow(StatsError);
    expect(() => coxPh({ time: [1, 2], event: [1, 1], covariates: { arm: [1] } })).toThrow(StatsError);
    expect(() => coxPh({ time: [1, 2], event: [1, 1], covariates: { arm: [1, Number.NaN] } })).toThrow(
      StatsError,
    );
    expect(() => coxPh({ time: [1, 2], event: [1, 1], covariates: { arm: [1, 0] }, cluster: ["a"] })).toThrow(
      StatsError,
    );
  });
});

describe("coxPh: laws", () => {
  const seeds = fc.integer({ min: 1, max: 2 ** 31 - 1 });

  it("row order does not change the fit", () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        const d = simulate(80, 4, seed);
        const perm = permutation(d.time.length, seed);
        const pick = <T>(a: T[]) => perm.map((i) => a[i]);
        const a = coxPh({
          time: d.time,
          event: d.event,
          covariates: { arm: d.arm, age: d.age },
          strata: d.la,
          cluster: d.family,
        });
        const b = coxPh({
          time: pick(d.time),
          event: pick(d.event),
          covariates: { arm: pick(d.arm), age: pick(d.age) },
          strata: pick(d.la),
          cluster: pick(d.family),
        });
        for (let j = 0; j < 2; j++) {
          expect(b.terms[j].estimate).toBeCloseTo(a.terms[j].estimate, 8);
          expect(b.terms[j].se).toBeCloseTo(a.terms[j].se, 8);
          expect(b.terms[j].seModel).toBeCloseTo(a.terms[j].seModel, 8);
        }
      }),
      { seed: 42, numRuns: 50 },
    );
  });

  it("one stratum equals unstratified", () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        const d = simulate(60, 1, seed);
        const a = coxPh({ time: d.time, event: d.event, covariates: { arm: d.arm } });
        const b = coxPh({ time: d.time, event: d.event, covariates: { arm: d.arm }, strata: d.la });
        expect(b.terms).toEqual(a.terms);
      }),
      { seed: 42, numRuns: 50 },
    );
  });

  it("two strata holding the same data (times rescaled in one) give the unstratified estimate", () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        const d = simulate(40, 1, seed);
        const a = coxPh({ time: d.time, event: d.event, covariates: { arm: d.arm } });
        const b = coxPh({
          time: [...d.time, ...d.time.map((t) => 10 * t + 3)],
          event: [...d.event, ...d.event],
          covariates: { arm: [...d.arm, ...d.arm] },
          strata: [...d.time.map(() => "a"), ...d.time.map(() => "b")],
        });
        expect(b.terms[0].estimate).toBeCloseTo(a.terms[0].estimate, 8);
        expect(b.terms[0].seModel).toBeCloseTo(a.terms[0].seModel / Math.SQRT2, 8);
      }),
      { seed: 42, numRuns: 50 },
    );
  });

  it("clusters of one row give the per-row robust variance; score residuals sum to the score, ties included", () => {
    fc.assert(
      fc.property(seeds, fc.double({ min: -1, max: 1, noNaN: true }), (seed, beta) => {
        const d = simulate(50, 3, seed);
        const ids = d.time.map((_, i) => `c${i}`);
        const a = coxPh({
          time: d.time,
          event: d.event,
          covariates: { arm: d.arm },
          strata: d.la,
          cluster: ids,
        });
        const b = coxPh(
          { time: d.time, event: d.event, covariates: { arm: d.arm }, strata: d.la },
          { robust: true },
        );
        expect(b.variance).toBe("robust");
        expect(b.terms[0].se).toBeCloseTo(a.terms[0].se, 12);
        const code = Int32Array.from(d.la.map((l) => Number(l.slice(1))));
        const coarse = d.time.map((t) => Math.ceil(t / 50)); // many tied events and censorings
        const rs = coxRiskSets(coarse, d.event, [d.arm, d.age], code);
        const res = efronScoreResiduals(rs, [beta, beta / 10]);
        const score = efronPass(rs, [beta, beta / 10]).score;
        for (let j = 0; j < 2; j++) {
          let s = 0;
          for (let i = 0; i < d.time.length; i++) s += res[i * 2 + j];
          expect(s).toBeCloseTo(score[j], 9);
        }
      }),
      { seed: 42, numRuns: 50 },
    );
  });
});

describe("coxPh: scale", () => {
  it("fits a trial-sized data set (2,548 children, 21 strata, ~1,470 families)", () => {
    const d = simulate(2548, 21, 2020);
    const fit = coxPh({
      time: d.time,
      event: d.event,
      covariates: { arm: d.arm, age: d.age },
      strata: d.la,
      cluster: d.family,
    });
    expect(fit.converged).toBe(true);
    expect(fit.iterations).toBeLessThan(10);
    expect(fit.nStrata).toBe(21);
    expect(fit.terms[0].estimate).toBeLessThan(0); // simulated HR 0.7
  });
});

/** Trial-like data: families of 1–3 children, arm by family, hazard ratio 0.7, censoring at 365. */
function simulate(n: number, nLa: number, seed: number) {
  const rng = createRng(seed);
  const time: number[] = [];
  const event: number[] = [];
  const arm: number[] = [];
  const age: number[] = [];
  const la: string[] = [];
  const family: string[] = [];
  let f = 0;
  while (time.length < n) {
    f++;
    const size = 1 + rng.int(3);
    const a = rng.int(2);
    const l = `L${rng.int(nLa)}`;
    const frailty = 0.5 + rng.next();
    for (let k = 0; k < size && time.length < n; k++) {
      const rate = (frailty * (a === 1 ? 0.7 : 1)) / 400;
      const t = Math.ceil(-Math.log(1 - rng.next()) / rate);
      time.push(Math.min(t, 365));
      event.push(t <= 365 ? 1 : 0);
      arm.push(a);
      age.push(rng.int(18));
      la.push(l);
      family.push(`F${f}`);
    }
  }
  return { time, event, arm, age, la, family };
}
