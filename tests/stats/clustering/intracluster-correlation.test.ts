import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { intraclusterCorrelation } from "../../../src/stats/clustering/intracluster-correlation.js";
import { StatsError } from "../../../src/util/errors.js";

/** Mean squares by direct deviation sums (Σ n_i(ȳ_i − ȳ_g)², Σ (y − ȳ_i)²), a second route. */
function directAnova(y: number[], cluster: number[], group: number[]) {
  const keys = [...new Set(cluster.map((c, i) => `${group[i]}|${c}`))];
  const members = keys.map((k) => y.map((_, i) => i).filter((i) => `${group[i]}|${cluster[i]}` === k));
  const groups = [...new Set(group)];
  const mean = (ix: number[]) => ix.reduce((s, i) => s + y[i], 0) / ix.length;
  const groupMean = new Map(groups.map((g) => [g, mean(y.map((_, i) => i).filter((i) => group[i] === g))]));
  let ssb = 0;
  let ssw = 0;
  for (const ix of members) {
    const m = mean(ix);
    ssb += ix.length * (m - (groupMean.get(group[ix[0]]) ?? 0)) ** 2;
    for (const i of ix) ssw += (y[i] - m) ** 2;
  }
  const k = keys.length;
  const N = y.length;
  let n0num = 0;
  for (const g of groups) {
    const sizes = members.filter((ix) => group[ix[0]] === g).map((ix) => ix.length);
    const Ng = sizes.reduce((s, n) => s + n, 0);
    n0num += Ng - sizes.reduce((s, n) => s + n * n, 0) / Ng;
  }
  const msb = ssb / (k - groups.length);
  const msw = ssw / (N - k);
  const n0 = n0num / (k - groups.length);
  return { msb, msw, n0, rho: (msb - msw) / (msb + (n0 - 1) * msw), sizes: members.map((ix) => ix.length) };
}

/**
 * The delta-method variance of ρ̂ = f(MSB, MSW) with a numerical gradient, from the
 * normal-theory variances of the mean squares of the one-way random-effects model with unequal
 * sizes (σ² = 1, σ_b² = ρ): Var(MSW) = 2σ_w⁴/(N − k);
 * Var(MSB) = 2[σ_w⁴(k − 1) + 2σ_w²σ_b²(N − Σn²/N) + σ_b⁴(Σn² − 2Σn³/N + (Σn²)²/N²)]/(k − 1)².
 * A check of the closed form's algebra, one group.
 */
function deltaVariance(rho: number, sizes: number[]) {
  const N = sizes.reduce((s, n) => s + n, 0);
  const k = sizes.length;
  const s2 = sizes.reduce((s, n) => s + n * n, 0);
  const s3 = sizes.reduce((s, n) => s + n ** 3, 0);
  const n0 = (N - s2 / N) / (k - 1);
  const sb = rho;
  const sw = 1 - rho;
  const varW = (2 * sw * sw) / (N - k);
  const varB =
    (2 *
      (sw * sw * (k - 1) +
        2 * sw * sb * (N - s2 / N) +
        sb * sb * (s2 - (2 * s3) / N + (s2 * s2) / (N * N)))) /
    (k - 1) ** 2;
  const f = (b: number, w: number) => (b - w) / (b + (n0 - 1) * w);
  const B = sw + n0 * sb;
  const W = sw;
  const h = 1e-6;
  const dB = (f(B + h, W) - f(B - h, W)) / (2 * h);
  const dW = (f(B, W + h) - f(B, W - h)) / (2 * h);
  return dB * dB * varB + dW * dW * varW;
}

