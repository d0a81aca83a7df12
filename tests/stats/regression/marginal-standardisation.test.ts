import { describe, expect, it } from "vitest";
import { buildDesignMatrix } from "../../../src/stats/regression/design-matrix.js";
import { logisticRegression } from "../../../src/stats/regression/logistic-regression.js";
import { marginalStandardisation } from "../../../src/stats/regression/marginal-standardisation.js";

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
  const design = buildDesignMatrix({ treatment: { name: "arm", values: arm } });
  return { arm, y, design };
}

describe("marginalStandardisation", () => {
  // Saturated model, 3/10 vs 6/12: standardised risks are the crude ones, 0.3 and 0.5.
  const { y, design } = twoByTwo(3, 10, 6, 12);
  const fit = logisticRegression(design, y);
  const std = marginalStandardisation(design, fit);

  it("reproduces the crude RD and RR in a saturated model (hand case)", () => {
    expect(std.riskExposed).toBeCloseTo(0.3, 10);
    expect(std.riskComparator).toBeCloseTo(0.5, 10);
    expect(std.riskDifference.estimate).toBeCloseTo(-0.2, 10); // 0.3 − 0.5
    expect(std.riskRatio.estimate).toBeCloseTo(0.6, 10); // 0.3/0.5
  });

  it("gives the Wald SE of the RD and Katz's SE of log RR with the model variance (hand case)", () => {
    // Delta method: var = p1(1−p1)/n1 + p0(1−p0)/n0 = 0.021 + 0.0208333…
    expect(std.riskDifference.se).toBeCloseTo(Math.sqrt(0.021 + 0.25 / 12), 10);
    // var(log RR) = (1 − p1)/(n1 p1) + (1 − p0)/(n0 p0) = 0.7/3 + 0.5/6
    expect(std.riskRatio.se).toBeCloseTo(Math.sqrt(0.7 / 3 + 0.5 / 6), 10);
    expect(std.riskRatio.scale).toBe("log");
    const z = 1.959963984540054;
    expect(std.riskRatio.ci[0]).toBeCloseTo(0.6 * Math.exp(-z * std.riskRatio.se!), 10);
    expect(std.riskDifference.ci[1]).toBeCloseTo(-0.2 + z * std.riskDifference.se!, 10);
  });

  it("uses the cluster-robust covariance when the fit has one", () => {
    const clustered = logisticRegression(design, y, { cluster: y.map((_, i) => i) });
    const s = marginalStandardisation(design, clustered);
    // one row per cluster in a saturated model: HC1 = model · 22/20 (see logistic-regression.test)
    expect(s.riskDifference.se! ** 2).toBeCloseTo((std.riskDifference.se! ** 2 * 22) / 20, 10);
    expect(s.riskDifference.notes.join(" ")).toMatch(/cluster/);
  });

  it("is not estimable when the arm separates the outcome (y = arm)", () => {
    const arm = [0, 0, 0, 0, 1, 1, 1, 1];
    const d = buildDesignMatrix({ treatment: { name: "arm", values: arm } });
    const s = marginalStandardisation(d, logisticRegression(d, arm));
    expect(s.riskDifference.estimate).toBeNaN();
    expect(s.riskRatio.estimate).toBeNaN();
    expect(s.riskDifference.notes.join(" ")).toMatch(/separation/);
  });

  it("is not estimable when everyone is in one arm (arm aliased with the intercept)", () => {
    const d = buildDesignMatrix({ treatment: { name: "arm", values: [1, 1, 1, 1, 1, 1] } });
    const f = logisticRegression(d, [1, 0, 0, 1, 0, 0]);
    expect(f.aliased).toEqual(["arm"]);
    const s = marginalStandardisation(d, f);
    expect(s.riskDifference.estimate).toBeNaN();
    expect(s.riskRatio.notes.join(" ")).toMatch(/aliased/);
  });
});
