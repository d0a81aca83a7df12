/**
 * `fgc trial data-samples/link --costs … ` with a window beyond 365 days, end to end (issue 16 §2):
 * the costs are discounted by year of follow-up and the discount is stated in results.json, the
 * terminal line and the report. The sample's follow-up ends on 2025-02-13, 400 days after most
 * index dates (2024-01-10), so the window is 400 days: year 2 is days 366–400, and child L01
 * (FGC arm) is in care on those days. A 730-day window censors every sample child (refused).
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { trialResultSchema } from "../../src/trial/result.js";
import { runFgc } from "../cli/run-cli-helper.js";

const dir = mkdtempSync(join(tmpdir(), "fgc-discount-"));
const planFile = (name: string, plan: object) => {
  const path = join(dir, `${name}.json`);
  writeFileSync(path, JSON.stringify(plan));
  return path;
};
const results = (out: string) =>
  trialResultSchema.parse(JSON.parse(readFileSync(join(out, "results.json"), "utf8")));

describe("fgc trial data-samples/link --costs with a 400-day window", () => {
  const out = join(dir, "w400");
  const flat = join(dir, "w400-rate0");

  it("exits 0 with cost estimates, discounted at 3.5% a year and saying so", async () => {
    const run = await runFgc(
      "trial",
      "data-samples/link",
      "--plan",
      planFile("w400", { window: 400 }),
      "--costs",
      "data-samples/costs/unit-costs-by-placement.csv",
      "--out",
      out,
      "--no-png",
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /^Cost per child over 400 days \(2023-24 prices, later years discounted at 3\.5% a year\): referred £/m,
    );
    const r = results(out);
    expect(r.plan.discountRate).toBeUndefined(); // the default, 0.035, echoed in costs.discounting
    expect(r.costs?.outcome).toBe("cost_400d");
    expect(r.costs?.discounting.rate).toBe(0.035);
    expect(r.costs?.discounting.applied).toBe(true);
    expect(r.costs?.discounting.note).toContain("discounted at 3.5% a year (HM Treasury Green Book)");
    const cost = r.estimates.filter((e) => e.outcome === "cost_400d");
    expect(cost.map((e) => e.measure)).toEqual([
      "mean_fgc",
      "mean_control",
      "mean_difference",
      "mean_difference",
      "mean_difference",
      "mean_difference",
    ]);
    for (const e of cost.slice(0, 2)) expect(Number.isFinite(e.estimate)).toBe(true);
    const html = readFileSync(join(out, "index.html"), "utf8");
    expect(html).toContain("1/1.035^(y − 1)");
  });

  it("with discountRate 0 costs the same days undiscounted: more for the FGC arm, whose L01 is in care in year 2", async () => {
    const run = await runFgc(
      "trial",
      "data-samples/link",
      "--plan",
      planFile("w400-rate0", { window: 400, discountRate: 0 }),
      "--costs",
      "data-samples/costs/unit-costs-by-placement.csv",
      "--out",
      flat,
      "--no-png",
    );
    expect(run.code).toBe(0);
    const discounted = results(out).costs;
    const undiscounted = results(flat).costs;
    expect(undiscounted?.discounting).toMatchObject({ rate: 0, applied: false });
    const care = (c: typeof discounted) => c?.costsPerArm.find((x) => x.component === "care");
    expect(care(undiscounted)?.fgc).toBeGreaterThan(care(discounted)?.fgc as number);
    // Referral and conference are in year 1: never discounted.
    const fgc = (c: typeof discounted) => c?.costsPerArm.find((x) => x.component === "fgc")?.fgc;
    expect(fgc(discounted)).toBe(fgc(undiscounted));
  });
});

describe("fgc link data-samples/link --window 400", () => {
  it("writes days in care by year (and by placement group) adding up to days_in_care_12m, and proceedings_year", async () => {
    const csv = join(dir, "linked-400.csv");
    const run = await runFgc("link", "data-samples/link", "--out", csv, "--window", "400");
    expect(run.code).toBe(0);
    const [header, ...lines] = readFileSync(csv, "utf8").trim().split(/\r?\n/);
    const names = header.split(",");
    expect(names.slice(-11)).toEqual([
      "days_in_care_y1",
      "days_in_care_foster_y1",
      "days_in_care_kin_y1",
      "days_in_care_residential_y1",
      "days_in_care_other_y1",
      "days_in_care_y2",
      "days_in_care_foster_y2",
      "days_in_care_kin_y2",
      "days_in_care_residential_y2",
      "days_in_care_other_y2",
      "proceedings_year",
    ]);
    const at = (cells: string[], name: string) => cells[names.indexOf(name)];
    let yearTwoDays = 0;
    for (const line of lines) {
      const cells = line.split(",");
      const days = at(cells, "days_in_care_12m");
      if (days === "") {
        expect(at(cells, "days_in_care_y1")).toBe("");
        continue;
      }
      const y = [1, 2].map((k) => Number(at(cells, `days_in_care_y${k}`)));
      expect(y[0] + y[1]).toBe(Number(days));
      for (const k of [1, 2]) {
        const groups = ["foster", "kin", "residential", "other"].map((g) =>
          Number(at(cells, `days_in_care_${g}_y${k}`)),
        );
        expect(groups.reduce((s, v) => s + v, 0)).toBe(y[k - 1]);
      }
      expect(y[1]).toBeLessThanOrEqual(35); // year 2 is days 366–400
      yearTwoDays += y[1];
      expect(at(cells, "proceedings_year") === "").toBe(at(cells, "proceedings_12m") === "0");
    }
    expect(yearTwoDays).toBeGreaterThan(0);
  });
});
