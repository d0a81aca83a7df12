import { describe, expect, it } from "vitest";
import type { AreaRate } from "../../src/areas/area-rate.js";
import { equityGaps } from "../../src/areas/equity.js";
import { defaultAreaPlan } from "../../src/areas/plan.js";
import { riskDifference } from "../../src/stats/two-groups/risk-difference.js";

const rate = (breakdown: string, category: string, x: number, n: number): AreaRate => ({
  la: "202",
  period: "2023-24",
  measure: "child_offer_rate",
  breakdown,
  category,
  numerator: x,
  denominator: n,
  denominatorMeasure: "children_entering_pre_proceedings",
  rate: x / n,
  ci: [0, 1],
  symbol: null,
});

describe("equityGaps", () => {
  it("gap = group − overall = (1 − n_g/N)(group − rest), with the scaled Miettinen–Nurminen interval", () => {
    // group 10/20 = 0.5, all 30/50 = 0.6, rest 20/30; gap 0.5 − 0.6 = −0.1 = (1 − 20/50)(0.5 − 2/3)
    const rows = equityGaps(
      [rate("all", "all", 30, 50), rate("sex", "F", 10, 20)],
      "202",
      "2023-24",
      defaultAreaPlan(),
    );
    expect(rows).toHaveLength(1);
    expect(rows[0].gap).toBeCloseTo(-0.1, 12);
    const rd = riskDifference({ events: 10, n: 20 }, { events: 20, n: 30 }, 0.95);
    expect(rows[0].gapCi[0]).toBeCloseTo(0.6 * rd.ci[0], 12);
    expect(rows[0].gapCi[1]).toBeCloseTo(0.6 * rd.ci[1], 12);
  });
  it("a suppressed group has no gap", () => {
    const hidden = {
      ...rate("sex", "M", 3, 20),
      numerator: "c" as const,
      rate: null,
      ci: [null, null] as [null, null],
      symbol: "c" as const,
    };
    const rows = equityGaps([rate("all", "all", 30, 50), hidden], "202", "2023-24", defaultAreaPlan());
    expect(rows[0]).toMatchObject({ gap: null, symbol: "c" });
  });
});
