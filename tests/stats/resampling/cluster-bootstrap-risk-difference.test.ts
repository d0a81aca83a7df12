import { describe, expect, it } from "vitest";
import { estimateSchema } from "../../../src/stats/estimate.js";
import { clusterArmCounts } from "../../../src/stats/resampling/cluster-arm-counts.js";
import { clusterBootstrapRiskDifference } from "../../../src/stats/resampling/cluster-bootstrap-risk-difference.js";
import { StatsError } from "../../../src/util/errors.js";
import { createRng } from "../../../src/util/rng.js";
import { simulatedTrial } from "./simulated-trial.js";

const small = { events: [1, 2, 0, 1, 2, 2], n: [2, 2, 1, 2, 3, 2], arm: [1, 1, 1, 0, 0, 0] };

describe("clusterBootstrapRiskDifference", () => {
  it("estimates the pooled risk difference of the observed clusters", () => {
    // arm 1: (1 + 2 + 0)/(2 + 2 + 1) = 3/5; arm 0: (1 + 2 + 2)/(2 + 3 + 2) = 5/7; RD = 3/5 − 5/7 = −4/35
    const b = clusterBootstrapRiskDifference(small, { rng: createRng(1), replicates: 200 });
    expect(b.estimate).toBeCloseTo(3 / 5 - 5 / 7, 14);
    expect(b.percentile.n).toBe(12);
    expect(b.nClusters).toBe(6);
    expect(estimateSchema.safeParse(b.percentile).success).toBe(true);
    expect(estimateSchema.safeParse(b.bca).success).toBe(true);
  });
  it("percentile and BCa intervals contain the estimate on a simulated trial", () => {
    for (const seed of [1, 2, 3]) {
      const t = simulatedTrial(seed, 600, 350, 5);
      const b = clusterBootstrapRiskDifference(t, {
        rng: createRng(seed),
        replicates: 999,
        stratum: t.stratum,
      });
      for (const e of [b.percentile, b.bca]) {
        expect(e.ci[0]).toBeLessThan(b.estimate);
        expect(e.ci[1]).toBeGreaterThan(b.estimate);
      }
      expect(b.se).toBeGreaterThan(0);
      expect(b.nStrata).toBe(5);
    }
  });
  it("gives the same replicates from per-arm counts and from whole-cluster counts", () => {
    const a = clusterBootstrapRiskDifference(small, { rng: createRng(4), replicates: 100 });
    const b = clusterBootstrapRiskDifference(clusterArmCounts(small), { rng: createRng(4), replicates: 100 });
    expect(b.replicates).toEqual(a.replicates);
  });
  it("has SE 0 with one cluster per stratum when all clusters are identical", () => {
    // every cluster: 2/4 in arm 1, 1/4 in arm 0 → RD = 0.25 in every replicate
    const same = { events1: [2, 2, 2], n1: [4, 4, 4], events0: [1, 1, 1], n0: [4, 4, 4] };
    const b = clusterBootstrapRiskDifference(same, {
      rng: createRng(8),
      replicates: 300,
      stratum: ["a", "b", "c"],
    });
    expect(b.estimate).toBe(0.25);
    expect(b.se).toBe(0);
    expect(b.percentile.ci).toEqual([0.25, 0.25]);
    expect(b.bca.ci).toEqual([0.25, 0.25]);
  });
  it("is NaN with a note for a single cluster", () => {
    const b = clusterBootstrapRiskDifference(
      { events1: [1], n1: [2], events0: [0], n0: [2] },
      { rng: createRng(1), replicates: 10 },
    );
    expect(b.estimate).toBe(0.5);
    expect(b.bca.ci[0]).toBeNaN();
    expect(b.bca.notes[0]).toMatch(/^not estimable/);
  });
  it("throws StatsError for impossible counts", () => {
    expect(() =>
      clusterBootstrapRiskDifference({ events: [3], n: [2], arm: [1] }, { rng: createRng(1) }),
    ).toThrow(StatsError);
    expect(() =>
      clusterBootstrapRiskDifference({ events: [1, 1], n: [2, 2], arm: [1, 2] }, { rng: createRng(1) }),
    ).toThrow(StatsError);
  });
});
