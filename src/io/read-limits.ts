// The limits every reader enforces, in one place with their reasons. A file past a limit is
// refused early with a file-level error naming the row (or line) where the limit was passed,
// before memory grows: 250,000 columns used to run out of memory after 4.5 minutes, and a small
// zip inflating to gigabytes took 2.3 GB before exceljs gave up.
import type { Issue } from "../schema/issue.js";
import type { RuleId } from "../schema/rules.js";
import { fileIssue } from "./file-issue.js";

export const readLimits = {
  /** Columns in a table: Excel's own limit (XFD), so no spreadsheet extract is refused. */
  maxColumns: 16_384,
  /**
   * Characters in one cell: 1 Mi (2 MB as a JavaScript string). Excel stops at 32,767; this is
   * looser so that a quote left open in a CSV is still reported with the lines it swallowed
   * (about 10,000 lines of an extract) rather than as an overlong cell.
   */
  maxCellChars: 1_048_576,
  /** Characters in one CSV/TSV line (or record): 16 Mi, the most cells of the widest plausible row. */
  maxRowChars: 16_777_216,
  /**
   * Bytes an XLSX may inflate to (the sum of its zip entries' uncompressed sizes): 1 GiB. A
   * workbook of that size already needs several GB in exceljs (see memoryFactor in
   * io/node/read-raw-file.ts, 60× the file); more is a zip bomb or a job for CSV.
   */
  maxXlsxExpandedBytes: 1_073_741_824,
  /** Entries in an XLSX zip: a workbook has a few dozen parts; a million is an attack. */
  maxXlsxEntries: 10_000,
} as const;

/** A limit passed while reading; readers turn it into a file-level issue. */
export class ReadLimitError extends Error {
  readonly rule: RuleId;
  /** Spreadsheet row (or record) where the limit was passed, when there is one. */
  readonly row?: number;
  constructor(rule: RuleId, message: string, row?: number) {
    super(message);
    this.rule = rule;
    this.row = row;
  }
}

/**
 * The issue for a limit passed in `file`.
 * @example limitIssue(new ReadLimitError("table-too-wide", "too wide", 1), "e.csv").row // 1
 */
export function limitIssue(error: ReadLimitError, file: string): Issue {
  return fileIssue(error.rule, file, error.message, error.row);
}

/**
 * The error for a record with more columns than `maxColumns`.
 * @example tooManyColumns(20_000, 1).rule // "table-too-wide"
 */
export function tooManyColumns(count: number, row: number): ReadLimitError {
  return new ReadLimitError(
    "table-too-wide",
    `row ${row} has ${count > readLimits.maxColumns ? `more than ${fmt(readLimits.maxColumns)}` : fmt(count)} cells; the limit is ${fmt(readLimits.maxColumns)} columns (Excel's), so the file is not read`,
    row,
  );
}

/**
 * The error for a cell longer than `maxCellChars`.
 * @example cellTooLarge(2, "DEC").rule // "cell-too-large"
 */
export function cellTooLarge(row: number, column?: string, hint = ""): ReadLimitError {
  return new ReadLimitError(
    "cell-too-large",
    `a cell in row ${row}${column === undefined ? "" : ` (${column})`} is longer than ${fmt(readLimits.maxCellChars)} characters${hint}, so the file is not read`,
    row,
  );
}

/**
 * The error for a CSV/TSV line longer than `maxRowChars`.
 * @example rowTooLong(2, 2).rule // "row-too-long"
 */
export function rowTooLong(row: number, line?: number): ReadLimitError {
  const where = line === undefined ? `row ${row}` : `line ${line} (row ${row})`;
  return new ReadLimitError(
    "row-too-long",
    `${where} is longer than ${fmt(readLimits.maxRowChars)} characters, so the file is not read; check it has line breaks`,
    row,
  );
}

/** @example fmt(16384) // "16,384" */
export function fmt(n: number): string {
  return n.toLocaleString("en-GB");
}

/**
 * Markdown for the data dictionary: the limits and why.
 * @example readLimitsMarkdown().startsWith("## Reading limits") // true
 */
export function readLimitsMarkdown(): string {
  return [
    "## Reading limits",
    "",
    "Every reader refuses a file past one of these limits, with a file-level error naming the row where the limit was passed; no row of such a file is accepted.",
    "",
    "| limit | value | rule | why |",
    "| --- | --- | --- | --- |",
    `| columns in a table | ${fmt(readLimits.maxColumns)} | \`table-too-wide\` | Excel's own limit, so no spreadsheet extract is refused. |`,
    `| characters in a cell | ${fmt(readLimits.maxCellChars)} | \`cell-too-large\` | Far above any real value; a CSV quote left open is still reported with the lines it swallowed. |`,
    `| characters in a CSV/TSV line | ${fmt(readLimits.maxRowChars)} | \`row-too-long\` | The widest plausible row; a file with no line breaks is not held in memory whole. |`,
    `| bytes an XLSX inflates to | ${fmt(readLimits.maxXlsxExpandedBytes)} | \`xlsx-expanded-too-large\` | Such a workbook already needs several GB in memory; more is a zip bomb. Read from the zip's own directory before anything is inflated. |`,
    `| entries in an XLSX zip | ${fmt(readLimits.maxXlsxEntries)} | \`xlsx-expanded-too-large\` | A workbook has a few dozen parts. |`,
    "",
  ].join("\n");
}
