/**
 * Each bad return of the issue gives one Issue naming the rule, the file, the row (header = 1)
 * and the column; one bad file per rule in tests/areas/fixtures.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { checkReturnCells } from "../../src/areas/check-return.js";
import { readReturn } from "../../src/areas/read-return.js";
import { readRawFile } from "../../src/io/node/read-raw-file.js";
import type { Issue } from "../../src/schema/issue.js";

const dir = join(import.meta.dirname, "fixtures");

async function issuesOf(name: string): Promise<Issue[]> {
  const raw = await readRawFile(join(dir, name), { file: name });
  const { cells, issues } = readReturn(raw);
  return [...issues, ...checkReturnCells(cells)];
}

const where = (i: Issue) => ({ rule: i.rule, file: i.file, row: i.row, column: i.column });

describe("la-return bad input", () => {
  it("a good return has no issue", async () => {
    expect(await issuesOf("good.csv")).toEqual([]);
  });
  it.each([
    ["duplicate-cell.csv", "key-duplicate", 4, "value"],
    ["numerator-above-denominator.csv", "return-numerator-above-denominator", 4, "value"],
    ["negative-count.csv", "value-range", 3, "value"],
    ["unknown-measure.csv", "code-unknown", 3, "measure"],
    ["unknown-breakdown.csv", "code-unknown", 3, "breakdown"],
    ["overlapping-periods.csv", "return-period-overlap", 3, "period"],
    ["la-unknown.csv", "return-la-unknown", 3, "la_code"],
    ["count-suppressed.csv", "return-count-suppressed", 3, "value"],
    ["la-retired.csv", "return-la-retired", 2, "la_code"],
  ])("%s gives %s at row %i, column %s", async (file, rule, row, column) => {
    const issues = await issuesOf(file);
    expect(issues.map(where)).toEqual([{ rule, file, row, column }]);
  });
});

describe("la-return from XLSX", () => {
  it("reads the same cells from a workbook as from CSV, with spreadsheet row numbers", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("return");
    ws.addRow(["la_code", "period", "breakdown", "category", "measure", "value"]);
    ws.addRow(["E09000007", "2023-24", "all", "all", "families_entering_pre_proceedings", 20]);
    ws.addRow(["E09000007", "2023-24", "all", "all", "families_offered_fgc", "c"]);
    const dirOut = mkdtempSync(join(tmpdir(), "fgc-xlsx-"));
    const file = join(dirOut, "return.xlsx");
    await wb.xlsx.writeFile(file);
    const { cells, issues } = readReturn(await readRawFile(file, { file: "return.xlsx" }));
    expect(cells).toEqual([
      {
        la: "202",
        period: "2023-24",
        breakdown: "all",
        category: "all",
        measure: "families_entering_pre_proceedings",
        value: 20,
        file: "return.xlsx",
        row: 2,
      },
    ]);
    expect(issues.map(where)).toEqual([
      { rule: "return-count-suppressed", file: "return.xlsx", row: 3, column: "value" },
    ]);
  });
});
