// The raw form every reader produces, whatever the file format: the header as the file spells
// it, the cells as text (blank -> null) and each row's spreadsheet row number. Cells are held
// column by column (one array per header entry) because validation works a column at a time.
import type { Issue } from "../schema/issue.js";

export type FileFormat = "csv" | "tsv" | "xlsx" | "json" | "arrow" | "parquet" | "xml";

/** A file as read, before validation: the header as the file spells it, the cells as text column by column (blank = null) and each row's spreadsheet row number. */
export interface RawTable {
  /** File name as the user gave it; issues carry it. */
  file: string;
  format: FileFormat;
  /** Column names as the file spells them (trimmed). */
  header: string[];
  /** Text cells by column, aligned with `header`; blank or whitespace-only cells are null. */
  columns: (string | null)[][];
  /** Spreadsheet row number of each data row (header = 1). */
  rowNumbers: number[];
  length: number;
  /** Rows in which every cell is blank: not data, skipped, counted here so none goes unseen. */
  blankRows: number;
  /**
   * Lines that could not be split into rows (swallowed by a quote that never closes): each is
   * counted as a row read and rejected, so the accounting shows them. Absent when none.
   */
  unsplitRows?: number;
  /** Problems found while reading (file-level, or rows with stray cells). */
  issues: Issue[];
  /**
   * Whether the file was read to its end and split cleanly (false after a file-level error):
   * the validator accepts no row of an incomplete table.
   */
  complete: boolean;
}

/**
 * A raw table with no rows, for a file that could not be read; `issues` says why.
 * @example emptyRawTable("e.csv", "csv", []).length // 0
 */
export function emptyRawTable(file: string, format: FileFormat, issues: Issue[]): RawTable {
  return {
    file,
    format,
    header: [],
    columns: [],
    rowNumbers: [],
    length: 0,
    blankRows: 0,
    issues,
    complete: false,
  };
}
