/**
 * A non-default subgroup plan end to end (issue 13 §1): `fgc trial` on data-samples/trial with
 * age_years cut at breaks and ethnicity as a column. results.json holds each level's n (counted
 * here from the CSV itself) and one interaction p per subgroup; the report's table, list and chart
 * show those numbers with the plan's column and level labels; the report opens in headless
 * Chromium with every chart drawn, no request and no axe-core violation.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readTrialInput } from "../../src/jobs/read-trial-input.js";
import { formatP } from "../../src/report/summarize.js";
import { trialPlanSchema } from "../../src/trial/plan.js";
import { type SubgroupRow, type TrialResult, trialResultSchema } from "../../src/trial/result.js";
import { runTrial } from "../../src/trial/run.js";
import { runFgc } from "../cli/run-cli-helper.js";
import { checkInChromium } from "./browser.js";

const SAMPLE = "data-samples/trial/analysis.csv";
const plan = {
  subgroups: [{ column: "age_years", breaks: [1, 5, 10] }, { column: "ethnicity" }],
  bootstrapReplicates: 200,
  rerandomisations: 200,
  compareWithPublished: false,
};

describe("fgc trial with subgroups { age_years cut at 1, 5, 10 } and { ethnicity }", () => {
  const dir = mkdtempSync(join(tmpdir(), "fgc-subgroup-e2e-"));
  const out = join(dir, "report");
  let results: TrialResult;
  let html: string;
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  beforeAll(async () => {
    const planFile = join(dir, "plan.json");
    writeFileSync(planFile, JSON.stringify(plan));
    const run = await runFgc("trial", SAMPLE, "--plan", planFile, "--out", out);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    results = JSON.parse(readFileSync(join(out, "results.json"), "utf8"));
    html = readFileSync(join(out, "index.html"), "utf8");
  }, 120_000);

  it("keeps the column and breaks in results.json, and every level's n equals a count of the CSV", () => {
    expect(trialResultSchema.safeParse(results).success).toBe(true);
    expect(results.plan.subgroups).toEqual(plan.subgroups);
    const [header, ...lines] = readFileSync(SAMPLE, "utf8").trim().split(/\r?\n/);
    const names = header.split(",");
    const rows = lines.map((l) => Object.fromEntries(l.split(",").map((v, j) => [names[j], v])));
    const analysed = rows.filter((r) => r.looked_after_12m !== "");
    const band = (age: number) =>
      age < 1 ? "under 1" : age < 5 ? "1 to under 5" : age < 10 ? "5 to under 10" : "10 and over";
    const count = (arm: string, keep: (r: Record<string, string>) => boolean) =>
      analysed.filter((r) => r.arm === arm && keep(r)).length;
    const age = results.subgroups.filter((s) => s.subgroup === "age_years");
    expect(age.map((s) => s.level)).toEqual(["under 1", "1 to under 5", "5 to under 10", "10 and over"]);
    for (const s of age) {
      expect(s).toMatchObject({ column: "age_years", breaks: [1, 5, 10], missing: 0 });
      expect(s.nFgc).toBe(count("fgc", (r) => band(Number(r.age_years)) === s.level));
      expect(s.nControl).toBe(count("control", (r) => band(Number(r.age_years)) === s.level));
    }
    expect(age.reduce((n, s) => n + s.nFgc + s.nControl, 0)).toBe(analysed.length);
    const ethnicity = results.subgroups.filter((s) => s.subgroup === "ethnicity");
    expect(ethnicity.map((s) => s.level)).toEqual([...new Set(analysed.map((r) => r.ethnicity))].sort());
    for (const s of ethnicity) {
      expect(s.breaks).toBeUndefined();
      expect(s.nFgc).toBe(count("fgc", (r) => r.ethnicity === s.level));
      expect(s.nControl).toBe(count("control", (r) => r.ethnicity === s.level));
    }
    // No LA subgroup: the plan did not ask for one.
    expect(results.subgroups.some((s) => s.subgroup === "la_code")).toBe(false);
  });

  it("gives each subgroup one interaction p, and the column form of ethnicity the named form's p", async () => {
    for (const g of ["age_years", "ethnicity"]) {
      const ps = new Set(results.subgroups.filter((s) => s.subgroup === g).map((s) => s.interactionP));
      expect(ps.size).toBe(1);
      const p = [...ps][0] as number;
      expect(p).toBeGreaterThan(0);
      expect(p).toBeLessThan(1);
    }
    const { input } = await readTrialInput(SAMPLE, "test");
    const named = runTrial(
      input,
      trialPlanSchema.parse({ subgroups: ["ethnicity"], bootstrapReplicates: 0, rerandomisations: 0 }),
    );
    const p = (rows: SubgroupRow[]) => rows.find((s) => s.subgroup === "ethnicity")?.interactionP;
    expect(p(results.subgroups)).toBe(p(named.subgroups));
  }, 60_000);

  it("labels the report's table, list and chart with the plan's column and level labels and results.json's numbers", () => {
    const table = readFileSync(join(out, "tables", "subgroups.md"), "utf8");
    for (const s of results.subgroups) {
      const label = s.subgroup === "ethnicity" ? `Ethnicity: ${s.level}` : `age_years: ${s.level}`;
      expect(table).toContain(`| ${label} | ${s.nFgc} | ${s.nControl} |`);
      expect(html).toContain(label);
    }
    const p = (g: string) => results.subgroups.find((s) => s.subgroup === g)?.interactionP as number;
    const svg = readFileSync(join(out, "charts", "subgroups.svg"), "utf8");
    for (const g of ["age_years", "ethnicity"]) {
      expect(svg).toContain(`interaction ${formatP(p(g))}`);
      expect(table).toContain(`| ${formatP(p(g))} |`);
    }
    expect(html).toContain(
      "age_years: age_years cut at 1, 5, 10 into intervals that include their lower break (under 1; 1 to under 5; 5 to under 10; 10 and over); 4 levels; every analysed child had a value.",
    );
    expect(html).toContain("Ethnicity: the values of ethnicity; 5 levels; every analysed child had a value.");
  });

  it("opens in headless Chromium: every chart drawn, offline, no axe violation, no overlapping labels", async () => {
    const check = await checkInChromium(join(out, "index.html"));
    expect(check.chartErrors).toEqual([]);
    expect(check.charts).toMatch(/^(\d+)\/\1$/);
    expect(check.axisLabelOverlaps).toEqual([]);
    expect(check.consoleErrors).toEqual([]);
    expect(check.requests).toEqual([]);
    expect(check.axeViolations).toEqual([]);
  }, 120_000);
});
