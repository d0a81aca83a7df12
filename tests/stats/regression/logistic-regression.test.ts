import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildDesignMatrix, denseDesign } from "../../../src/stats/regression/design-matrix.js";
import { logisticRegression } from "../../../src/stats/regression/logistic-regression.js";
import { StatsError } from "../../../src/util/errors.js";

/** Rows of a 2×2 table: `a` events of n1 in arm 1, `c` events of n0 in arm 0. */
function twoByTwo(a: number, n1: number, c: number, n0: number) {
  const arm: number[] = [];
  const y: number[] = [];
  for (let i = 0; i < n1; i++) {
    arm.push(1);
    y.push(i < a ? 1 : 0);
  }
  for (let i = 0; i < n0; i++) {
    arm.push(0);
    y.push(i < c ? 1 : 0);
  }
  return { arm, y, design: buildDesignMatrix({ treatment: { name: "arm", values: arm } }) };
}

describe("logisticRegression", () => {
  // 3/10 events in arm 1, 6/12 in arm 0: the saturated model reproduces the table.
  // intercept = log(6/6) = 0; arm = log((3/7)/(6/6)) = log(3/7) (the crude log OR);
  // model SE of arm = Woolf's sqrt(1/3 + 1/7 + 1/6 + 1/6).
  const { y, design } = twoByTwo(3, 10, 6, 12);

  it("gives the crude log odds ratio and Woolf's SE in a saturated 2×2 model (hand case)", () => {
    const fit = logisticRegression(design, y);
    expect(fit.converged).toBe(true);
    expect(fit.coefficients[0]).toBeCloseTo(0, 10);
    expect(fit.coefficients[1]).toBeCloseTo(Math.log(3 / 7), 10);
    expect(fit.terms[1].seModel).toBeCloseTo(Math.sqrt(1 / 3 + 1 / 7 + 1 / 6 + 1 / 6), 10);
    expect(fit.terms[1].ci[0]).toBeCloseTo(Math.log(3 / 7) - 1.959963984540054 * fit.terms[1].seModel, 8);
    expect(fit.separated).toEqual([]);
  });

  it("with one row per cluster gives HC1 = model variance · n/(n − k) in the saturated model", () => {
    // Saturated: Σ_{i∈arm}(y_i − p)² = n·p(1 − p), so HC0 equals the model variance; HC1 adds 22/20.
    const fit = logisticRegression(design, y, { cluster: y.map((_, i) => `F${i}`) });
    expect(fit.terms[1].se ** 2).toBeCloseTo((fit.terms[1].seModel ** 2 * 22) / 20, 10);
    expect(fit.nClusters).toBe(22);
  });

  it("gives the deviance of the saturated 2×2 model (hand case)", () => {
    // −2 Σ [y log p + (1 − y) log(1 − p)] with p = 0.3 (n 10) and 0.5 (n 12).
    const dev = -2 * (3 * Math.log(0.3) + 7 * Math.log(0.7) + 12 * Math.log(0.5));
    expect(logisticRegression(design, y).deviance).toBeCloseTo(dev, 10);
  });

  it("satisfies the score equations X'(y − μ) = 0 at the fit (with an LA factor)", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            arm: fc.integer({ min: 0, max: 1 }),
            la: fc.constantFrom("L1", "L2"),
            age: fc.integer({ min: 0, max: 17 }),
          }),
          { minLength: 30, maxLength: 60 },
        ),
        fc.integer({ min: 1, max: 1000 }),
        (rows, salt) => {
          const yy = rows.map((r, i) => ((i * 7 + salt + r.age + r.arm) % 3 === 0 ? 1 : 0));
          const d = buildDesignMatrix({
            treatment: { name: "arm", values: rows.map((r) => r.arm) },
            factors: [{ name: "la", values: rows.map((r) => r.la) }],
            covariates: [{ name: "age", values: rows.map((r) => r.age) }],
          });
          const fit = logisticRegression(d, yy);
          if (!fit.converged || fit.aliased.length > 0) return;
          const x = denseDesign(d);
          for (let j = 0; j < d.p; j++) {
            let s = 0;
            for (let i = 0; i < d.n; i++) {
              let eta = 0;
              for (let k = 0; k < d.p; k++) eta += x[i * d.p + k] * fit.coefficients[k];
              s += x[i * d.p + j] * (yy[i] - 1 / (1 + Math.exp(-eta)));
            }
            expect(Math.abs(s)).toBeLessThan(1e-6);
          }
        },
      ),
      { seed: 42, numRuns: 100 },
    );
  });

  it("does not depend on row order", () => {
    const rowArb = fc.record({
      arm: fc.integer({ min: 0, max: 1 }),
      la: fc.constantFrom("L1", "L2", "L3"),
      age: fc.integer({ min: 0, max: 17 }),
      fam: fc.integer({ min: 0, max: 15 }),
      y: fc.integer({ min: 0, max: 1 }),
    });
    fc.assert(
      fc.property(fc.array(rowArb, { minLength: 40, maxLength: 80 }), (rows) => {
        const fitOf = (rs: typeof rows) =>
          logisticRegression(
            buildDesignMatrix({
              treatment: { name: "arm", values: rs.map((r) => r.arm) },
              factors: [{ name: "la", values: rs.map((r) => r.la) }],
              covariates: [{ name: "age", values: rs.map((r) => r.age) }],
            }),
            rs.map((r) => r.y),
            { cluster: rs.map((r) => r.fam) },
          );
        const a = fitOf(rows);
        const b = fitOf([...rows].reverse());
        expect(b.converged).toBe(a.converged);
        a.terms.forEach((t, j) => {
          if (Number.isNaN(t.estimate)) expect(b.terms[j].estimate).toBeNaN();
          else {
            expect(b.terms[j].estimate).toBeCloseTo(t.estimate, 6);
            expect(b.terms[j].se).toBeCloseTo(t.se, 6);
          }
        });
      }),
      { seed: 42, numRuns: 100 },
    );
  });

  it("names the LA column under quasi-complete separation (an LA with no events)", () => {
    // L1, L2 mixed outcomes; L3 (4 children) has none: its coefficient diverges to −∞.
    const la = [...Array(10).fill("L1"), ...Array(10).fill("L2"), ...Array(4).fill("L3")];
    const arm = la.map((_, i) => i % 2);
    const yy = la.map((l, i) => (l === "L3" ? 0 : (i * 3) % 4 === 0 ? 1 : i % 5 === 0 ? 1 : 0));
    const d = buildDesignMatrix({
      treatment: { name: "arm", values: arm },
      factors: [{ name: "la", values: la }],
    });
    const fit = logisticRegression(d, yy, { cluster: la.map((_, i) => i) });
    expect(fit.separated).toEqual(["laL3"]);
    expect(fit.converged).toBe(false);
    expect(fit.notes.join(" ")).toMatch(/separation.*laL3/);
    const l3 = fit.terms.find((t) => t.term === "laL3")!;
    expect(l3.estimate).toBeNaN();
    const armTerm = fit.terms.find((t) => t.term === "arm")!;
    expect(Number.isFinite(armTerm.estimate)).toBe(true);
    expect(Number.isFinite(armTerm.se)).toBe(true);
  });

  it("reports complete separation on the arm (y = arm) with converged false", () => {
    const arm = [0, 0, 0, 0, 1, 1, 1, 1];
    const fit = logisticRegression(buildDesignMatrix({ treatment: { name: "arm", values: arm } }), arm);
    expect(fit.converged).toBe(false);
    expect(fit.separated).toContain("arm");
    expect(fit.terms[1].estimate).toBeNaN();
  });

  it("names a continuous covariate that separates the outcome (y = 1 iff age > 10)", () => {
    const age = [1, 3, 5, 7, 9, 11, 13, 15, 12, 2];
    const fit = logisticRegression(
      buildDesignMatrix({ covariates: [{ name: "age", values: age }] }),
      age.map((a) => (a > 10 ? 1 : 0)),
    );
    expect(fit.converged).toBe(false);
    expect(fit.separated).toContain("age");
  });

  it("drops a covariate identical to the arm with NaN and a note naming it", () => {
    const { arm, y: yy } = twoByTwo(3, 10, 6, 12);
    const d = buildDesignMatrix({
      treatment: { name: "arm", values: arm },
      covariates: [{ name: "arm_copy", values: arm }],
    });
    const fit = logisticRegression(d, yy);
    expect(fit.aliased).toEqual(["arm_copy"]);
    expect(fit.terms[2].estimate).toBeNaN();
    expect(fit.notes.join(" ")).toMatch(/arm_copy/);
    expect(fit.coefficients[1]).toBeCloseTo(Math.log(3 / 7), 10);
  });

  it("returns NaN cluster SEs and a note for a single cluster", () => {
    const fit = logisticRegression(design, y, { cluster: y.map(() => "F1") });
    expect(fit.terms[1].se).toBeNaN();
    expect(fit.notes.join(" ")).toMatch(/single cluster/);
  });

  it("throws a StatsError on outcomes other than 0/1 and on mismatched lengths", () => {
    expect(() =>
      logisticRegression(
        design,
        y.map((v) => v * 2),
      ),
    ).toThrow(StatsError);
    expect(() => logisticRegression(design, y.slice(1))).toThrow(StatsError);
  });
});
