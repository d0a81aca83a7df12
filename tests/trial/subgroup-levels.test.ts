/**
 * Subgroup levels that are all numbers are ordered numerically, as R's factor() orders a number
 * column (issue 15 item 5), so the first level, the reference of the interaction test, is R's.
 */
import { describe, expect, it } from "vitest";
import { runTrial } from "../../src/trial/run.js";
import { inputFromRows, quickPlan, simulatedRows } from "./fixtures.js";

describe("subgroup levels", () => {
  it("are in numeric order (2 before 10), the smallest first", () => {
    const codes = ["10", "2", "1"];
    const rows = simulatedRows(7, 300).map((r, i) => ({ ...r, team: codes[i % 3] }));
    const result = runTrial(inputFromRows(rows), {
      ...quickPlan,
      bootstrapReplicates: 0,
      rerandomisations: 0,
      subgroups: ["team"],
    });
    const team = result.subgroups.filter((s) => s.subgroup === "team");
    expect(team.map((s) => s.level)).toEqual(["1", "2", "10"]);
  });

  it("are in text order when any level is not a number, as R's factor() of a text column", () => {
    // R: levels(factor(c("10", "9", "a"))) is "10" "9" "a"
    const codes = ["9", "10", "a"];
    const rows = simulatedRows(7, 300).map((r, i) => ({ ...r, team: codes[i % 3] }));
    const result = runTrial(inputFromRows(rows), {
      ...quickPlan,
      bootstrapReplicates: 0,
      rerandomisations: 0,
      subgroups: ["team"],
    });
    expect(result.subgroups.filter((s) => s.subgroup === "team").map((s) => s.level)).toEqual([
      "10",
      "9",
      "a",
    ]);
  });
});