describe("intraclusterCorrelation", () => {
  it("hand case: three pairs {1,1}, {0,0}, {1,0} give ρ = 0.5", () => {
    // cluster means 1, 0, 0.5; grand mean 0.5; SSB = 2(0.25 + 0.25 + 0) = 1, MSB = 1/2;
    // SSW = 0 + 0 + 0.5, MSW = 0.5/3 = 1/6; n0 = 2; ρ = (1/2 − 1/6)/(1/2 + 1/6) = 0.5.
    // Smith, equal sizes: V = 2(1 − ρ)²[1 + (n − 1)ρ]²/n² · [1/(k(n − 1)) + 1/(k − 1)]
    //   = 2·0.25·2.25/4 · (1/3 + 1/2) = 0.234375.
    const r = intraclusterCorrelation([1, 1, 0, 0, 1, 0], [1, 1, 2, 2, 3, 3]);
    expect(r.estimate).toBeCloseTo(0.5, 14);
    expect(r.msBetween).toBeCloseTo(0.5, 14);
    expect(r.msWithin).toBeCloseTo(1 / 6, 14);
    expect(r.n0).toBe(2);
    expect(r.se).toBeCloseTo(Math.sqrt(0.234375), 14);
    // 0.5 ± 1.959964·0.484123 = [−0.448853, 1.448853] → upper clipped to 1
    expect(r.ci[0]).toBeCloseTo(0.5 - 1.959963984540054 * Math.sqrt(0.234375), 12);
    expect(r.ci[1]).toBe(1);
    expect(r.clusters).toBe(3);
    expect(r.groups).toBe(1);
    expect(r.method).toBe("icc.anova_smith");
    expect(r.references).toContain("smith1957");
  });

  it("agrees with a direct deviation-sum computation on unequal clusters nested in two arms", () => {
    const y = [1, 0, 1, 1, 1, 0, 0, 0, 1, 0, 0, 1, 1, 1, 0, 0, 1, 0, 1, 1];
    const cl = [1, 1, 1, 2, 2, 3, 4, 4, 4, 4, 5, 6, 6, 7, 7, 7, 8, 9, 9, 10];
    const arm = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1];
    const d = directAnova(y, cl, arm);
    const r = intraclusterCorrelation(y, cl, { group: arm });
    expect(r.msBetween).toBeCloseTo(d.msb, 13);
    expect(r.msWithin).toBeCloseTo(d.msw, 13);
    expect(r.n0).toBeCloseTo(d.n0, 13);
    expect(r.estimate).toBeCloseTo(d.rho, 13);
    expect(r.clusters).toBe(10);
    expect(r.groups).toBe(2);
  });

  it("agrees with base R's aov mean squares and the hand formula (clusters nested in arm)", () => {
    // R 4.2.2: d <- data.frame(y, cl = factor(paste(arm, cl)), arm = factor(arm));
    // a <- summary(aov(y ~ arm + cl, d))[[1]] (sequential SS: clusters within arm) gives
    // MSB = a["cl", "Mean Sq"], MSW = a["Residuals", "Mean Sq"]; n0 = Σ_arm (N_g − Σn²/N_g)/(k − g);
    // ρ = (MSB − MSW)/(MSB + (n0 − 1)MSW); SE from Smith's variance with the size term summed
    // over arms, evaluated in R with options(digits = 15).
    const y = [1, 0, 1, 1, 1, 0, 0, 0, 1, 0, 0, 1, 1, 1, 0, 0, 1, 0, 1, 1];
    const cl = [1, 1, 1, 2, 2, 3, 4, 4, 4, 4, 5, 6, 6, 7, 7, 7, 8, 9, 9, 10];
    const arm = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1];
    const r = intraclusterCorrelation(y, cl, { group: arm });
    expect(r.msBetween).toBeCloseTo(0.289583333333333, 12);
    expect(r.msWithin).toBeCloseTo(0.258333333333334, 12);
    expect(r.n0).toBeCloseTo(1.875, 12);
    expect(r.estimate).toBeCloseTo(0.06060606060606, 12);
    expect(r.se).toBeCloseTo(0.354141558009389, 12);
  });

  it("has Smith's variance: the closed form equals the delta method with a numerical gradient", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 3, maxLength: 30 }),
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        (sizes, seed) => {
          if (sizes.every((n) => n === 1)) return;
          // outcomes from a simple LCG so each case has both values in most clusters
          let s = seed;
          const y: number[] = [];
          const cl: number[] = [];
          sizes.forEach((n, c) => {
            for (let j = 0; j < n; j++) {
              s = (s * 1103515245 + 12345) % 2 ** 31;
              y.push(s % 3 === 0 ? 1 : 0);
              cl.push(c);
            }
          });
          const r = intraclusterCorrelation(y, cl);
          if (Number.isNaN(r.estimate)) return;
          expect(r.se ** 2).toBeCloseTo(deltaVariance(r.estimate, sizes), 6);
        },
      ),
      { seed: Number(process.env.FC_SEED ?? 13), numRuns: 100 },
    );
  });

  it("with one group equals the pooled estimator; relabelling clusters changes nothing", () => {
    const y = [1, 0, 1, 1, 1, 0, 0, 0, 1, 0, 0, 1];
    const cl = [1, 1, 1, 2, 2, 3, 4, 4, 4, 4, 5, 5];
    const a = intraclusterCorrelation(y, cl);
    const b = intraclusterCorrelation(
      y,
      cl.map((c) => 100 - c),
      { group: y.map(() => 7) },
    );
    expect(b.estimate).toBe(a.estimate);
    expect(b.se).toBe(a.se);
  });

  it("reports a negative estimate as estimated, with a note", () => {
    // every pair is {1, 0}: clusters less alike than chance.
    const r = intraclusterCorrelation([1, 0, 1, 0, 0, 1, 1, 0], [1, 1, 2, 2, 3, 3, 4, 4]);
    // MSB = 0, MSW = 4·0.5/4 = 0.5, n0 = 2: ρ = (0 − 0.5)/(0 + 0.5) = −1
    expect(r.estimate).toBeCloseTo(-1, 14);
    expect(r.notes.join(" ")).toMatch(/negative estimate reported as estimated/);
    expect(r.ci[0]).toBeGreaterThanOrEqual(-1);
  });

  it("is not estimable when every cluster is a singleton", () => {
    const r = intraclusterCorrelation([1, 0, 1, 0], [1, 2, 3, 4]);
    expect(r.estimate).toBeNaN();
    expect(r.ci.every(Number.isNaN)).toBe(true);
    expect(r.notes[0]).toMatch(/^not estimable: every cluster has a single unit/);
  });

  it("is not estimable for an outcome with 0 events (or all events)", () => {
    for (const v of [0, 1]) {
      const r = intraclusterCorrelation([v, v, v, v, v], [1, 1, 2, 2, 3]);
      expect(r.estimate).toBeNaN();
      expect(r.notes[0]).toMatch(/not estimable: the outcome does not vary/);
    }
  });

  it("is not estimable with one cluster per arm", () => {
    const r = intraclusterCorrelation([1, 0, 1, 1], [1, 1, 2, 2], { group: [0, 0, 1, 1] });
    expect(r.estimate).toBeNaN();
    expect(r.notes[0]).toMatch(/no arm has two or more clusters/);
  });

  it("leaves out missing outcomes and rejects arrays of different lengths", () => {
    const a = intraclusterCorrelation([1, 1, 0, 0, 1, 0, Number.NaN], [1, 1, 2, 2, 3, 3, 3]);
    expect(a.estimate).toBeCloseTo(0.5, 14);
    expect(a.n).toBe(6);
    expect(() => intraclusterCorrelation([1, 0], [1])).toThrow(StatsError);
    expect(() => intraclusterCorrelation([1, 0], [1, 1], { group: [0] })).toThrow(StatsError);
  });
});
