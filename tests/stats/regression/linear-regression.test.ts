import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildDesignMatrix, denseDesign } from "../../../src/stats/regression/design-matrix.js";
import { linearRegression } from "../../../src/stats/regression/linear-regression.js";
import { StatsError } from "../../../src/util/errors.js";

const simple = (x: number[]) => buildDesignMatrix({ covariates: [{ name: "x", values: x }] });

describe("linearRegression", () => {
  // x = 0..3, y = 1, 3, 2, 5: x̄ = 1.5, ȳ = 2.75, Sxy = 5.5, Sxx = 5 → slope 1.1, intercept 2.75 − 1.65 = 1.1.
  // Fitted 1.1, 2.2, 3.3, 4.4; residuals −0.1, 0.8, −1.3, 0.6; RSS = 2.7; σ² = 2.7/2 = 1.35.
  const x = [0, 1, 2, 3];
  const y = [1, 3, 2, 5];

  it("gives the least-squares line and σ²/Sxx for the slope's model SE (hand case)", () => {
    const fit = linearRegression(simple(x), y);
    expect(fit.coefficients[0]).toBeCloseTo(1.1, 12);
    expect(fit.coefficients[1]).toBeCloseTo(1.1, 12);
    expect(fit.terms[1].seModel).toBeCloseTo(Math.sqrt(1.35 / 5), 12);
    expect(fit.terms[1].se).toBe(fit.terms[1].seModel);
    expect(fit.variance).toBe("model");
    expect(fit.rank).toBe(2);
  });

  it("with one row per cluster gives HC1: n/(n − k) · Σ(x − x̄)²e²/Sxx² (hand case)", () => {
    // HC0 = (2.25·0.01 + 0.25·0.64 + 0.25·1.69 + 2.25·0.36)/25 = 1.415/25 = 0.0566; HC1 = 0.0566 · 4/2.
    const fit = linearRegression(simple(x), y, { cluster: ["a", "b", "c", "d"] });
    expect(fit.variance).toBe("cluster_hc1");
    expect(fit.nClusters).toBe(4);
    expect(fit.terms[1].se ** 2).toBeCloseTo(0.1132, 12);
    expect(fit.covarianceCluster?.[1][1]).toBeCloseTo(0.1132, 12);
  });

  it("uses a t interval on N − K degrees of freedom", () => {
    const fit = linearRegression(simple(x), y);
    const t = fit.terms[1];
    // t(0.975, 2) = 4.302652729911275
    expect(t.ci[1] - t.estimate).toBeCloseTo(4.302652729911275 * t.se, 8);
  });

  it("drops an aliased column with NaN and a note naming it, leaving the rest as without it", () => {
    const d = buildDesignMatrix({
      covariates: [
        { name: "x", values: x },
        { name: "x2", values: x.map((v) => 2 * v) },
      ],
    });
    const fit = linearRegression(d, y);
    expect(fit.aliased).toEqual(["x2"]);
    expect(fit.terms[2].estimate).toBeNaN();
    expect(fit.notes.join(" ")).toMatch(/x2/);
    expect(fit.coefficients[1]).toBeCloseTo(1.1, 12);
    expect(fit.terms[1].seModel).toBeCloseTo(Math.sqrt(1.35 / 5), 12);
  });

  it("returns NaN cluster SEs and a note for a single cluster", () => {
    const fit = linearRegression(simple(x), y, { cluster: ["f", "f", "f", "f"] });
    expect(fit.terms[1].se).toBeNaN();
    expect(fit.terms[1].seModel).toBeGreaterThan(0);
    expect(fit.notes.join(" ")).toMatch(/single cluster/);
  });

  it("throws a StatsError on mismatched lengths and non-finite outcomes", () => {
    expect(() => linearRegression(simple(x), [1, 2, 3])).toThrow(StatsError);
    expect(() => linearRegression(simple(x), [1, 2, 3, Number.NaN])).toThrow(StatsError);
    expect(() => linearRegression(simple(x), y, { cluster: ["a"] })).toThrow(StatsError);
    expect(() => linearRegression(simple(x), y, { level: 95 })).toThrow(StatsError);
  });

  it("does not depend on row order (coefficients and clustered SEs)", () => {
    const row = fc.record({
      arm: fc.integer({ min: 0, max: 1 }),
      la: fc.constantFrom("L1", "L2", "L3"),
      age: fc.integer({ min: 0, max: 17 }),
      fam: fc.integer({ min: 0, max: 9 }),
      y: fc.integer({ min: 0, max: 365 }),
    });
    fc.assert(
      fc.property(fc.array(row, { minLength: 12, maxLength: 40 }), fc.integer(), (rows, seed) => {
        const shuffled = rows
          .map((r, i) => ({ r, k: Math.sin(seed + i * 7.3) }))
          .sort((a, b) => a.k - b.k)
          .map((e) => e.r);
        const fitOf = (rs: typeof rows) =>
          linearRegression(
            buildDesignMatrix({
              treatment: { name: "arm", values: rs.map((r) => r.arm) },
              factors: [{ name: "la", values: rs.map((r) => r.la) }],
              covariates: [{ name: "age", values: rs.map((r) => r.age) }],
            }),
            rs.map((r) => r.y),
            { cluster: rs.map((r) => r.fam) },
          );
        const a = fitOf(rows);
        const b = fitOf(shuffled);
        expect(b.columnNames).toEqual(a.columnNames);
        a.terms.forEach((t, j) => {
          if (Number.isNaN(t.estimate)) expect(b.terms[j].estimate).toBeNaN();
          else {
            expect(b.terms[j].estimate).toBeCloseTo(t.estimate, 6);
            if (Number.isFinite(t.se)) expect(b.terms[j].se).toBeCloseTo(t.se, 6);
          }
        });
      }),
      { seed: 42, numRuns: 200 },
    );
  });

  it("with one row per cluster equals White's HC1 computed densely (law)", () => {
    const row = fc.record({
      arm: fc.integer({ min: 0, max: 1 }),
      age: fc.integer({ min: 0, max: 17 }),
      y: fc.integer({ min: 0, max: 100 }),
    });
    fc.assert(
      fc.property(fc.array(row, { minLength: 6, maxLength: 30 }), (rows) => {
        const d = buildDesignMatrix({
          treatment: { name: "arm", values: rows.map((r) => r.arm) },
          covariates: [{ name: "age", values: rows.map((r) => r.age) }],
        });
        const y = rows.map((r) => r.y);
        const fit = linearRegression(d, y, { cluster: rows.map((_, i) => i) });
        fc.pre(fit.aliased.length === 0);
        const { n, p } = d;
        const x = denseDesign(d);
        // (X'X)⁻¹ by Gauss–Jordan on the 3 × 3 system, then B (Σ e²xx') B · n/(n − p)
        const xtx = Array.from({ length: p }, (_, a) =>
          Array.from({ length: p }, (_, b) => rows.reduce((s, _r, i) => s + x[i * p + a] * x[i * p + b], 0)),
        );
        const inv = invert(xtx);
        const e = y.map((yi, i) => yi - fit.coefficients.reduce((s, b, j) => s + b * x[i * p + j], 0));
        const meat = Array.from({ length: p }, (_, a) =>
          Array.from({ length: p }, (_, b) =>
            e.reduce((s, ei, i) => s + ei * ei * x[i * p + a] * x[i * p + b], 0),
          ),
        );
        const hc0 = mul(mul(inv, meat), inv);
        for (let j = 0; j < p; j++) expect(fit.terms[j].se ** 2).toBeCloseTo((hc0[j][j] * n) / (n - p), 6);
      }),
      { seed: 42, numRuns: 200 },
    );
  });
});

function mul(a: number[][], b: number[][]): number[][] {
  return a.map((row) => b[0].map((_, j) => row.reduce((s, v, k) => s + v * b[k][j], 0)));
}

function invert(m: number[][]): number[][] {
  const k = m.length;
  const a = m.map((row, i) => [...row, ...row.map((_, j) => (i === j ? 1 : 0))]);
  for (let c = 0; c < k; c++) {
    let piv = c;
    for (let r = c + 1; r < k; r++) if (Math.abs(a[r][c]) > Math.abs(a[piv][c])) piv = r;
    [a[c], a[piv]] = [a[piv], a[c]];
    const d = a[c][c];
    for (let j = 0; j < 2 * k; j++) a[c][j] /= d;
    for (let r = 0; r < k; r++)
      if (r !== c) {
        const f = a[r][c];
        for (let j = 0; j < 2 * k; j++) a[r][j] -= f * a[c][j];
      }
  }
  return a.map((row) => row.slice(k));
}
