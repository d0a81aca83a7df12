import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { choleskyInverse, cholesky } from "../../../src/stats/linalg/matrix.js";
import { clusterMeat, clusterRobustVariance } from "../../../src/stats/regression/cluster-robust-variance.js";
import { weightedCrossProduct } from "../../../src/stats/regression/design-algebra.js";
import { buildDesignMatrix, denseDesign } from "../../../src/stats/regression/design-matrix.js";
import { encodeClusters } from "../../../src/stats/regression/encode-clusters.js";

describe("clusterMeat", () => {
  it("equals Σ_g s_g s_g' computed densely", () => {
    const row = fc.record({
      x: fc.double({ min: -3, max: 3, noNaN: true }),
      la: fc.constantFrom("a", "b", "c", "d"),
      g: fc.integer({ min: 0, max: 6 }),
      r: fc.double({ min: -1, max: 1, noNaN: true }),
    });
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 30 }), (rows) => {
        const d = buildDesignMatrix({
          factors: [{ name: "la", values: rows.map((q) => q.la) }],
          covariates: [{ name: "x", values: rows.map((q) => q.x) }],
        });
        const r = rows.map((q) => q.r);
        const clusters = encodeClusters(rows.map((q) => q.g));
        const meat = clusterMeat(d, r, clusters);
        const x = denseDesign(d);
        const { p, n } = d;
        const s = new Float64Array(clusters.count * p);
        for (let i = 0; i < n; i++)
          for (let j = 0; j < p; j++) s[clusters.codes[i] * p + j] += r[i] * x[i * p + j];
        for (let a = 0; a < p; a++)
          for (let b = 0; b < p; b++) {
            let m = 0;
            for (let g = 0; g < clusters.count; g++) m += s[g * p + a] * s[g * p + b];
            expect(meat.data[a * p + b]).toBeCloseTo(m, 10);
          }
      }),
      { seed: 42, numRuns: 200 },
    );
  });
});

describe("clusterRobustVariance", () => {
  it("applies G/(G − 1)·(N − 1)/(N − K) to B M B (hand case)", () => {
    // X = intercept only, n = 4, two clusters {0,1},{2,3}; r = 1, 2, 3, 4.
    // X'X = 4, B = 1/4; s_1 = 3, s_2 = 7, M = 9 + 49 = 58; B M B = 58/16;
    // factor 2/1 · 3/3 = 2 → 7.25.
    // (a one-level factor adds no column: it only fixes n = 4 for an intercept-only design)
    const d = buildDesignMatrix({ factors: [{ name: "f", values: ["a", "a", "a", "a"] }] });
    const bread = choleskyInverse(cholesky(weightedCrossProduct(d)));
    const v = clusterRobustVariance(d, [1, 2, 3, 4], bread, encodeClusters([0, 0, 1, 1]), [0]);
    expect(v.data[0]).toBeCloseTo(7.25, 12);
  });

  it("is NaN for a single cluster", () => {
    const d = buildDesignMatrix({ factors: [{ name: "f", values: ["a", "a"] }] });
    const bread = choleskyInverse(cholesky(weightedCrossProduct(d)));
    const v = clusterRobustVariance(d, [1, 2], bread, encodeClusters(["x", "x"]), [0]);
    expect(v.data[0]).toBeNaN();
  });

  it("puts NaN in the rows and columns of inactive (aliased) parameters", () => {
    const d = buildDesignMatrix({ covariates: [{ name: "x", values: [1, 2, 3, 4] }] });
    const bread = { p: 1, data: Float64Array.from([0.25]) };
    const v = clusterRobustVariance(d, [1, -1, 1, -1], bread, encodeClusters([0, 1, 2, 3]), [0]);
    expect(v.data[0]).toBeGreaterThan(0);
    expect(v.data[1]).toBeNaN();
    expect(v.data[3]).toBeNaN();
  });
});
