// Builds a RawTable from records as a parser emits them (header first), so that every reader
// shares one notion of blank cells, stray cells and row numbers.
import type { Issue } from "../schema/issue.js";
import { fileIssue } from "./file-issue.js";
import type { FileFormat, RawTable } from "./raw-table.js";
import { cellTooLarge, readLimits, tooManyColumns } from "./read-limits.js";

export interface RawTableBuilder {
  /** Add a record: the first call sets the header; later calls add data rows. */
  add(cells: readonly unknown[], rowNumber: number): void;
  /** Record a problem found by the reader. */
  issue(issue: Issue): void;
  /** Count lines that could not be split into rows (RawTable.unsplitRows). */
  unsplit(lines: number): void;
  /** Rows added so far, header excluded. */
  readonly length: number;
  finish(complete: boolean): RawTable;
}

/**
 * Columns with few distinct values (codes, dates) share one string per value: the copy the parser
 * made dies young instead of being kept, which saves memory and garbage-collection time on large
 * files. A column stops pooling once it has seen this many distinct values (ids, free text).
 */
const poolLimit = 5000;

/**
 * Start a raw table. Cells may be text or null; text that is empty or only whitespace becomes
 * null. A row in which every cell is blank is not a data row (a spreadsheet shows it as an empty
 * line); it is skipped but its row number is used up, so later rows keep their numbers. Cells
 * past the header's width that hold a value raise `row-extra-cells` (they belong to no column).
 * In CSV and TSV a row with fewer cells than the header raises `row-short` (a line cut short or a
 * lost delimiter shifts the cells it has), never padded silently; XLSX, JSON, Arrow and Parquet
 * leave trailing blanks out by design (a sheet row stops at its last value, a JSON record may omit
 * a key), so for them a missing cell is a blank one.
 * On `finish(true)`, a file with no header gets `file-empty` and one with no rows `file-header-only`.
 * `add` throws ReadLimitError for a record past the column or cell limit (io/read-limits.ts);
 * the reader turns it into a file-level issue and finishes the table incomplete.
 * @example const b = createRawTableBuilder("e.csv", "csv"); b.add(["A"], 1); b.add(["x"], 2); b.finish(true).columns // [["x"]]
 */
export function createRawTableBuilder(file: string, format: FileFormat): RawTableBuilder {
  let header: string[] | undefined;
  let columns: (string | null)[][] = [];
  const rowNumbers: number[] = [];
  const issues: Issue[] = [];
  let width = 0;
  let pools: (Map<string, string> | undefined)[] = [];
  let blankRows = 0;
  let unsplitRows = 0;
  const delimited = format === "csv" || format === "tsv";
  return {
    add(cells, rowNumber) {
      if (cells.length > readLimits.maxColumns) {
        if (header !== undefined) unsplitRows++;
        throw tooManyColumns(cells.length, rowNumber);
      }
      if (header === undefined) {
        if (cells.every((c) => blankToNull(c) === null)) return;
        header = cells.map((c) => (c === null || c === undefined ? "" : String(c).trim()));
        if (header.some((h) => h.length > readLimits.maxCellChars)) throw cellTooLarge(rowNumber);
        while (header.length > 0 && header[header.length - 1] === "") header.pop();
        width = header.length;
        columns = header.map(() => []);
        pools = header.map(() => new Map());
        return;
      }
      const n = cells.length;
      for (let j = 0; j < width && j < n; j++) {
        const c = cells[j];
        if (typeof c === "string" && c.length > readLimits.maxCellChars) {
          // The row was read: it counts as read and rejected with the file's refusal.
          unsplitRows++;
          throw cellTooLarge(rowNumber, header[j]);
        }
      }
      let any = false;
      for (let j = 0; j < width; j++) {
        const v = j < n ? blankToNull(cells[j]) : null;
        const column = columns[j];
        const pool = pools[j];
        if (v === null || pool === undefined) {
          column.push(v);
          if (v !== null) any = true;
          continue;
        }
        any = true;
        const shared = pool.get(v);
        if (shared !== undefined) column.push(shared);
        else {
          column.push(v);
          pool.set(v, v);
          if (pool.size > poolLimit) pools[j] = undefined;
        }
      }
      let extra: string | null = null;
      for (let j = width; j < n && extra === null; j++) extra = blankToNull(cells[j]);
      if (!any && extra === null) {
        for (let j = 0; j < width; j++) columns[j].pop();
        blankRows++;
        return;
      }
      rowNumbers.push(rowNumber);
      if (delimited && n < width) {
        const issue = fileIssue(
          "row-short",
          file,
          `${n} cell${n === 1 ? "" : "s"} but the header has ${width} columns; the row is not padded with blanks`,
          rowNumber,
        );
        issue.column = header[n];
        issues.push(issue);
      }
      if (extra !== null) {
        const issue = fileIssue(
          "row-extra-cells",
          file,
          `${n} cells but the header has ${width} columns`,
          rowNumber,
        );
        issue.value = extra;
        issues.push(issue);
      }
    },
    issue(issue) {
      issues.push(issue);
    },
    unsplit(lines) {
      unsplitRows += lines;
    },
    get length() {
      return rowNumbers.length;
    },
    finish(complete) {
      if (complete && header === undefined) {
        issues.push(fileIssue("file-empty", file, "the file has no header line"));
      } else if (complete && rowNumbers.length === 0) {
        issues.push(fileIssue("file-header-only", file, "the file has a header but no data rows"));
      }
      return {
        file,
        format,
        header: header ?? [],
        columns,
        rowNumbers,
        length: rowNumbers.length,
        blankRows,
        ...(unsplitRows > 0 ? { unsplitRows } : {}),
        issues,
        complete,
      };
    },
  };
}

function blankToNull(cell: unknown): string | null {
  if (cell === null || cell === undefined) return null;
  const s = typeof cell === "string" ? cell : String(cell);
  if (s.length === 0) return null;
  const first = s.charCodeAt(0);
  const last = s.charCodeAt(s.length - 1);
  if (first > 32 && last > 32) return s;
  return s.trim().length === 0 ? null : s;
}
