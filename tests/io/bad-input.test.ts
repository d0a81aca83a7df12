/**
 * The issue's "bad input" list: one fixture per rule, each asserting the rule, row and column,
 * that read = accepted + rejected, and that nothing throws.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { readTable } from "../../src/io/node/read-table.js";
import type { RuleId } from "../../src/schema/rules.js";
import { parseDay } from "../../src/util/dates.js";
import { fixtureSpecs } from "../fixtures/fixture-episodes-spec.js";

const fixtures = join(import.meta.dirname, "../fixtures/io");
const extractDay = parseDay("2024-03-31") as number;

async function load(name: string, options: { maxBytes?: number; path?: string } = {}) {
  const path = options.path ?? join(fixtures, name);
  const result = await readTable(path, {
    file: name,
    specs: fixtureSpecs,
    extractDay,
    maxBytes: options.maxBytes,
  });
  const { read, accepted, rejected, rejectedByRule } = result.accounting;
  // The accounting law: every row read is accepted or rejected under exactly one rule.
  expect(read).toBe(accepted + rejected);
  expect(Object.values(rejectedByRule).reduce((a, b) => a + (b ?? 0), 0)).toBe(rejected);
  expect(result.table.numRows()).toBe(accepted);
  return result;
}

function only(issues: { rule: RuleId; row?: number; column?: string; severity: string }[], rule: RuleId) {
  return issues
    .filter((i) => i.rule === rule)
    .map(({ row, column, severity }) => ({ row, column, severity }));
}

const cases: {
  file: string;
  rule: RuleId;
  row?: number;
  column?: string;
  severity: "error" | "warning";
  read: number;
  accepted: number;
}[] = [
  { file: "empty.csv", rule: "file-empty", severity: "error", read: 0, accepted: 0 },
  { file: "header-only.csv", rule: "file-header-only", severity: "warning", read: 0, accepted: 0 },
  {
    file: "missing-column.csv",
    rule: "column-missing",
    column: "DECOM",
    severity: "error",
    read: 1,
    accepted: 0,
  },
  {
    file: "unknown-column.csv",
    rule: "column-unknown",
    column: "COLOUR",
    severity: "warning",
    read: 1,
    accepted: 1,
  },
  {
    file: "duplicate-column.csv",
    rule: "column-duplicate",
    column: "CHILD",
    severity: "error",
    read: 1,
    accepted: 0,
  },
  {
    file: "wrong-type.csv",
    rule: "value-type",
    row: 3,
    column: "AGE",
    severity: "error",
    read: 2,
    accepted: 1,
  },
  {
    file: "value-range.csv",
    rule: "value-range",
    row: 3,
    column: "AGE",
    severity: "error",
    read: 2,
    accepted: 1,
  },
  {
    file: "value-missing.csv",
    rule: "value-missing",
    row: 3,
    column: "DECOM",
    severity: "error",
    read: 2,
    accepted: 1,
  },
  {
    file: "date-unparseable.csv",
    rule: "date-unparseable",
    row: 3,
    column: "DECOM",
    severity: "error",
    read: 2,
    accepted: 1,
  },
  {
    file: "date-impossible.csv",
    rule: "date-impossible",
    row: 3,
    column: "DECOM",
    severity: "error",
    read: 2,
    accepted: 1,
  },
  // 29/02/0000 was read as a day in 1900 (Date.UTC's two-digit years); 01/01/1900 is the first day allowed.
  {
    file: "date-before-1900.csv",
    rule: "date-before-1900",
    row: 3,
    column: "DECOM",
    severity: "error",
    read: 3,
    accepted: 2,
  },
  {
    file: "date-future.csv",
    rule: "date-future",
    row: 3,
    column: "DECOM",
    severity: "error",
    read: 2,
    accepted: 1,
  },
  {
    file: "code-unknown.csv",
    rule: "code-unknown",
    row: 3,
    column: "PLACE",
    severity: "error",
    read: 2,
    accepted: 1,
  },
  // Rows 2 and 4 share CHILD + DECOM: the later one (row 4) is rejected, the first kept.
  {
    file: "duplicate-key.csv",
    rule: "key-duplicate",
    row: 4,
    column: "CHILD+DECOM",
    severity: "error",
    read: 3,
    accepted: 2,
  },
  // Row 3 starts 01/04/2021, before row 2's episode ends (01/06/2021).
  {
    file: "overlapping-episodes.csv",
    rule: "episode-overlap",
    row: 3,
    column: "DECOM",
    severity: "error",
    read: 2,
    accepted: 1,
  },
  { file: "extra-cells.csv", rule: "row-extra-cells", row: 2, severity: "error", read: 1, accepted: 0 },
  // The £ (0xA3 in Windows-1252) is on the third line: row 3.
  { file: "windows-1252.csv", rule: "file-not-utf8", row: 3, severity: "error", read: 0, accepted: 0 },
  // The quote opened in row 2 is never closed: lines 2 and 3 are swallowed, counted as read and
  // rejected (they used to vanish from the accounting), and no row is accepted.
  { file: "unclosed-quote.csv", rule: "quote-unclosed", row: 2, severity: "error", read: 2, accepted: 0 },
  // Old Mac line endings (CR only) were read as a header with no rows; the file holds 3 rows.
  {
    file: "cr-line-endings.csv",
    rule: "date-impossible",
    row: 4,
    column: "DECOM",
    severity: "error",
    read: 3,
    accepted: 2,
  },
  // LF, CRLF and CR in one file; the CR inside the quoted CHILD of row 3 stays in the cell.
  {
    file: "mixed-line-endings.csv",
    rule: "date-impossible",
    row: 5,
    column: "DECOM",
    severity: "error",
    read: 4,
    accepted: 3,
  },
  { file: "schema-unknown.csv", rule: "schema-unknown", severity: "error", read: 1, accepted: 0 },
  // Row 3 has two cells under a four-column header: reported at its first empty column, rejected.
  {
    file: "short-row.csv",
    rule: "row-short",
    row: 3,
    column: "RNE",
    severity: "error",
    read: 2,
    accepted: 1,
  },
  // A `;`- or tab-separated file reads as one column: named as such, not as an unknown table.
  {
    file: "semicolon-separated.csv",
    rule: "file-delimiter",
    row: 1,
    severity: "error",
    read: 1,
    accepted: 0,
  },
  {
    file: "tab-separated-named-csv.csv",
    rule: "file-delimiter",
    row: 1,
    severity: "error",
    read: 1,
    accepted: 0,
  },
  // DECOMM is one edit from DECOM: column-missing names DECOM (and the file's spelling).
  {
    file: "renamed-column.csv",
    rule: "column-missing",
    column: "DECOM",
    severity: "error",
    read: 1,
    accepted: 0,
  },
  // 12/25/2021: no month 25, so it was typed month first.
  {
    file: "month-first-date.csv",
    rule: "date-month-first",
    row: 3,
    column: "DECOM",
    severity: "error",
    read: 2,
    accepted: 1,
  },
];

describe("bad input: one fixture, one rule", () => {
  for (const c of cases) {
    it(`${c.file} gives ${c.rule}${c.row ? ` at row ${c.row}` : ""}${c.column ? `, ${c.column}` : ""}`, async () => {
      const result = await load(c.file);
      expect(only(result.issues, c.rule)).toEqual([{ row: c.row, column: c.column, severity: c.severity }]);
      expect(result.accounting.read).toBe(c.read);
      expect(result.accounting.accepted).toBe(c.accepted);
      if (c.severity === "error" && c.read > 0)
        expect(result.accounting.rejectedByRule[c.rule]).toBeGreaterThan(0);
    });
  }

  it("an XLSX workbook named .csv gives file-format-mismatch", async () => {
    const dir = mkdtempSync(join(tmpdir(), "fgc-io-"));
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Sheet1").addRows([
      ["CHILD", "DECOM", "RNE"],
      ["A1", "05/02/2021", "S"],
    ]);
    const path = join(dir, "episodes.csv");
    writeFileSync(path, new Uint8Array(await wb.xlsx.writeBuffer()));
    const result = await load("episodes.csv", { path });
    expect(only(result.issues, "file-format-mismatch")).toEqual([
      { row: undefined, column: undefined, severity: "error" },
    ]);
    expect(result.accounting.read).toBe(0);
  });

  it("a file over --max-bytes stops with file-too-large before reading", async () => {
    // good-episodes.csv is well over 20 bytes.
    const result = await load("good-episodes.csv", { maxBytes: 20 });
    expect(only(result.issues, "file-too-large")).toEqual([
      { row: undefined, column: undefined, severity: "error" },
    ]);
    expect(result.accounting.read).toBe(0);
  });
});

describe("good input", () => {
  it("good-episodes.csv is accepted whole, GROM normalised to WROM, dates as day numbers", async () => {
    const result = await load("good-episodes.csv");
    expect(result.issues).toEqual([]);
    expect(result.accounting).toEqual({ read: 3, accepted: 3, rejected: 0, rejectedByRule: {} });
    expect(result.columns.columns.PLACE).toEqual(["U1", "WROM", "K2"]);
    // 05/02/2021 is day 18663 (util/dates.ts example); 10/03/2021 is 18663 + 23 + 10 = 18696;
    // 2021-01-01 is 18663 - 35 = 18628.
    expect(result.columns.columns.DECOM).toEqual([18663, 18696, 18628]);
    expect(result.columns.columns.KIN).toEqual([true, false, false]);
    expect(result.columns.columns.WEIGHT).toEqual([25.5, null, 60]);
    expect(result.table.columnNames()).toContain("DEC");
  });

  it("a BOM does not end up in the first column name", async () => {
    const result = await load("bom.csv");
    expect(result.schema).toBe("episodes");
    expect(result.issues).toEqual([]);
  });

  it("a quoted line break keeps later rows on their spreadsheet row", async () => {
    // Record 2 spans two physical lines; record 3 (XX9) is spreadsheet row 3 though it is on line 4.
    const result = await load("quoted-newline.csv");
    expect(only(result.issues, "code-unknown")).toEqual([{ row: 3, column: "PLACE", severity: "error" }]);
    expect(result.columns.columns.CHILD).toEqual(["A\n1"]);
  });

  it("TSV reads like CSV", async () => {
    const result = await load("good-episodes.tsv");
    expect(result.accounting.accepted).toBe(1);
  });

  it("the schema is inferred from the header", async () => {
    expect((await load("good-children.csv")).schema).toBe("children");
    expect((await load("good-episodes.csv")).schema).toBe("episodes");
  });
});

describe("line endings and unclosed quotes", () => {
  it("keeps a CR inside a quoted cell when the file mixes LF, CRLF and CR", async () => {
    const result = await load("mixed-line-endings.csv");
    expect(result.columns.columns.CHILD).toEqual(["A1", "B\r2", "C3"]);
    expect(result.accounting.blankRows).toBeUndefined();
  });

  it("a CRLF cut between two pieces of a large file is one line end, not a blank row", async () => {
    // 66-byte lines put a CR on byte 65,536, where the reader cuts its first 64 KiB piece.
    const dir = mkdtempSync(join(tmpdir(), "fgc-io-"));
    const path = join(dir, "children.csv");
    const n = 50_000;
    const lines = ["child_id,family_id,dob".padEnd(64, " ")];
    for (let i = 1; i < n + 1; i++) lines.push(`C${i},F${i},2015-03-01`.padEnd(64, "x"));
    writeFileSync(path, `${lines.join("\r\n")}\r\n`);
    const result = await load("children.csv", { path });
    expect(result.accounting.read).toBe(n);
    expect(result.accounting.blankRows).toBeUndefined();
  });

  it("a quoted cell that runs to the end of the file is quote-unclosed at its row, with the line swallowed", async () => {
    const dir = mkdtempSync(join(tmpdir(), "fgc-io-"));
    const path = join(dir, "e.csv");
    writeFileSync(path, 'CHILD,DECOM,RNE\nA1,05/02/2021,S\nB2,05/02/2021,"S\n');
    const result = await load("e.csv", { path });
    expect(only(result.issues, "quote-unclosed")).toEqual([{ row: 3, column: undefined, severity: "error" }]);
    // Row 2 was read cleanly but the file was not: nothing is accepted from a partial read.
    expect(result.accounting).toMatchObject({ read: 2, accepted: 0, rejected: 2 });
  });

  it("2,000 rows swallowed by a quote are all counted: read = accepted + rejected", async () => {
    const dir = mkdtempSync(join(tmpdir(), "fgc-io-"));
    const path = join(dir, "e.csv");
    const rows = Array.from({ length: 2000 }, (_, i) => `A${i},05/02/2021,S`);
    rows[1] = 'A1,"05/02/2021,S';
    writeFileSync(path, `CHILD,DECOM,RNE\n${rows.join("\n")}\n`);
    const result = await load("e.csv", { path });
    const [issue] = result.issues.filter((i) => i.rule === "quote-unclosed");
    expect(issue.row).toBe(3);
    expect(issue.message).toContain("line 3");
    expect(issue.message).toContain("the 1,999 lines from there");
    expect(result.accounting).toMatchObject({ read: 2000, accepted: 0, rejected: 2000 });
    expect(result.accounting.rejectedByRule).toEqual({ "quote-unclosed": 2000 });
  });
});

describe("reading limits", () => {
  it("a CSV with 250,000 columns is refused in well under a second (it ran out of memory after 4.5 minutes)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "fgc-io-"));
    const path = join(dir, "wide.csv");
    const header = Array.from({ length: 250_000 }, (_, j) => `C${j}`).join(",");
    writeFileSync(path, `${header}\n${"1,".repeat(249_999)}1\n`);
    const result = await load("wide.csv", { path });
    expect(only(result.issues, "table-too-wide")).toEqual([{ row: 1, column: undefined, severity: "error" }]);
    expect(result.accounting.read).toBe(0);
  });
});
