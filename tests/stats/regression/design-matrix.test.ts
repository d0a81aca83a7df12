import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  crossProductVector,
  linearPredictor,
  weightedCrossProduct,
} from "../../../src/stats/regression/design-algebra.js";
import {
  buildDesignMatrix,
  denseDesign,
  withTreatment,
} from "../../../src/stats/regression/design-matrix.js";
import { StatsError } from "../../../src/util/errors.js";

describe("buildDesignMatrix", () => {
  it("orders columns as R's y ~ arm + factor(la) + age, reference = first sorted level", () => {
    const d = buildDesignMatrix({
      treatment: { name: "arm", values: [1, 0, 1, 0] },
      factors: [{ name: "la_code", values: ["E08000025", "E06000001", "E08000025", "E09000002"] }],
      covariates: [{ name: "age", values: [3, 5, 7, 9] }],
    });
    expect(d.columnNames).toEqual(["(Intercept)", "arm", "la_codeE08000025", "la_codeE09000002", "age"]);
    expect(d.factors[0].levels[0]).toBe("E06000001");
    // row 2 is in the reference LA: no dummy set
    // biome-ignore format: one design row a line
    expect(Array.from(denseDesign(d))).toEqual([
      1, 1, 1, 0, 3,
      1, 0, 0, 0, 5,
      1, 1, 1, 0, 7,
      1, 0, 0, 1, 9,
    ]);
  });

  it("codes numeric factor levels as strings and omits the intercept on request", () => {
    const d = buildDesignMatrix({ intercept: false, factors: [{ name: "g", values: [2, 1, 2] }] });
    expect(d.columnNames).toEqual(["g2"]);
    expect(Array.from(denseDesign(d))).toEqual([1, 0, 1]);
  });

  it("throws a StatsError on columns of different lengths, NaN covariates and missing levels", () => {
    expect(() =>
      buildDesignMatrix({
        treatment: { name: "arm", values: [1, 0] },
        covariates: [{ name: "age", values: [1] }],
      }),
    ).toThrow(StatsError);
    expect(() => buildDesignMatrix({ covariates: [{ name: "age", values: [1, Number.NaN] }] })).toThrow(
      /age\[1\]/,
    );
    expect(() =>
      buildDesignMatrix({ factors: [{ name: "la", values: ["a", undefined as unknown as string] }] }),
    ).toThrow(StatsError);
  });

  it("withTreatment sets the treatment column and leaves the original untouched", () => {
    const d = buildDesignMatrix({ treatment: { name: "arm", values: [1, 0, 1] } });
    const all0 = withTreatment(d, 0);
    expect(Array.from(denseDesign(all0))).toEqual([1, 0, 1, 0, 1, 0]);
    expect(Array.from(denseDesign(d))).toEqual([1, 1, 1, 0, 1, 1]);
  });
});

describe("design algebra", () => {
  const rowArb = fc.record({
    arm: fc.integer({ min: 0, max: 1 }),
    x: fc.double({ min: -5, max: 5, noNaN: true }),
    f1: fc.constantFrom("a", "b", "c"),
    f2: fc.constantFrom("u", "v"),
    w: fc.double({ min: 0, max: 2, noNaN: true }),
    r: fc.double({ min: -1, max: 1, noNaN: true }),
  });

  it("X'WX, X'r and Xβ equal the dense products for two factors", () => {
    fc.assert(
      fc.property(fc.array(rowArb, { minLength: 1, maxLength: 25 }), (rows) => {
        const d = buildDesignMatrix({
          treatment: { name: "arm", values: rows.map((r) => r.arm) },
          factors: [
            { name: "f1", values: rows.map((r) => r.f1) },
            { name: "f2", values: rows.map((r) => r.f2) },
          ],
          covariates: [{ name: "x", values: rows.map((r) => r.x) }],
        });
        const { n, p } = d;
        const x = denseDesign(d);
        const w = rows.map((r) => r.w);
        const r = rows.map((row) => row.r);
        const beta = Array.from({ length: p }, (_, j) => j - 1.5);
        const xtwx = weightedCrossProduct(d, w);
        const xr = crossProductVector(d, r);
        const eta = linearPredictor(d, beta);
        for (let a = 0; a < p; a++) {
          let g = 0;
          for (let i = 0; i < n; i++) g += x[i * p + a] * r[i];
          expect(xr[a]).toBeCloseTo(g, 10);
          for (let b = 0; b < p; b++) {
            let s = 0;
            for (let i = 0; i < n; i++) s += x[i * p + a] * w[i] * x[i * p + b];
            expect(xtwx.data[a * p + b]).toBeCloseTo(s, 10);
          }
        }
        for (let i = 0; i < n; i++) {
          let s = 0;
          for (let j = 0; j < p; j++) s += x[i * p + j] * beta[j];
          expect(eta[i]).toBeCloseTo(s, 10);
        }
      }),
      { seed: 42, numRuns: 200 },
    );
  });
});
