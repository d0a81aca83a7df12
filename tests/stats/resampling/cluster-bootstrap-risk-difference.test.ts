import { describe, expect, it } from "vitest";
import { estimateSchema } from "../../../src/stats/estimate.js";
import { clusterArmCounts } from "../../../src/stats/resampling/cluster-arm-counts.js";
import { clusterBootstrap } from "../../../src/stats/resampling/cluster-bootstrap.js";
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
  it("gives bit for bit the generic clusterBootstrap's result: its jackknife by totals less one cluster equals k calls of the statistic", () => {
    // The trial-sized simulation, and a small trial where leaving out cluster 2 or 3 empties an
    // arm (θ₍ᵢ₎ NaN, so the acceleration and BCa are NaN in both).
    const lonely = { events: [1, 2, 0, 1], n: [2, 2, 1, 3], arm: [1, 1, 1, 0], stratum: undefined };
    const cases: { events: number[]; n: number[]; arm: number[]; stratum?: number[] }[] = [
      simulatedTrial(5),
      lonely,
    ];
    for (const data of cases) {
      const counts = clusterArmCounts(data);
      const statistic = (ix: Int32Array) => {
        let a = 0,
          m1 = 0,
          c = 0,
          m0 = 0;
        for (const i of ix) {
          a += counts.events1[i];
          m1 += counts.n1[i];
          c += counts.events0[i];
          m0 += counts.n0[i];
        }
        return m1 > 0 && m0 > 0 ? a / m1 - c / m0 : Number.NaN;
      };
      const stratum = data.stratum;
      const fast = clusterBootstrapRiskDifference(data, { rng: createRng(9), replicates: 300, stratum });
      const generic = clusterBootstrap({
        nClusters: data.n.length,
        statistic,
        rng: createRng(9),
        replicates: 300,
        stratum,
      });
      expect(Object.is(fast.acceleration, generic.acceleration)).toBe(true);
      expect(fast.replicates).toEqual(generic.replicates);
      expect(fast.bca.ci).toEqual(generic.bca.ci);
      expect(fast.percentile.ci).toEqual(generic.percentile.ci);
    }
    expect(
      Number.isNaN(
        clusterBootstrapRiskDifference(lonely, { rng: createRng(9), replicates: 300 }).acceleration,
      ),
    ).toBe(true);
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
