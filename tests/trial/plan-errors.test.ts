/**
 * A plan the schema refuses is described in words through `fgc trial --plan` (exit 2, nothing
 * written): unknown keys are refused, never ignored, and a near miss gets a suggestion.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runFgc } from "../cli/run-cli-helper.js";

const dir = mkdtempSync(join(tmpdir(), "fgc-plan-errors-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function refused(name: string, plan: unknown): Promise<string> {
  const path = join(dir, `${name}.json`);
  writeFileSync(path, JSON.stringify(plan));
  const out = join(dir, `${name}-out`);
  const run = await runFgc(
    "trial",
    "data-samples/trial/analysis.csv",
    "--plan",
    path,
    "--out",
    out,
    "--no-png",
  );
  expect(run.code).toBe(2);
  expect(run.stdout).toBe("");
  expect(existsSync(out)).toBe(false);
  return run.stderr;
}

async function refusedPlan(name: string, plan: unknown): Promise<string> {
  const err = await refused(name, plan);
  expect(err).toContain(`--plan ${join(dir, `${name}.json`)}: `);
  return err;
}

describe("fgc trial --plan names a wrong field in words", () => {
  it("refuses a misspelt field and suggests the field it meant", async () => {
    const err = await refusedPlan("subgrups", { subgrups: ["sex"] });
    expect(err).toContain("`subgrups`: not a plan field; did you mean `subgroups`?");
  });

  it("refuses an unknown field with no near name, listing the fields", async () => {
    const err = await refusedPlan("colour", { colour: "blue" });
    expect(err).toContain(
      "`colour`: not a plan field; the plan fields are version, primary, secondary, window,",
    );
    expect(err).not.toContain("did you mean");
  });

  it("refuses an unknown population rule instead of ignoring it", async () => {
    const err = await refusedPlan("population", { population: { excludeAlreadyLookedAftr: true } });
    expect(err).toContain(
      "`population.excludeAlreadyLookedAftr`: not a population rule; did you mean `population.excludeAlreadyLookedAfter`?",
    );
  });

  it("names every problem, the unknown key first", async () => {
    const err = await refusedPlan("two", { window: 0, primray: "proceedings_12m" });
    expect(err).toMatch(/`primray`: not a plan field; did you mean `primary`\?.*; `window`: /);
  });

  it("refuses a subgroup that is no column, listing the columns that could be subgroups", async () => {
    const err = await refused("index-yr", { subgroups: ["sex", "index_yr"] });
    expect(err).toContain(
      "subgroup `index_yr`: no such column in analysis.csv; columns that could be subgroups: age_band, sex, ethnicity, disability, la_code, age_years",
    );
    const near = await refused("ethnicty", { subgroups: ["ethnicty"] });
    expect(near).toContain("subgroup `ethnicty`: no such column in analysis.csv; did you mean `ethnicity`?");
  });

  it("suggests the outcome a misspelt primary or secondary outcome meant", async () => {
    expect(await refusedPlan("primary", { primary: "proceedings" })).toContain(
      "primary outcome `proceedings`: not an outcome; did you mean `proceedings_12m`?",
    );
    expect(await refusedPlan("secondary", { secondary: ["entered_care_12m", "time_to_cre"] })).toContain(
      "secondary outcome `time_to_cre`: not an outcome; did you mean `time_to_care`?",
    );
  });

  it("names the allowed values of any other list", async () => {
    expect(await refusedPlan("multiplicity", { multiplicity: "holms" })).toContain(
      '`multiplicity` "holms": not one of holm, hochberg, bh, none; did you mean `holm`?',
    );
  });

  it("refuses a covariate, fixed effect or cluster that is no column of the input, suggesting the nearest", async () => {
    const covariate = await refused("age-yrs", { covariates: ["age_yrs", "female"] });
    expect(covariate).toContain(
      "covariate `age_yrs`: no such column in analysis.csv; did you mean `age_years`? Columns that could be covariates: ",
    );
    // Only numeric baseline columns (and female, from sex) are offered as covariates.
    const offered = covariate.split("Columns that could be covariates: ")[1].trim().split(", ");
    expect(offered).toContain("female");
    expect(offered).not.toContain("ethnicity");
    expect(offered).not.toContain("looked_after_12m");
    const both = await refused("cluster", { fixedEffects: ["la_cod"], cluster: "famly_id" });
    expect(both).toContain("fixed effect `la_cod`: no such column in analysis.csv; did you mean `la_code`?");
    expect(both).toContain("cluster `famly_id`: no such column in analysis.csv; did you mean `family_id`?");
    const none = await refused("income", { covariates: ["income"] });
    expect(none).toMatch(
      /covariate `income`: no such column in analysis\.csv; columns that could be covariates: /,
    );
    expect(none).not.toContain("did you mean");
  });
});
