import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bcaInterval } from "../../../src/stats/resampling/bca-interval.js";
import { clusterBootstrap } from "../../../src/stats/resampling/cluster-bootstrap.js";
import { sampleQuantile } from "../../../src/stats/resampling/sample-quantile.js";
import { StatsError } from "../../../src/util/errors.js";
import { createRng } from "../../../src/util/rng.js";

const y = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3];
const mean = (ix: Int32Array): number => {
  let s = 0;
  for (let j = 0; j < ix.length; j++) s += y[ix[j]];
  return s / ix.length;
};

describe("clusterBootstrap", () => {
  it("gives identical replicates for the same seed", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), (seed) => {
        const a = clusterBootstrap({
          nClusters: y.length,
          statistic: mean,
          rng: createRng(seed),
          replicates: 50,
        });
        const b = clusterBootstrap({
          nClusters: y.length,
          statistic: mean,
          rng: createRng(seed),
          replicates: 50,
        });
        expect(b.replicates).toEqual(a.replicates);
        expect(b.bca.ci).toEqual(a.bca.ci);
      }),
      { seed: 42, numRuns: 100 },
    );
  });
  it("gives different replicates for different seeds", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 }), (seed) => {
        const a = clusterBootstrap({
          nClusters: y.length,
          statistic: mean,
          rng: createRng(seed),
          replicates: 50,
        });
        const b = clusterBootstrap({
          nClusters: y.length,
          statistic: mean,
          rng: createRng(seed + 1),
          replicates: 50,
        });
        expect(b.replicates).not.toEqual(a.replicates);
      }),
      { seed: 42, numRuns: 100 },
    );
  });
  it("estimate is the statistic on all clusters; the percentile interval contains it", () => {
    // mean of y = 39/10 = 3.9
    const b = clusterBootstrap({ nClusters: y.length, statistic: mean, rng: createRng(11), replicates: 999 });
    expect(b.estimate).toBeCloseTo(3.9, 14);
    expect(b.percentile.ci[0]).toBeLessThan(3.9);
    expect(b.percentile.ci[1]).toBeGreaterThan(3.9);
    expect(b.bca.ci[0]).toBeLessThan(3.9);
    expect(b.bca.ci[1]).toBeGreaterThan(3.9);
    expect(b.percentile.method).toBe("resampling.cluster_bootstrap_percentile");
    expect(b.bca.method).toBe("resampling.cluster_bootstrap_bca");
    // SE of a mean of 10 from the bootstrap ≈ sd·√((n − 1)/n)/√n; sd(y) = 2.514 → ≈ 0.754
    expect(b.se).toBeGreaterThan(0.6);
    expect(b.se).toBeLessThan(0.9);
  });
  it("percentile limits are the type 6 quantiles of the replicates", () => {
    const b = clusterBootstrap({ nClusters: y.length, statistic: mean, rng: createRng(5), replicates: 199 });
    const sorted = Float64Array.from(b.replicates).sort();
    expect(b.percentile.ci).toEqual([sampleQuantile(sorted, 0.025), sampleQuantile(sorted, 0.975)]);
  });
  it("draws each stratum's clusters from that stratum only, keeping its number of clusters", () => {
    const stratum = ["A", "A", "A", "B", "B", "B", "B", "C", "C", "C"];
    const counts: string[] = [];
    const statistic = (ix: Int32Array): number => {
      const c = { A: 0, B: 0, C: 0 } as Record<string, number>;
      for (const i of ix) c[stratum[i]] += 1;
      counts.push(`${c.A}${c.B}${c.C}`);
      return mean(ix);
    };
    clusterBootstrap({ nClusters: 10, statistic, rng: createRng(3), replicates: 100, stratum });
    // the first call is the observed data and the next 100 the replicates; the jackknife follows
    expect(new Set(counts.slice(0, 101))).toEqual(new Set(["343"]));
  });
  it("has SE 0 and a zero-width interval with one identical cluster per stratum", () => {
    const z = [2, 2, 2, 2, 2];
    const stat = (ix: Int32Array): number => ix.reduce((s, i) => s + z[i], 0) / ix.length;
    const b = clusterBootstrap({
      nClusters: 5,
      statistic: stat,
      rng: createRng(9),
      replicates: 200,
      stratum: [1, 2, 3, 4, 5],
    });
    expect(b.se).toBe(0);
    expect(b.percentile.ci).toEqual([2, 2]);
    expect(b.bca.ci).toEqual([2, 2]);
    expect(b.z0).toBe(0);
    expect(b.acceleration).toBe(0);
  });
  it("returns NaN limits with a note for a single cluster", () => {
    const b = clusterBootstrap({ nClusters: 1, statistic: mean, rng: createRng(1) });
    expect(b.percentile.ci[0]).toBeNaN();
    expect(b.bca.ci[1]).toBeNaN();
    expect(b.notes[0]).toMatch(/not estimable: .*at least 2 clusters/);
    expect(b.replicates).toEqual([]);
  });
  it("leaves NaN replicates out of the limits with a note", () => {
    // statistic is NaN whenever cluster 0 is not drawn
    const stat = (ix: Int32Array): number => (ix.includes(0) ? mean(ix) : Number.NaN);
    const b = clusterBootstrap({ nClusters: 10, statistic: stat, rng: createRng(2), replicates: 300 });
    const nans = b.replicates.filter((v) => Number.isNaN(v)).length;
    expect(nans).toBeGreaterThan(0);
    expect(b.percentile.notes.some((n) => n.startsWith(`${nans} replicates not estimable`))).toBe(true);
    expect(Number.isFinite(b.percentile.ci[0])).toBe(true);
  });
  it("throws StatsError on invalid input", () => {
    const rng = createRng(1);
    expect(() => clusterBootstrap({ nClusters: 10, statistic: mean, rng, level: 1.5 })).toThrow(StatsError);
    expect(() => clusterBootstrap({ nClusters: 10, statistic: mean, rng, replicates: 0 })).toThrow(
      StatsError,
    );
    expect(() => clusterBootstrap({ nClusters: 10, statistic: mean, rng, stratum: [1, 2] })).toThrow(
      StatsError,
    );
    expect(() => clusterBootstrap({ nClusters: 2.5, statistic: mean, rng })).toThrow(StatsError);
  });
});

