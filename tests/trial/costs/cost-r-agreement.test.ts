/**
 * The cost analysis of the sample trial agrees with R: the adjusted difference with lm +
 * sandwich::vcovCL(type = "HC1") clustered by family, and each arm's mean with its
 * cluster-robust SE, to 1e-6 (relative). Reference numbers from tests/fixtures/costs/check.R
 * (Rscript tests/fixtures/costs/check.R), which computes the costs itself.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readTrialInput } from "../../../src/jobs/read-trial-input.js";
import { readUnitCostsFile } from "../../../src/jobs/read-unit-costs-file.js";
import { defaultTrialPlan } from "../../../src/trial/plan.js";
import { runTrial } from "../../../src/trial/run.js";

// Rscript tests/fixtures/costs/check.R (R 4, sandwich), printed with %.15g.
const R = {
  n: 2537,
  adjustedEstimate: -7462.53585336725,
  adjustedSe: 1667.06133783335,
  meanFgc: [27767.1288743882, 1184.12659834058],
  meanControl: [35540.5034324942, 1188.25715667119],
};

const close = (actual: number | null | undefined, expected: number) =>
  expect(Math.abs(((actual ?? Number.NaN) - expected) / expected)).toBeLessThan(1e-6);

describe("cost_12m on the sample trial against R", async () => {
  const { input } = await readTrialInput("data-samples/trial/analysis.csv", "test");
  const { unitCosts } = await readUnitCostsFile(join(import.meta.dirname, "../../fixtures/costs/good.csv"), {
    placementGroups: false,
  });
  const plan = { ...defaultTrialPlan, bootstrapReplicates: 0, rerandomisations: 0 };
  const result = runTrial(input, plan, { costs: { unitCosts: unitCosts as NonNullable<typeof unitCosts> } });
  const get = (measure: string, model: string) =>
    result.estimates.find((e) => e.outcome === "cost_12m" && e.measure === measure && e.model === model);

  it("adjusted difference and its HC1 cluster-robust SE equal lm + vcovCL to 1e-6", () => {
    const e = get("mean_difference", "adjusted");
    expect(e?.method).toBe("linear_la_fe_cluster_family");
    expect(e?.n).toBe(R.n);
    close(e?.estimate, R.adjustedEstimate);
    close(e?.se, R.adjustedSe);
  });

  it("arm means and their cluster-robust SEs equal lm(cost ~ 1) + vcovCL to 1e-6", () => {
    close(get("mean_fgc", "unadjusted")?.estimate, R.meanFgc[0]);
    close(get("mean_fgc", "unadjusted")?.se, R.meanFgc[1]);
    close(get("mean_control", "unadjusted")?.estimate, R.meanControl[0]);
    close(get("mean_control", "unadjusted")?.se, R.meanControl[1]);
  });

  it("with bootstrap replicates 0 there is no bootstrap and no plane", () => {
    expect(result.costs?.bootstrap).toBeNull();
    expect(result.costs?.projection).toBeNull();
  });
});
