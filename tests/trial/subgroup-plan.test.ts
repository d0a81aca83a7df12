/**
 * Subgroups on any column (issue 13 §1): a plan's subgroup is a named one or any column of the
 * input, a numeric column cut at the plan's breaks; a subgroup the data cannot support is refused
 * in plain English, naming it (exit 2, nothing written); children with no value are counted.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildTrialReport } from "../../src/report/trial-report.js";
import { defaultTrialPlan, trialPlanSchema } from "../../src/trial/plan.js";
import { describePlanIssues } from "../../src/trial/plan-errors.js";
import { runTrial } from "../../src/trial/run.js";
import { breakLabels, breakLevel, subgroupSpec } from "../../src/trial/subgroup-spec.js";
import { runFgc } from "../cli/run-cli-helper.js";
import { inputFromRows, quickPlan, simulatedRows } from "./fixtures.js";

const dir = mkdtempSync(join(tmpdir(), "fgc-subgroup-plan-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("plan.subgroups parsing", () => {
  it("defaults to age band, sex, ethnicity and disability: LA is a fixed effect, not a default subgroup", () => {
    expect(defaultTrialPlan.subgroups).toEqual(["age_band", "sex", "ethnicity", "disability"]);
    expect(defaultTrialPlan.fixedEffects).toEqual(["la_code"]);
  });

  it("keeps plain names, la_code included, and takes { column, breaks } objects", () => {
    const plan = trialPlanSchema.parse({
      subgroups: ["la_code", "sex", { column: "age_years", breaks: [1, 5, 10] }, { column: "ethnicity" }],
    });
    expect(plan.subgroups.map(subgroupSpec)).toEqual([
      { id: "la_code", column: "la_code" },
      { id: "sex", column: "sex" },
      { id: "age_years", column: "age_years", breaks: [1, 5, 10] },
      { id: "ethnicity", column: "ethnicity" },
    ]);
    expect(subgroupSpec("age_band")).toEqual({ id: "age_band", column: "age_years" });
  });

  it("cuts a numeric column into [a, b) intervals with open ends", () => {
    expect(breakLabels([1, 5, 10])).toEqual(["under 1", "1 to under 5", "5 to under 10", "10 and over"]);
    expect(breakLabels([-1, 0.5])).toEqual(["under \u22121", "\u22121 to under 0.5", "0.5 and over"]);
    // A value on a break starts the level above it.
    expect([0.99, 1, 4.99, 5, 10, 17].map((x) => breakLevel(x, [1, 5, 10]))).toEqual([0, 1, 1, 2, 3, 3]);
  });

  it("names a wrong subgroup object's field in words", () => {
    const cases: [unknown, string][] = [
      [
        { subgroups: [{ column: "age_years", brakes: [1] }] },
        "`subgroups[0].brakes`: not a subgroup field; did you mean `subgroups[0].breaks`?",
      ],
      [
        { subgroups: ["sex", { breaks: [1] }] },
        '`subgroups[1].column`: a subgroup object needs a column, e.g. "column": "age_years"',
      ],
      [{ subgroups: [3] }, '`subgroups[0]`: expected a column name or { "column": …, "breaks": […] }, got 3'],
      [
        { subgroups: [{ column: "age_years", breaks: [] }] },
        "`subgroups[0].breaks`: give at least one break",
      ],
    ];
    for (const [json, message] of cases) {
      const parsed = trialPlanSchema.safeParse(json);
      expect(parsed.success).toBe(false);
      expect(describePlanIssues(json, parsed.error?.issues ?? [])).toBe(message);
    }
  });
});

describe("fgc trial refuses a subgroup the data cannot support (exit 2, nothing written)", () => {
  const refused = async (name: string, subgroups: unknown[]) => {
    const plan = join(dir, `${name}.json`);
    writeFileSync(plan, JSON.stringify({ subgroups }));
    const out = join(dir, `${name}-out`);
    const run = await runFgc(
      "trial",
      "data-samples/trial/analysis.csv",
      "--plan",
      plan,
      "--out",
      out,
      "--no-png",
    );
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(existsSync(out)).toBe(false);
    return { err: run.stderr.trim(), plan };
  };

  it("a column that does not exist, listing the columns that could be subgroups", async () => {
    expect((await refused("index-yr", ["sex", "index_yr"])).err).toBe(
      "fgc: subgroup `index_yr`: no such column in analysis.csv; columns that could be subgroups: age_band, sex, ethnicity, disability, la_code, age_years",
    );
    expect((await refused("age-yrs", [{ column: "age_yrs", breaks: [5] }])).err).toBe(
      "fgc: subgroup `age_yrs`: no such column in analysis.csv; did you mean `age_years`? Columns that could be subgroups: age_band, sex, ethnicity, disability, la_code, age_years",
    );
  });

  it("a column of the user's own that the trial-analysis table does not list: read for the subgroup, codes or numbers", async () => {
    const lines = readFileSync("data-samples/trial/analysis.csv", "utf8").trim().split(/\r?\n/);
    const file = join(dir, "extra.csv");
    // placement: three codes (one row in 40 blank); score: a number cut at breaks.
    const placement = (i: number) => (i % 40 === 0 ? "" : ["kin", "foster", "home"][i % 3]);
    writeFileSync(
      file,
      lines
        .map((l, i) => `${l},${i === 0 ? "placement,score" : `${placement(i)},${(i * 7) % 20}`}`)
        .join("\n"),
    );
    const plan = join(dir, "placement.json");
    writeFileSync(plan, JSON.stringify({ subgroups: ["placement", { column: "score", breaks: [5, 10] }] }));
    const out = join(dir, "placement-out");
    const run = await runFgc("trial", file, "--plan", plan, "--out", out, "--no-png");
    expect(run.stderr).not.toContain("column-unknown");
    expect(run.code).toBe(0);
    const result = JSON.parse(readFileSync(join(out, "results.json"), "utf8"));
    // Each level's n, counted straight from the CSV over the children analysed for the primary.
    const header = lines[0].split(",");
    const col = (name: string) => header.indexOf(name);
    const rows = lines.slice(1).map((l, k) => ({ cells: l.split(","), i: k + 1 }));
    const analysed = rows.filter((r) => r.cells[col("looked_after_12m")] !== "");
    const count = (arm: string, pick: (i: number) => boolean) =>
      analysed.filter((r) => r.cells[col("arm")] === arm && pick(r.i)).length;
    const levels = result.subgroups.filter((s: { subgroup: string }) => s.subgroup === "placement");
    expect(levels.map((s: { level: string }) => s.level).sort()).toEqual(["foster", "home", "kin"]);
    for (const s of levels) {
      expect(s.nFgc).toBe(count("fgc", (i) => placement(i) === s.level));
      expect(s.nControl).toBe(count("control", (i) => placement(i) === s.level));
      expect(s.missing).toBe(analysed.filter((r) => placement(r.i) === "").length);
    }
    const score = result.subgroups.filter((s: { subgroup: string }) => s.subgroup === "score");
    expect(score.map((s: { level: string }) => s.level)).toEqual(["under 5", "5 to under 10", "10 and over"]);
    const band = (i: number) => ((i * 7) % 20 < 5 ? 0 : (i * 7) % 20 < 10 ? 1 : 2);
    score.forEach((s: { nFgc: number; nControl: number }, k: number) => {
      expect(s.nFgc).toBe(count("fgc", (i) => band(i) === k));
      expect(s.nControl).toBe(count("control", (i) => band(i) === k));
    });
    // One interaction test per subgroup, the same p on every level's row.
    expect(new Set(levels.map((s: { interactionP: number }) => s.interactionP)).size).toBe(1);
  });

  it("a column named by the plan that the file does not hold is refused, with the file's candidates", async () => {
    const plan = join(dir, "nosuch.json");
    writeFileSync(plan, JSON.stringify({ subgroups: ["placement"] }));
    const out = join(dir, "nosuch-out");
    const run = await runFgc(
      "trial",
      "data-samples/trial/analysis.csv",
      "--plan",
      plan,
      "--out",
      out,
      "--no-png",
    );
    expect(run.code).toBe(2);
    expect(existsSync(out)).toBe(false);
    expect(run.stderr).toContain(
      "fgc: subgroup `placement`: no such column in analysis.csv; columns that could be subgroups: ",
    );
  });

  it("a categorical column with more than 10 levels, saying how many", async () => {
    expect((await refused("la-object", [{ column: "la_code" }])).err).toBe(
      'fgc: subgroup `la_code`: la_code has 21 levels; a categorical subgroup may have at most 10 (the plain name "la_code" analyses every level)',
    );
  });

  it("a numeric column without breaks, suggesting breaks at its quartiles", async () => {
    expect((await refused("age-years", ["age_years"])).err).toBe(
      'fgc: subgroup `age_years`: age_years is numeric with 162 distinct values; a numeric subgroup needs breaks, e.g. { "column": "age_years", "breaks": [1.5, 5.6, 11] }',
    );
  });

  it("breaks that are not strictly increasing, or that leave a level empty", async () => {
    const down = await refused("down", [{ column: "age_years", breaks: [5, 1] }]);
    expect(down.err).toBe(
      `fgc: --plan ${down.plan}: subgroup \`age_years\`: breaks must be strictly increasing; got [5, 1]`,
    );
    const tie = await refused("tie", [{ column: "age_years", breaks: [1, 1] }]);
    expect(tie.err).toContain("subgroup `age_years`: breaks must be strictly increasing; got [1, 1]");
    expect((await refused("empty", [{ column: "age_years", breaks: [1, 5, 100] }])).err).toBe(
      'fgc: subgroup `age_years`: breaks [1, 5, 100] leave the level "100 and over" with no child in analysis.csv (age_years runs from 0 to 17.9); choose breaks inside the data',
    );
  });

  it("breaks on a column of codes, and a date column", async () => {
    expect((await refused("sex-breaks", [{ column: "sex", breaks: [1] }])).err).toBe(
      'fgc: subgroup `sex`: breaks given, but sex holds codes, not numbers (e.g. "F"); leave breaks out for a categorical column',
    );
    expect((await refused("date", ["index_date"])).err).toBe(
      "fgc: subgroup `index_date`: a date column cannot be a subgroup; derive a period column instead",
    );
  });

  it("an identifier, an outcome or the arm", async () => {
    const one = await refused("family", ["family_id"]);
    expect(one.err).toBe(
      `fgc: --plan ${one.plan}: subgroup \`family_id\`: not a baseline characteristic (outcomes, arm, fgc_held, child_id and family_id cannot be subgroups); use a column measured before randomisation, such as age_years, sex or ethnicity`,
    );
    const two = await refused("arm-outcome", ["arm", { column: "looked_after_12m" }]);
    expect(two.err).toContain("subgroups `arm`, `looked_after_12m`: not baseline characteristics");
  });

  it("a subgroup listed twice, whether as a name or an object", async () => {
    expect((await refused("twice", ["ethnicity", { column: "ethnicity" }])).err).toContain(
      'plan.subgroups: lists "ethnicity" more than once',
    );
  });
});

describe("children with no value in a subgroup column", () => {
  it("are left out of that subgroup's analysis and counted, never dropped silently", () => {
    const rows = simulatedRows(7, 300).map((r, i) => (i % 10 === 0 ? { ...r, age_years: null } : r));
    const result = runTrial(inputFromRows(rows), {
      ...quickPlan,
      bootstrapReplicates: 0,
      rerandomisations: 0,
      subgroups: [{ column: "age_years", breaks: [5] }, "sex"],
    });
    const analysed = rows.filter((r) => r.looked_after_12m !== null);
    const blank = analysed.filter((r) => r.age_years === null).length;
    expect(blank).toBeGreaterThan(0);
    const age = result.subgroups.filter((s) => s.subgroup === "age_years");
    expect(age.map((s) => s.level)).toEqual(["under 5", "5 and over"]);
    for (const s of age) {
      expect(s.missing).toBe(blank);
      expect(s.column).toBe("age_years");
      expect(s.breaks).toEqual([5]);
    }
    // Every analysed child is in a level or counted as missing.
    const inLevels = age.reduce((n, s) => n + s.nFgc + s.nControl, 0);
    expect(inLevels + blank).toBe(analysed.length);
    expect(result.notes).toContain(
      `subgroup age_years: ${blank} children with no age_years left out of this subgroup's analysis`,
    );
    expect(result.subgroups.filter((s) => s.subgroup === "sex").every((s) => s.missing === 0)).toBe(true);
    // The report says so, in the subgroup list and under the subgroup table.
    const section = buildTrialReport(result).sections.find((s) => s.id === "subgroups");
    const list = section?.blocks.find((b) => b.kind === "list");
    expect(list?.kind === "list" && list.items[0]).toBe(
      `age_years: age_years cut at 5 into intervals that include their lower break (under 5; 5 and over); 2 levels; ${blank} children of ${analysed.length.toLocaleString("en-GB")} analysed had no value and are left out of this subgroup's analysis.`,
    );
    expect(list?.kind === "list" && list.items[1]).toMatch(/^Sex: .*every analysed child had a value\.$/);
    const chart = section?.blocks.find((b) => b.kind === "chart");
    expect(chart?.kind === "chart" && chart.chart.table?.notes).toContain(
      `age_years: ${blank} children with no value, left out of this subgroup's analysis.`,
    );
  });
});

describe("a report with planned subgroups and no subgroup rows", () => {
  it("says the primary outcome is not binary, rather than that no subgroup was planned", () => {
    const result = runTrial(inputFromRows(simulatedRows(7, 300)), {
      ...quickPlan,
      primary: "days_in_care_12m",
      secondary: ["looked_after_12m"],
      bootstrapReplicates: 0,
      rerandomisations: 0,
    });
    expect(result.plan.subgroups).toEqual(["age_band", "sex", "ethnicity", "disability"]);
    expect(result.subgroups).toEqual([]);
    const section = buildTrialReport(result).sections.find((s) => s.id === "subgroups");
    expect(section?.blocks).toEqual([
      {
        kind: "paragraph",
        text: "Subgroup analyses are of a binary primary outcome (a risk difference per level); the primary outcome here, days in care within 12 months, is not binary, so the planned subgroups were not analysed.",
      },
    ]);
  });
});
