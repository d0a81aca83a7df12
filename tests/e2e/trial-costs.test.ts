/**
 * `fgc trial … --costs` end to end (issue 16, Done when): the terminal prints the cost line, the
 * report has its "Costs and savings" section with the numbers of results.json, draws the
 * cost-effectiveness plane in headless Chromium offline with no axe-core violation, and writes a
 * CSV and Markdown of each costs table; without --costs nothing of it appears.
 */
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";
import { describe, expect, it } from "vitest";
import { formatPounds } from "../../src/report/format-pounds.js";
import { trialResultSchema } from "../../src/trial/result.js";
import { runFgc } from "../cli/run-cli-helper.js";
import { checkInChromium, chromiumPath } from "./browser.js";

describe("fgc trial data-samples/trial/analysis.csv --costs data-samples/costs/unit-costs.csv", () => {
  const out = join(mkdtempSync(join(tmpdir(), "fgc-costs-")), "report");
  let stdout = "";

  it("exits 0 and prints the cost line and the labelled projection", async () => {
    const run = await runFgc(
      "trial",
      "data-samples/trial/analysis.csv",
      "--costs",
      "data-samples/costs/unit-costs.csv",
      "--national-children",
      "20000",
      "--out",
      out,
    );
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    stdout = run.stdout;
    expect(stdout).toMatch(
      /^Cost per child over 12 months \(2023-24 prices\): referred £[\d,]+, control £[\d,]+; difference /m,
    );
    expect(stdout).toMatch(
      /^PROJECTION for 20,000 children a year \(assumes the trial's effect and costs transfer\)/m,
    );
  });

  it("writes results.json with cost_12m estimates and a costs block the zod schema accepts", () => {
    const r = trialResultSchema.parse(JSON.parse(readFileSync(join(out, "results.json"), "utf8")));
    const methods = r.estimates
      .filter((e) => e.outcome === "cost_12m")
      .map((e) => `${e.measure}/${e.method}`);
    expect(methods).toEqual([
      "mean_fgc/mean_cluster_robust",
      "mean_control/mean_cluster_robust",
      "mean_difference/welch",
      "mean_difference/linear_la_fe_cluster_family",
      "mean_difference/cluster_bootstrap_percentile",
      "mean_difference/cluster_bootstrap_bca",
    ]);
    expect(r.costs?.unitCosts.map((u) => u.item)).toEqual([
      "day_in_care",
      "proceedings",
      "conference",
      "referral",
    ]);
    expect(r.costs?.bootstrap?.costDifference).toHaveLength(r.plan.bootstrapReplicates);
    expect(r.costs?.children).toEqual({ fgc: 1226, control: 1311 });
    for (const f of [
      "unit-costs",
      "resource-use",
      "costs-per-arm",
      "cost-difference",
      "cost-effectiveness-quadrants",
      "national-projection",
    ])
      for (const ext of ["csv", "md"])
        expect(existsSync(join(out, "tables", `${f}.${ext}`)), `${f}.${ext}`).toBe(true);
    for (const ext of ["svg", "png"])
      expect(existsSync(join(out, "charts", `cost-effectiveness-plane.${ext}`))).toBe(true);
  });

  it("shows the section in headless Chromium with results.json's numbers, offline, 0 axe violations", async () => {
    const r = trialResultSchema.parse(JSON.parse(readFileSync(join(out, "results.json"), "utf8")));
    const check = await checkInChromium(join(out, "index.html"));
    expect(check.chartErrors).toEqual([]);
    expect(check.charts).toMatch(/^(\d+)\/\1$/);
    expect(check.consoleErrors).toEqual([]);
    expect(check.requests).toEqual([]);
    expect(check.axeViolations).toEqual([]);
    const browser = await chromium.launch({
      executablePath: chromiumPath,
      args: ["--headless", "--no-sandbox"],
    });
    let text = "";
    try {
      const page = await browser.newPage();
      await page.goto(pathToFileURL(join(out, "index.html")).href);
      text = await page.evaluate(() => document.getElementById("costs")?.textContent ?? "");
    } finally {
      await browser.close();
    }
    expect(text).toContain("Costs and savings");
    const adjusted = r.estimates.find((e) => e.outcome === "cost_12m" && e.model === "adjusted");
    expect(text).toContain(
      `${formatPounds(adjusted?.estimate)} (95% CI ${formatPounds(adjusted?.ci[0])} to ${formatPounds(adjusted?.ci[1])}`,
    );
    for (const row of r.costs?.costsPerArm ?? []) expect(text).toContain(formatPounds(row.fgc));
    for (const u of r.costs?.unitCosts ?? []) expect(text).toContain(u.source);
    expect(text).toContain("PROJECTION (not a finding)");
    expect(text).toContain(formatPounds(r.costs?.projection?.costDifference.estimate));
    // The same difference as the terminal printed.
    expect(stdout).toContain(`difference ${formatPounds(adjusted?.estimate)} (95% CI`);
  });

  it("writes no cost section, table or line without --costs", async () => {
    const plain = join(mkdtempSync(join(tmpdir(), "fgc-nocosts-")), "report");
    const run = await runFgc("trial", "data-samples/trial/analysis.csv", "--out", plain, "--no-png");
    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain("Cost per child");
    expect(readFileSync(join(plain, "index.html"), "utf8")).not.toContain('id="costs"');
    expect(JSON.parse(readFileSync(join(plain, "results.json"), "utf8")).costs).toBeUndefined();
  });
});
