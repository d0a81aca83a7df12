import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readReturn, returnColumns } from "../../src/areas/read-return.js";
import { emptyRawTable, type RawTable } from "../../src/io/raw-table.js";

const raw = (rows: (string | null)[][]): RawTable => ({
  ...emptyRawTable("r.csv", "csv", []),
  header: [...returnColumns],
  columns: returnColumns.map((_, j) => rows.map((r) => r[j])),
  rowNumbers: rows.map((_, i) => i + 2),
  length: rows.length,
  complete: true,
});

const cellText = fc.oneof(
  fc.constantFrom(
    "202",
    "E09000007",
    "928",
    "999",
    "2023-24",
    "2023-25",
    "all",
    "sex",
    "constructor",
    "toString",
    "__proto__",
    "M",
    "F",
    "families_offered_fgc",
    "children_entering_pre_proceedings",
    "c",
    "z",
    ":",
    "-1",
    "7",
    "0",
    "",
  ),
  fc.string({ maxLength: 6 }),
);

describe("readReturn", () => {
  it("accounts for every row: a cell, or at least one error naming its row (fast-check)", () => {
    fc.assert(
      fc.property(fc.array(fc.array(cellText, { minLength: 6, maxLength: 6 }), { maxLength: 30 }), (rows) => {
        const { cells, issues } = readReturn(raw(rows.map((r) => r.map((x) => (x === "" ? null : x)))));
        const errorRows = new Set(issues.filter((i) => i.severity === "error").map((i) => i.row));
        const cellRows = new Set(cells.map((c) => c.row));
        for (let i = 0; i < rows.length; i++) expect(cellRows.has(i + 2) !== errorRows.has(i + 2)).toBe(true);
      }),
      { seed: 42, numRuns: 200 },
    );
  });

  it("refuses names inherited from Object as breakdowns or categories", () => {
    const { cells, issues } = readReturn(
      raw([
        ["202", "2023-24", "constructor", "all", "children_entering_pre_proceedings", "7"],
        ["202", "2023-24", "sex", "toString", "children_entering_pre_proceedings", "7"],
      ]),
    );
    expect(cells).toEqual([]);
    expect(issues.map((i) => [i.rule, i.row, i.column])).toEqual([
      ["code-unknown", 2, "breakdown"],
      ["code-unknown", 3, "category"],
    ]);
  });
});
