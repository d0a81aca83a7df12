import { describe, expect, it } from "vitest";
import { defaultAreaPlan } from "../../src/areas/plan.js";
import { runAreas } from "../../src/areas/run.js";
import { DataError } from "../../src/schema/issue.js";
import { simulatedCells } from "./sim-cells.js";

const base = simulatedCells(21, { areas: 20, periods: ["2022-23", "2023-24"], meanFamilies: 30 });
const run = (cells = base, la: string | null = "301") =>
  runAreas(
    { cells, issues: [], inputs: [], toolVersion: "test" },
    { ...defaultAreaPlan(), la, rankSimulations: 200 },
  );

describe("runAreas", () => {
  it("falls back to children entering when a return has no children_followed_12m, and says so", () => {
    const cells = base.filter((c) => c.measure !== "children_followed_12m");
    const r = run(cells);
    const care = r.rates.find(
      (x) => x.measure === "entered_care_12m" && x.la === "301" && x.breakdown === "all",
    );
    expect(care?.denominatorMeasure).toBe("children_entering_pre_proceedings");
    expect(r.notes.join(" ")).toMatch(/children_followed_12m/);
  });

  it("carries z and : through as symbols and never computes a rate on them", () => {
    const cells = base.map((c) =>
      c.la === "302" && c.measure === "children_proceedings_12m" ? { ...c, value: ":" as const } : c,
    );
    const r = run(cells);
    const rate = r.rates.find(
      (x) => x.la === "302" && x.measure === "proceedings_12m" && x.breakdown === "all",
    );
    expect(rate).toMatchObject({ numerator: ":", rate: null, symbol: ":" });
  });

  it("stops with a DataError naming the duplicate cell", () => {
    const dup = { ...base[0], row: 999_999 };
    expect(() => run([...base, dup])).toThrow(DataError);
    try {
      run([...base, dup]);
    } catch (e) {
      expect((e as DataError).issues.map((i) => [i.rule, i.row])).toEqual([["key-duplicate", 999_999]]);
    }
  });

  it("runs without a focus authority: no benchmark, trend or equity, funnels and ranks as usual", () => {
    const r = run(base, null);
    expect(r.focus).toBeNull();
    expect(r.funnels.length).toBe(8);
    expect(r.ranks.every((x) => x.rows.every((row) => row.lower <= row.rank && row.rank <= row.upper))).toBe(
      true,
    );
  });
});
