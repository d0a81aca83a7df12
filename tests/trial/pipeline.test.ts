import { describe, expect, it } from "vitest";
import { DataError } from "../../src/schema/issue.js";
import { trialPlanSchema } from "../../src/trial/plan.js";
import { trialResultSchema } from "../../src/trial/result.js";
import { runTrial } from "../../src/trial/run.js";
import { UsageError } from "../../src/util/errors.js";
import { stableStringify } from "../../src/util/stable-json.js";
import { inputFromRows, quickPlan, simulatedRows } from "./fixtures.js";

describe("runTrial", () => {
  const rows = simulatedRows();

  it("returns a result that validates against its schema and holds no child identifier", () => {
    const result = runTrial(inputFromRows(rows), quickPlan);
    expect(trialResultSchema.safeParse(JSON.parse(stableStringify(result))).success).toBe(true);
    const json = stableStringify(result);
    for (const r of rows.slice(0, 50)) expect(json).not.toContain(String(r.child_id));
  });

  it("gives byte-identical results.json for the same input, plan and seed, whatever the row order", () => {
    const a = stableStringify(runTrial(inputFromRows(rows), quickPlan));
    const shuffled = rows
      .map((r, i) => ({ r, k: (i * 7919) % rows.length }))
      .sort((x, y) => x.k - y.k)
      .map((x) => x.r);
    const b = stableStringify(runTrial(inputFromRows(shuffled), quickPlan));
    const c = stableStringify(runTrial(inputFromRows(rows), quickPlan));
    expect(c).toBe(a);
    expect(b).toBe(a);
  });

  it("accounts for every row: read = used + excluded", () => {
    const withShort = rows.map((r, i) =>
      i % 40 === 0
        ? {
            ...r,
            looked_after_12m: null,
            entered_care_12m: null,
            proceedings_12m: null,
            days_in_care_12m: null,
          }
        : r,
    );
    const result = runTrial(inputFromRows(withShort), quickPlan);
    const excluded = result.accounting.excluded.reduce((s, e) => s + e.rows, 0);
    expect(result.accounting.used + excluded).toBe(result.accounting.read);
    expect(excluded).toBe(Math.ceil(rows.length / 40));
    const consortExcluded = result.consort.excluded.reduce((s, e) => s + e.children, 0);
    expect(consortExcluded).toBe(excluded);
  });

  it("refuses a family split across arms, naming the family", () => {
    const broken = rows.map((r, i) =>
      i === 1 ? { ...r, family_id: rows[0].family_id, arm: rows[0].arm === "fgc" ? "control" : "fgc" } : r,
    );
    try {
      runTrial(inputFromRows(broken), quickPlan);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(DataError);
      expect((e as DataError).issues[0]).toMatchObject({
        rule: "family-split-across-arms",
        value: String(rows[0].family_id),
      });
    }
  });

  it("refuses data with one arm only", () => {
    const oneArm = rows.map((r) => ({ ...r, arm: "fgc" }));
    expect(() => runTrial(inputFromRows(oneArm), quickPlan)).toThrow(DataError);
  });

  it("names a plan covariate that is not a column", () => {
    const plan = { ...quickPlan, covariates: ["age_years", "income"] };
    expect(() => runTrial(inputFromRows(rows), plan)).toThrow(UsageError);
    expect(() => runTrial(inputFromRows(rows), plan)).toThrow(/income/);
  });

  it("rejects a plan with an unknown field or a bad window", () => {
    expect(trialPlanSchema.safeParse({ window: "12m" }).success).toBe(false);
    expect(trialPlanSchema.safeParse({ colour: "blue" }).success).toBe(false);
  });

  it("drops local-authority fixed effects with a note when there is a single LA", () => {
    const oneLa = rows.map((r) => ({ ...r, la_code: "E06900001" }));
    const result = runTrial(inputFromRows(oneLa), quickPlan);
    expect(result.notes.join(" ")).toMatch(/la_code has a single level/);
    const or = result.estimates.find(
      (e) => e.outcome === "looked_after_12m" && e.measure === "odds_ratio" && e.model === "adjusted",
    );
    expect(or?.estimate).toBeGreaterThan(0);
  });

  it("reports an outcome with no events in one arm as not estimable rather than failing", () => {
    const none = rows.map((r) => (r.arm === "fgc" ? { ...r, proceedings_12m: 0 } : r));
    const result = runTrial(inputFromRows(none), quickPlan);
    const or = result.estimates.find(
      (e) => e.outcome === "proceedings_12m" && e.measure === "odds_ratio" && e.model === "unadjusted",
    );
    expect(or).toBeDefined();
    expect(or?.estimate).toBe(0);
    const rate = result.estimates.find((e) => e.outcome === "proceedings_12m" && e.measure === "rate_fgc");
    expect(rate?.estimate).toBe(0);
  });
});

describe("fgc trial on a file with an arm label other than fgc and control", () => {
  it("rejects that row with rule, row and column and exits 1 (tests/trial/refusals.test.ts: nothing written)", async () => {
    const { runCli } = await import("../../src/cli/run-cli.js");
    const { mkdtempSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const { join } = await import("node:path");
    const err: string[] = [];
    const io = { stdout: () => {}, stderr: (t: string) => err.push(t), isTTY: false };
    const out = mkdtempSync(join(tmpdir(), "fgc-arm-"));
    const code = await runCli(["trial", "tests/fixtures/trial/arm-label.csv", "--out", out, "--no-png"], io);
    expect(code).toBe(1);
    // Row 4 as a spreadsheet shows it (header = row 1): the third data row.
    expect(err.join("")).toMatch(/arm-label\.csv row 4, arm "treatment": .*\[code-unknown\]/);
  });
});

describe("population rules", () => {
  const rows = simulatedRows();

  it("leaves out children looked after on their index date when the plan says so, with the reason", () => {
    const marked = rows.map((r, i) => ({ ...r, already_looked_after: i % 25 === 0 ? 1 : 0 }));
    const plan = {
      ...quickPlan,
      population: { excludeAlreadyLookedAfter: true, excludeIncompleteFollowUp: true },
    };
    const result = runTrial(inputFromRows(marked), plan);
    const excluded = result.accounting.excluded.find((e) => e.rule === "already-looked-after");
    expect(excluded?.rows).toBe(Math.ceil(rows.length / 25));
    expect(result.accounting.used + (excluded?.rows ?? 0)).toBe(result.accounting.read);
    expect(result.consort.excluded.map((e) => e.reason)).toContain("looked after on the index date");
  });

  it("refuses excludeAlreadyLookedAfter when the input has no already_looked_after column", () => {
    const plan = {
      ...quickPlan,
      population: { excludeAlreadyLookedAfter: true, excludeIncompleteFollowUp: true },
    };
    expect(() => runTrial(inputFromRows(rows), plan)).toThrow(/already_looked_after/);
  });
});
