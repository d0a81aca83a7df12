/**
 * Issue 12, case 9: 300,000 rows sharing one id overflowed the call stack at
 * `crossRow.push(...issues)` in validate.ts. Every per-row issue list must be appended with a
 * loop, whatever its length.
 */
import { describe, expect, it } from "vitest";
import type { RawTable } from "../../src/io/raw-table.js";
import { validateRawTable } from "../../src/io/validate.js";
import { tableSpecs } from "../../src/schema/catalog.js";
import { fixtureChildrenSpec } from "../fixtures/fixture-episodes-spec.js";

const n = 300_000;

function sameIdTable(header: string[], row: string[]): RawTable {
  const rowNumbers = Array.from({ length: n }, (_, i) => i + 2);
  return {
    file: "children.csv",
    format: "csv",
    header,
    columns: row.map((v) => new Array<string | null>(n).fill(v)),
    rowNumbers,
    length: n,
    blankRows: 0,
    issues: [],
    complete: true,
  };
}

describe("validateRawTable with hundreds of thousands of issues", () => {
  it("300,000 rows sharing one id: the generic key check rejects all but the first, no stack overflow", () => {
    const raw = sameIdTable(["child_id", "family_id"], ["C1", "F1"]);
    const result = validateRawTable(raw, fixtureChildrenSpec);
    expect(result.accounting).toMatchObject({ read: n, accepted: 1, rejected: n - 1 });
    expect(result.accounting.rejectedByRule).toEqual({ "key-duplicate": n - 1 });
    expect(result.issues.filter((i) => i.rule === "key-duplicate")).toHaveLength(n - 1);
    expect(result.issues[0]).toMatchObject({ rule: "key-duplicate", row: 3, column: "child_id" });
  });

  it("300,000 rows sharing one id: the children spec's own key check too", () => {
    const raw = sameIdTable(["child_id", "family_id", "la_code"], ["C1", "F1", "E06000022"]);
    const result = validateRawTable(raw, tableSpecs.children);
    expect(result.accounting).toMatchObject({ read: n, accepted: 1, rejected: n - 1 });
    expect(result.accounting.rejectedByRule["key-duplicate"]).toBe(n - 1);
  });

  it("300,000 bad cells in one column are all reported and rejected", () => {
    const raw = sameIdTable(["child_id", "family_id", "dob"], ["C1", "F1", "not a date"]);
    raw.columns[0] = raw.rowNumbers.map((r) => `C${r}`);
    const result = validateRawTable(raw, fixtureChildrenSpec);
    expect(result.accounting.rejectedByRule).toEqual({ "date-unparseable": n });
    expect(result.issues).toHaveLength(n);
  });
});
