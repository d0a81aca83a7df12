import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { caceTwoStageLeastSquares } from "../../../src/stats/iv/cace-two-stage-least-squares.js";
import { caceWaldRatio } from "../../../src/stats/iv/cace-wald-ratio.js";
import { buildDesignMatrix } from "../../../src/stats/regression/design-matrix.js";
import { linearRegression } from "../../../src/stats/regression/linear-regression.js";

const rowArb = fc.record({
  assigned: fc.integer({ min: 0, max: 1 }),
  comply: fc.boolean(),
  y: fc.integer({ min: 0, max: 1 }),
  la: fc.constantFrom("L1", "L2", "L3"),
  fam: fc.integer({ min: 0, max: 12 }),
});

describe("caceTwoStageLeastSquares", () => {
  it("equals the Wald ratio without fixed effects (one binary instrument, just identified)", () => {
    fc.assert(
      fc.property(fc.array(rowArb, { minLength: 10, maxLength: 50 }), (rows) => {
        const assigned = rows.map((r) => r.assigned);
        const received = rows.map((r) => (r.assigned === 1 && r.comply ? 1 : 0));
        const y = rows.map((r) => r.y);
        const wald = caceWaldRatio(y, received, assigned);
        fc.pre(Number.isFinite(wald.estimate));
        const fit = caceTwoStageLeastSquares({
          outcome: y,
          received: { name: "held", values: received },
          assigned,
        });
        expect(fit.terms[1].estimate).toBeCloseTo(wald.estimate, 8);
      }),
      { seed: 42, numRuns: 200 },
    );
  });

  it("equals least squares (coefficients and clustered SEs) under full compliance", () => {
    fc.assert(
      fc.property(fc.array(rowArb, { minLength: 12, maxLength: 50 }), (rows) => {
        const assigned = rows.map((r) => r.assigned);
        const y = rows.map((r) => r.y);
        const la = rows.map((r) => r.la);
        const fam = rows.map((r) => r.fam);
        const iv = caceTwoStageLeastSquares({
          outcome: y,
          received: { name: "arm", values: assigned },
          assigned,
          factors: [{ name: "la", values: la }],
          cluster: fam,
        });
        const ols = linearRegression(
          buildDesignMatrix({
            treatment: { name: "arm", values: assigned },
            factors: [{ name: "la", values: la }],
          }),
          y,
          { cluster: fam },
        );
        expect(iv.columnNames).toEqual(ols.columnNames);
        iv.terms.forEach((t, j) => {
          if (Number.isNaN(ols.terms[j].estimate)) {
            expect(t.estimate).toBeNaN();
            return;
          }
          expect(t.estimate).toBeCloseTo(ols.terms[j].estimate, 8);
          // An LA with a single row has a clustered SE of exactly 0 in theory (round-off either side): skip it.
          if (ols.terms[j].se > 1e-6) expect(t.se).toBeCloseTo(ols.terms[j].se, 8);
        });
      }),
      { seed: 42, numRuns: 200 },
    );
  });

  it("uses the actual receipt in the residuals (hand case, no fixed effects)", () => {
    // assigned 1: received 1,1,1,0, y 1,0,1,0; assigned 0: received 0, y 0,1,0,0.
    // β_received = 1/3 (the Wald ratio); intercept = ȳ₀ − β·d̄₀ = 0.25.
    // Residuals y − 0.25 − d/3: 1 − 0.25 − 1/3 = 5/12, −7/12, 5/12, −1/4 (arm 1), −1/4, 3/4, −1/4, −1/4 (arm 0).
    // RSS = (25 + 49 + 25 + 9 + 9 + 81 + 9 + 9)/144 = 216/144 = 1.5; σ² = 1.5/6 = 0.25.
    // First stage d̂ = 0.75 / 0; X̂'X̂ = [[8, 3], [3, 2.25]], det = 18 − 9 = 9, [(X̂'X̂)⁻¹]₂₂ = 8/9.
    // var(β) = 0.25 · 8/9 = 2/9.
    const fit = caceTwoStageLeastSquares({
      outcome: [1, 0, 1, 0, 0, 1, 0, 0],
      received: { name: "held", values: [1, 1, 1, 0, 0, 0, 0, 0] },
      assigned: [1, 1, 1, 1, 0, 0, 0, 0],
    });
    expect(fit.coefficients[1]).toBeCloseTo(1 / 3, 12);
    expect(fit.coefficients[0]).toBeCloseTo(0.25, 12);
    expect(fit.terms[1].seModel ** 2).toBeCloseTo(2 / 9, 12);
    expect(fit.method).toBe("iv.cace");
  });

  it("reports the received column as aliased when the instrument does not vary", () => {
    const fit = caceTwoStageLeastSquares({
      outcome: [1, 0, 1, 0],
      received: { name: "held", values: [1, 0, 1, 1] },
      assigned: [1, 1, 1, 1],
    });
    expect(fit.aliased).toEqual(["held"]);
    expect(fit.terms[1].estimate).toBeNaN();
    expect(fit.notes.join(" ")).toMatch(/held/);
  });
});