describe("bcaInterval", () => {
  it("reduces to the percentile interval when z0 = 0 and a = 0", () => {
    // 1..99 around θ̂ = 50: 49 below, one tie (½), 49 above → share ½, z0 = 0;
    // symmetric jackknife values → a = 0
    const sorted = Float64Array.from({ length: 99 }, (_, i) => i + 1);
    const b = bcaInterval(sorted, 50, [-1, 0, 1], 0.9);
    expect(b.z0).toBe(0);
    expect(b.acceleration).toBe(0);
    expect(b.ci[0]).toBeCloseTo(sampleQuantile(sorted, 0.05), 12);
    expect(b.ci[1]).toBeCloseTo(sampleQuantile(sorted, 0.95), 12);
  });
  it("computes the acceleration from the jackknife skewness", () => {
    // θ(i) = 0, 0, 3: mean 1, deviations θ̄ − θ(i) = 1, 1, −2; Σd² = 6, Σd³ = 1 + 1 − 8 = −6
    // a = −6 / (6·6^{3/2}) = −1/6^{1.5}
    const sorted = Float64Array.from({ length: 99 }, (_, i) => i + 1);
    expect(bcaInterval(sorted, 50, [0, 0, 3], 0.95).acceleration).toBeCloseTo(-1 / 6 ** 1.5, 14);
  });
  it("shifts the limits up when most replicates fall below the estimate", () => {
    const sorted = Float64Array.from({ length: 99 }, (_, i) => i + 1);
    const centred = bcaInterval(sorted, 50, [-1, 0, 1], 0.95).ci;
    const shifted = bcaInterval(sorted, 70, [-1, 0, 1], 0.95).ci;
    expect(shifted[0]).toBeGreaterThan(centred[0]);
    expect(shifted[1]).toBeGreaterThan(centred[1]);
  });
  it("is NaN with a note when every replicate lies on one side", () => {
    const b = bcaInterval(Float64Array.from([1, 2, 3]), 10, [0, 1], 0.95);
    expect(b.ci[0]).toBeNaN();
    expect(b.notes[0]).toMatch(/one side/);
  });
});
