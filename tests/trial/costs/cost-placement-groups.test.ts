/**
 * Day rates by placement group: from a folder of extracts (fgc trial DIR) the care cost is
 * Σ group days × group rate, per arm; the file fgc link writes carries the days by group, so
 * `fgc link` then `fgc trial FILE --costs` gives the same costs block.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { trialResultSchema } from "../../../src/trial/result.js";
import { runFgc } from "../../cli/run-cli-helper.js";

const costs = "data-samples/costs/unit-costs-by-placement.csv";

describe("fgc trial data-samples/link --costs unit-costs-by-placement.csv", async () => {
  const dir = mkdtempSync(join(tmpdir(), "costs-groups-"));
  const run = await runFgc(
    "trial",
    "data-samples/link",
    "--costs",
    costs,
    "--out",
    join(dir, "a"),
    "--no-png",
  );
  const r = trialResultSchema.parse(JSON.parse(readFileSync(join(dir, "a", "results.json"), "utf8")));
  const c = r.costs as NonNullable<typeof r.costs>;

  it("uses the four group rates", () => {
    expect(run.code).toBe(0);
    expect(c.byPlacementGroup).toBe(true);
    expect(c.resourceUse.map((u) => u.measure)).toEqual([
      "days_in_care",
      "days_in_care_foster",
      "days_in_care_kin",
      "days_in_care_residential",
      "days_in_care_other",
      "proceedings",
      "conferences_per_family",
    ]);
  });

  it("care cost per arm = Σ mean group days × group rate, and the groups add up to days in care", () => {
    const rate = (item: string) => c.unitCosts.find((u) => u.item === item)?.cost as number;
    const use = (m: string) => c.resourceUse.find((u) => u.measure === m) as { fgc: number; control: number };
    for (const arm of ["fgc", "control"] as const) {
      const groups = ["foster", "kin", "residential", "other"];
      const care = groups.reduce((s, g) => s + use(`days_in_care_${g}`)[arm] * rate(`day_in_care_${g}`), 0);
      expect(c.costsPerArm.find((x) => x.component === "care")?.[arm]).toBeCloseTo(care, 9);
      expect(groups.reduce((s, g) => s + use(`days_in_care_${g}`)[arm], 0)).toBeCloseTo(
        use("days_in_care")[arm],
        9,
      );
    }
  });

  it("gives the same costs from fgc link's file", async () => {
    const file = join(dir, "analysis.csv");
    expect(
      (await runFgc("link", "data-samples/link", "--out", file, "--extract-date", "2025-03-31")).code,
    ).toBe(0);
    const b = await runFgc("trial", file, "--costs", costs, "--out", join(dir, "b"), "--no-png");
    expect(b.code).toBe(0);
    const rb = JSON.parse(readFileSync(join(dir, "b", "results.json"), "utf8"));
    expect(rb.costs).toEqual({ ...c, unitCostFile: rb.costs.unitCostFile });
  });

  it("refuses group rates for a file without days by group, naming the row", async () => {
    const bad = await runFgc(
      "trial",
      "data-samples/trial/analysis.csv",
      "--costs",
      costs,
      "--out",
      join(dir, "c"),
    );
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain(`${costs} row 2, item "day_in_care_foster"`);
    expect(bad.stderr).toContain("[cost-item-unknown]");
  });
});
