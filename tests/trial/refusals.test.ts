/**
 * `fgc trial` refuses rather than print a number it cannot stand behind (issue 12): any error in
 * its input stops it before anything is written (exit 1), and a plan the data cannot support is
 * refused in plain English before any model is fitted (exit 2).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { defaultTrialPlan, type TrialPlan, trialPlanSchema } from "../../src/trial/plan.js";
import { checkTrialPlan } from "../../src/trial/plan-checks.js";
import { runTrial } from "../../src/trial/run.js";
import { DataError } from "../../src/schema/issue.js";
import { UsageError } from "../../src/util/errors.js";
import { runFgc } from "../cli/run-cli-helper.js";
import { inputFromRows, quickPlan, simulatedRows } from "./fixtures.js";

const dir = mkdtempSync(join(tmpdir(), "fgc-trial-refusals-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function writePlan(name: string, plan: Record<string, unknown>): string {
  const path = join(dir, `${name}.json`);
  writeFileSync(path, JSON.stringify(plan));
  return path;
}

describe("fgc trial on a file with an error", () => {
  it("writes nothing after an unbalanced quote cuts the read short (it used to analyse rows 1–539)", async () => {
    const text = readFileSync("data-samples/trial/analysis.csv", "utf8");
    const lines = text.split("\r\n");
    lines[540] = lines[540].replace(",M,", ',"M,'); // row 541 opens a quote it never closes
    const file = join(dir, "quote.csv");
    writeFileSync(file, lines.join("\r\n"));
    const out = join(dir, "quote-out");
    const run = await runFgc("trial", file, "--out", out, "--no-png");
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(existsSync(out)).toBe(false);
    expect(run.stderr).toMatch(/quote\.csv row 541: .*1,998 lines .* swallowed.*\[quote-unclosed\]/);
    expect(run.stderr).toMatch(/nothing analysed, nothing written/);
  });

  it("writes nothing when one row's outcomes contradict each other, and names the row", async () => {
    const lines = readFileSync("data-samples/trial/analysis.csv", "utf8").split("\r\n");
    // Row 3 (C000002): not entered, 0 days, censored on day 741; say it was looked after at 12 months.
    expect(lines[2]).toMatch(/^C000002,.*,0,0,0,0,0,0,741,0$/);
    lines[2] = lines[2].replace(/,0,0,0,0,0,0,741,0$/, ",0,0,1,0,0,0,741,0");
    const file = join(dir, "inconsistent.csv");
    writeFileSync(file, lines.join("\r\n"));
    const out = join(dir, "inconsistent-out");
    const run = await runFgc("trial", file, "--out", out, "--no-png");
    expect(run.code).toBe(1);
    expect(existsSync(out)).toBe(false);
    expect(run.stderr).toMatch(
      /inconsistent\.csv row 3, looked_after_12m "1": .*\[trial-outcome-inconsistent\]/,
    );
  });

  it("writes nothing for a file with an arm label other than fgc and control", async () => {
    const out = join(dir, "arm-out");
    const run = await runFgc("trial", "tests/fixtures/trial/arm-label.csv", "--out", out, "--no-png");
    expect(run.code).toBe(1);
    expect(existsSync(out)).toBe(false);
    expect(run.stderr).toMatch(/arm-label\.csv row 4, arm "treatment": .*\[code-unknown\]/);
  });
});

describe("fgc trial on inputs with nothing to compare", () => {
  it("exits 1 on a header-only file instead of failing inside the model (it exited 70)", async () => {
    const file = join(dir, "header-only.csv");
    writeFileSync(file, `${readFileSync("data-samples/trial/analysis.csv", "utf8").split("\r\n")[0]}\r\n`);
    const out = join(dir, "header-only-out");
    const run = await runFgc("trial", file, "--out", out, "--no-png");
    expect(run.code).toBe(1);
    expect(existsSync(out)).toBe(false);
    expect(run.stderr).toMatch(/header-only\.csv: no child to analyse.*\[arm-missing\]/);
  });

  it("refuses, naming the arm, when the population rules leave one arm empty (it exited 70)", () => {
    const rows = simulatedRows(7, 300).map((r) =>
      r.arm === "control" ? { ...r, looked_after_12m: null } : r,
    );
    expect(() => runTrial(inputFromRows(rows), quickPlan)).toThrow(DataError);
    try {
      runTrial(inputFromRows(rows), quickPlan);
    } catch (e) {
      expect((e as DataError).issues.map((i) => `${i.rule}:${i.column}`)).toEqual(["arm-missing:arm"]);
      expect((e as DataError).issues[0].message).toMatch(/no child of the control arm/);
    }
  });

  it("reports an outcome left blank throughout as not estimable, with a note (it exited 70)", () => {
    const rows = simulatedRows(7, 300).map((r) => ({ ...r, proceedings_12m: null }));
    const result = runTrial(inputFromRows(rows), {
      ...quickPlan,
      bootstrapReplicates: 0,
      rerandomisations: 0,
    });
    const adjusted = result.estimates.filter(
      (e) => e.outcome === "proceedings_12m" && e.model === "adjusted",
    );
    expect(adjusted.map((e) => [e.measure, e.estimate])).toEqual([
      ["odds_ratio", null],
      ["risk_difference", null],
      ["risk_ratio", null],
    ]);
    expect(result.notes.join(" ")).toMatch(
      /proceedings_12m, adjusted models: not estimable: no child of the fgc arm/,
    );
    const primary = result.estimates.find(
      (e) => e.outcome === "looked_after_12m" && e.measure === "odds_ratio" && e.model === "adjusted",
    );
    expect(primary?.estimate).toBeGreaterThan(0);
  });
});

describe("fgc trial refuses a plan the data cannot support (exit 2, nothing written)", () => {
  const refused = async (
    name: string,
    plan: Record<string, unknown>,
    input = "data-samples/trial/analysis.csv",
  ) => {
    const out = join(dir, `${name}-out`);
    const run = await runFgc("trial", input, "--plan", writePlan(name, plan), "--out", out, "--no-png");
    expect(run.code).toBe(2);
    expect(existsSync(out)).toBe(false);
    expect(run.stderr).not.toMatch(/internal error|\n\s+at /);
    return run.stderr;
  };

  it("refuses a window the analysis-ready file does not hold, naming the file's window", async () => {
    // It used to analyse the 365-day outcomes and print "Window 30 days" in the report.
    const err = await refused("window", { window: 30 });
    expect(err).toMatch(
      /plan\.window: 30 days, but .*analysis\.csv holds outcomes over a fixed window of 365 days/,
    );
  });

  it("refuses repeated covariates and secondary outcomes, naming them", async () => {
    expect(await refused("covariates", { covariates: ["age_years", "female", "age_years"] })).toMatch(
      /plan\.covariates: lists "age_years" more than once/,
    );
    expect(
      await refused("secondary", { secondary: ["proceedings_12m", "time_to_care", "proceedings_12m"] }),
    ).toMatch(/plan\.secondary: lists "proceedings_12m" more than once/);
    expect(await refused("subgroups", { subgroups: ["sex", "sex"] })).toMatch(
      /plan\.subgroups: lists "sex" more than once/,
    );
    expect(await refused("primary-again", { secondary: ["looked_after_12m", "proceedings_12m"] })).toMatch(
      /plan\.secondary: repeats the primary outcome "looked_after_12m"/,
    );
  });

  it("refuses an outcome, the arm or an identifier as a covariate", async () => {
    expect(await refused("outcome-covariate", { covariates: ["age_years", "entered_care_12m"] })).toMatch(
      /plan\.covariates: "entered_care_12m" is not a baseline characteristic/,
    );
    expect(await refused("arm-covariate", { covariates: ["arm"] })).toMatch(/plan\.covariates: "arm"/);
    expect(await refused("cluster-covariate", { covariates: ["family_id"] })).toMatch(
      /plan\.covariates: "family_id"/,
    );
  });

  it("refuses a code column as a covariate (it left no complete case and exited 70)", async () => {
    expect(await refused("code-covariate", { covariates: ["age_years", "ethnicity"] })).toMatch(
      /plan\.covariates: "ethnicity" holds codes, not numbers/,
    );
  });

  it("refuses a child identifier as a fixed effect at once, before any model is built", async () => {
    const err = await refused("child-fe", { fixedEffects: ["la_code", "child_id"] });
    expect(err).toMatch(/plan\.fixedEffects: "child_id"/);
  });
});

describe("the plan checks on the API", () => {
  const rows = simulatedRows(7, 300);

  it("keep the default plan and local-authority fixed effects valid", () => {
    expect(() => checkTrialPlan(defaultTrialPlan)).not.toThrow();
    const result = runTrial(inputFromRows(rows), {
      ...quickPlan,
      bootstrapReplicates: 0,
      rerandomisations: 0,
    });
    expect(result.plan.fixedEffects).toEqual(["la_code"]);
  });

  it("leave the primary out of the default secondary outcomes, so changing only the primary is allowed", () => {
    const plan = trialPlanSchema.parse({ primary: "entered_care_12m" });
    expect(plan.secondary).toEqual([
      "proceedings_12m",
      "days_in_care_12m",
      "time_to_care",
      "looked_after_12m",
    ]);
    expect(() => checkTrialPlan(plan)).not.toThrow();
    expect(defaultTrialPlan.secondary).toEqual([
      "proceedings_12m",
      "entered_care_12m",
      "days_in_care_12m",
      "time_to_care",
    ]);
  });

  it("refuse a fixed effect with more levels than half the rows (family_id), with a UsageError", () => {
    const plan: TrialPlan = { ...quickPlan, fixedEffects: ["family_id"] };
    expect(() => runTrial(inputFromRows(rows), plan)).toThrow(UsageError);
    expect(() => runTrial(inputFromRows(rows), plan)).toThrow(/plan\.fixedEffects: "family_id"/);
  });

  it("refuse a plan window other than the input's, and accept it when the input was derived over it", () => {
    const input = inputFromRows(rows);
    expect(() => runTrial(input, { ...quickPlan, window: 180 })).toThrow(/plan\.window: 180 days/);
    const linked = { ...input, window: 180 };
    expect(() =>
      runTrial(linked, { ...quickPlan, window: 180, bootstrapReplicates: 0, rerandomisations: 0 }),
    ).not.toThrow();
  });
});
