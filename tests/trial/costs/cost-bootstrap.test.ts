/**
 * The cost bootstrap and the cost-effectiveness plane: the same draws as the plan's sensitivity
 * bootstrap, the probability of a saving as the share of replicates below 0, the projection as
 * N × the adjusted differences, and byte-identical results for the same seed.
 */
import { describe, expect, it } from "vitest";
import { sampleQuantile } from "../../../src/stats/resampling/sample-quantile.js";
import type { UnitCosts } from "../../../src/trial/costs/unit-costs.js";
import { runTrial } from "../../../src/trial/run.js";
import { stableStringify } from "../../../src/util/stable-json.js";
import { inputFromRows, quickPlan, simulatedRows } from "../fixtures.js";

const unitCosts: UnitCosts = {
  file: "u.csv",
  priceYear: "2024",
  byPlacementGroup: false,
  items: [
    { item: "day_in_care", cost: 200, unit: "per day", priceYear: "2024", source: "s", row: 2 },
    { item: "proceedings", cost: 15000, unit: "per child", priceYear: "2024", source: "s", row: 3 },
    { item: "conference", cost: 1500, unit: "per conference", priceYear: "2024", source: "s", row: 4 },
    { item: "referral", cost: 400, unit: "per family", priceYear: "2024", source: "s", row: 5 },
  ],
};

describe("cost bootstrap, plane and projection", () => {
  const rows = simulatedRows(11, 200);
  const run = () =>
    runTrial(inputFromRows(rows), quickPlan, { costs: { unitCosts, nationalChildren: 1000 } });
  const r = run();
  const b = r.costs?.bootstrap;

  it("draws the same families as the sensitivity bootstrap: the plane's looked-after axis gives its limits", () => {
    const x = (b?.lookedAfterDifference ?? []).filter((v): v is number => v !== null).sort((p, q) => p - q);
    expect(x).toHaveLength(quickPlan.bootstrapReplicates);
    const s = r.sensitivity.bootstrap;
    expect(sampleQuantile(x, 0.025)).toBeCloseTo(s?.percentile[0] as number, 12);
    expect(sampleQuantile(x, 0.975)).toBeCloseTo(s?.percentile[1] as number, 12);
  });

  it("probability of saving is the share of cost replicates below 0", () => {
    const y = (b?.costDifference ?? []).filter((v): v is number => v !== null);
    expect(y).toHaveLength(quickPlan.bootstrapReplicates);
    expect(b?.probabilitySaving).toBe(y.filter((v) => v < 0).length / y.length);
    const pct = r.estimates.find(
      (e) => e.outcome === "cost_12m" && e.method === "cluster_bootstrap_percentile",
    );
    expect(pct?.ci).toEqual(b?.percentile);
    expect(r.estimates.find((e) => e.method === "cluster_bootstrap_bca")?.ci).toEqual(b?.bca);
  });

  it("projects N × the adjusted cost difference and N × −RD children kept out of care", () => {
    const adj = r.estimates.find((e) => e.outcome === "cost_12m" && e.model === "adjusted");
    const rd = r.estimates.find(
      (e) => e.outcome === "looked_after_12m" && e.measure === "risk_difference" && e.model === "adjusted",
    );
    const p = r.costs?.projection;
    expect(p?.costDifference.estimate).toBe(1000 * (adj?.estimate as number));
    expect(p?.costDifference.ci).toEqual([1000 * (adj?.ci[0] as number), 1000 * (adj?.ci[1] as number)]);
    expect(p?.childrenKeptOutOfCare?.estimate).toBe(1000 * -(rd?.estimate as number));
    expect(p?.childrenKeptOutOfCare?.ci).toEqual([
      1000 * -(rd?.ci[1] as number),
      1000 * -(rd?.ci[0] as number),
    ]);
    expect(p?.label).toMatch(/^Projection, not a finding/);
  });

  it("adds no cost estimate to the multiplicity family", () => {
    expect(r.multiplicity.some((m) => m.outcome.startsWith("cost"))).toBe(false);
  });

  it("gives byte-identical results for the same seed", () => {
    expect(stableStringify(run())).toBe(stableStringify(r));
  });

  it("refuses a window beyond 365 days on an input without days in care by year rather than an undiscounted total", () => {
    expect(() =>
      runTrial(
        { ...inputFromRows(rows), window: 730 },
        { ...quickPlan, window: 730 },
        { costs: { unitCosts } },
      ),
    ).toThrow(/discounted by year of follow-up, and the input has no column days_in_care_y1/);
  });
});
