/**
 * An la-return whose categories, a breakdown and a measure are written in other spellings
 * (WHITE, under 1, 1-4, 16+, Y/N, Male, Age band, children_offered_fgc) reads as the canonical
 * file does, with one code-spelling warning per spelling naming file, row, column, the spelling and
 * the code it was read as; fgc areas' results are the same; fgc validate warns and accepts every row.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { defaultAreaPlan } from "../../src/areas/plan.js";
import { readReturn } from "../../src/areas/read-return.js";
import { runAreas } from "../../src/areas/run.js";
import { readDelimitedText } from "../../src/io/read-delimited-text.js";
import { validateRawTable } from "../../src/io/validate.js";
import { laReturnSpec } from "../../src/schema/tables/la-return.js";

const FILE = "return-2023-24.csv";
const sample = readFileSync("data-samples/areas/return-2023-24.csv", "utf8").trimEnd().split("\n");
// The sample's first 12 authorities: enough for funnels and ranks, quick to compare twice.
const las = [...new Set(sample.slice(1).map((l) => l.split(",")[0]))].slice(0, 12);
const lines = [sample[0], ...sample.slice(1).filter((l) => las.includes(l.split(",")[0]))];

const categorySpelling: Record<string, string> = {
  white: "WHITE",
  under_1: "under 1",
  "1_4": "1-4",
  "16_plus": "16+",
  yes: "Y",
  no: "N",
  M: "Male",
};
const breakdownSpelling: Record<string, string> = { age_band: "Age band" };
const measureSpelling: Record<string, string> = { children_offered_fgdm: "children_offered_fgc" };

const canonical = lines.join("\n");
/** The canonical file with the spellings given for breakdown, category and measure. */
const respell = (breakdowns: Record<string, string>, measures: Record<string, string>) =>
  [
    lines[0],
    ...lines.slice(1).map((l) => {
      const [la, period, b, c, m, v] = l.split(",");
      return [la, period, breakdowns[b] ?? b, categorySpelling[c] ?? c, measures[m] ?? m, v].join(",");
    }),
  ].join("\n");
const alternative = respell(breakdownSpelling, measureSpelling);

/** Row (as a spreadsheet numbers it) of the first line of the alternative file holding `text` in column `k`. */
function firstRow(k: number, text: string): number {
  return alternative.split("\n").findIndex((l) => l.split(",")[k] === text) + 1;
}

describe("an la-return in other spellings", () => {
  const read = readReturn(readDelimitedText(alternative, FILE));
  const base = readReturn(readDelimitedText(canonical, FILE));

  it("reads the same cells as the canonical file", () => {
    expect(base.issues).toEqual([]);
    expect(read.cells).toEqual(base.cells);
  });

  it("warns once per spelling, naming file, row, column, the spelling and the code read", () => {
    const expected = [
      ...Object.entries(breakdownSpelling).map(([code, text]) => [
        "breakdown",
        text,
        code,
        firstRow(2, text),
      ]),
      ...Object.entries(categorySpelling).map(([code, text]) => ["category", text, code, firstRow(3, text)]),
      ...Object.entries(measureSpelling).map(([code, text]) => ["measure", text, code, firstRow(4, text)]),
    ];
    expect(read.issues.every((i) => i.rule === "code-spelling" && i.severity === "warning")).toBe(true);
    expect(read.issues.every((i) => i.file === FILE)).toBe(true);
    const seen = read.issues.map((i) => [i.column, i.value, i.message.match(/^read as (\S+)/)?.[1], i.row]);
    expect(seen.sort()).toEqual(expected.sort());
  });

  it("gives fgc areas the same results", () => {
    const plan = { ...defaultAreaPlan(), la: las[0], rankSimulations: 100 };
    const run = (r: typeof read) =>
      runAreas({ cells: r.cells, issues: [], inputs: [], toolVersion: "test" }, plan);
    expect(JSON.stringify(run(read))).toBe(JSON.stringify(run(base)));
  });

  it("fgc validate accepts every row, with the same code-spelling warnings", () => {
    const v = validateRawTable(readDelimitedText(alternative, FILE), laReturnSpec);
    expect(v.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(v.accounting.rejected).toBe(0);
    expect(v.issues.every((i) => i.rule === "code-spelling")).toBe(true);
    const where = (issues: typeof v.issues) =>
      issues.map((i) => [i.file, i.row, i.column, i.value, i.message]).sort();
    expect(where(v.issues)).toEqual(where(read.issues));
  });
});
