/**
 * A sample table (header and text cells, as the CSV reader gives them) written in the other
 * formats the readers take: XLSX (exceljs), JSON rows and columns, Arrow IPC (file and stream)
 * and Parquet (the tests' minimal writer), so each reader is fuzzed on the same rows.
 */
import { Table, tableToIPC, Utf8, vectorFromArray } from "apache-arrow";
import ExcelJS from "exceljs";
import { writeMinimalParquet } from "../fixtures/write-minimal-parquet.js";

/** Header and rows of text cells; null is a blank cell. */
export interface Grid {
  header: string[];
  rows: (string | null)[][];
}

/** A grid from CSV text without quotes (every sample): one line a row, cells split at commas. */
export function gridFromCsv(text: string): Grid {
  const lines = text.split(/\r?\n/).filter((l) => l.length > 0);
  const [head, ...rest] = lines.map((l) => l.split(","));
  return { header: head, rows: rest.map((r) => r.map((c) => (c === "" ? null : c))) };
}

/** An XLSX workbook with one sheet: the header on row 1, every cell as text. */
export async function gridToXlsx(grid: Grid, sheet = "Data"): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheet);
  ws.addRow(grid.header);
  for (const row of grid.rows) ws.addRow(row.map((c) => c ?? undefined));
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** JSON rows: `[{"CHILD": "…", …}, …]`, blank cells as null. */
export function gridToJsonRows(grid: Grid, space?: number): string {
  return JSON.stringify(
    grid.rows.map((r) => Object.fromEntries(grid.header.map((h, j) => [h, r[j] ?? null]))),
    null,
    space,
  );
}

/** JSON columns: `{"columns": {"CHILD": [...], …}}`. */
export function gridToJsonColumns(grid: Grid, space?: number): string {
  const columns = Object.fromEntries(grid.header.map((h, j) => [h, grid.rows.map((r) => r[j] ?? null)]));
  return JSON.stringify({ columns }, null, space);
}

/** Arrow IPC, every column Utf8 with nulls for blanks. */
export function gridToArrow(grid: Grid, format: "file" | "stream"): Uint8Array {
  const vectors = Object.fromEntries(
    grid.header.map((h, j) => [
      h,
      vectorFromArray(
        grid.rows.map((r) => r[j] ?? null),
        new Utf8(),
      ),
    ]),
  );
  return tableToIPC(new Table(vectors), format);
}

/** Parquet, every column a REQUIRED string (blank cells as ""). */
export function gridToParquet(grid: Grid): Uint8Array {
  return writeMinimalParquet(
    grid.header.map((name, j) => ({ name, type: "string", values: grid.rows.map((r) => r[j] ?? "") })),
  );
}
