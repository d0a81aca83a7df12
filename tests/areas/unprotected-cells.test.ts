import { describe, expect, it } from "vitest";
import { defaultAreaPlan } from "../../src/areas/plan.js";
import type { ReturnCell } from "../../src/areas/return-cell.js";
import { runAreas } from "../../src/areas/run.js";
import { DataError, formatIssue } from "../../src/schema/issue.js";

const cell = (measure: string, value: number, row: number): ReturnCell => ({
  la: "202",
  period: "2023-24",
  breakdown: "all",
  category: "all",
  measure,
  value,
  file: "return.csv",
  row,
});

// looked_after_12m = 3 is primary (1..5). Its only constraint is looked_after ≤ followed = 6 (no
// breakdown, so no sum offers a complement): its feasible range is 0..6, 6 wide, below a
// protection of 10, and nothing more can be hidden to widen it.
const cells = [
  cell("children_entering_pre_proceedings", 40, 2),
  cell("children_followed_12m", 6, 3),
  cell("children_looked_after_12m", 3, 4),
];
const run = (protection: number) =>
  runAreas(
    { cells, issues: [], inputs: [], toolVersion: "test" },
    { ...defaultAreaPlan(), protection, rankSimulations: 200 },
  );

describe("runAreas when disclosure control cannot protect a cell", () => {
  it("stops with a DataError naming the file, row, column, rule and plan field", () => {
    let error: unknown;
    try {
      run(10);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DataError);
    const issues = (error as DataError).issues;
    expect(issues.map((i) => [i.rule, i.file, i.row, i.column, i.value])).toEqual([
      ["return-disclosure-unprotected", "return.csv", 4, "value", "3"],
    ]);
    expect(formatIssue(issues[0])).toMatch(/plan\.protection = 10/);
    expect(formatIssue(issues[0])).not.toMatch(/--/);
  });

  it("publishes the same cells when the plan's protection can be met", () => {
    expect(run(2).rates.length).toBeGreaterThan(0);
  });
});
