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
  const wb = fixedWorkbook();
  const ws = wb.addWorksheet(sheet);
  ws.addRow(grid.header);
  for (const row of grid.rows) ws.addRow(row.map((c) => c ?? undefined));
  return xlsxBytes(wb);
}

/** A workbook's bytes, the same on every run (fixed times inside and on the zip entries). */
export async function xlsxBytes(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return fixZipTimes(new Uint8Array(await wb.xlsx.writeBuffer()));
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

/** A workbook with fixed creation and modification times, so its bytes are the same every run. */
export function fixedWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.created = new Date(Date.UTC(2025, 2, 31));
  wb.modified = wb.created;
  return wb;
}

/**
 * Set every zip entry's DOS time and date (local header +10, central directory +12) to
 * 2025-03-31 00:00, found through the central directory (APPNOTE.TXT 4.3.12, 4.3.16), so a
 * fuzz counterexample's byte offsets mean the same file on every run.
 */
function fixZipTimes(bytes: Uint8Array): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = bytes.length - 22;
  while (end >= 0 && view.getUint32(end, true) !== 0x06054b50) end--;
  if (end < 0) return bytes;
  const date = ((2025 - 1980) << 9) | (3 << 5) | 31;
  let at = view.getUint32(end + 16, true);
  for (let n = view.getUint16(end + 10, true); n > 0; n--) {
    view.setUint16(at + 12, 0, true);
    view.setUint16(at + 14, date, true);
    const local = view.getUint32(at + 42, true);
    view.setUint16(local + 10, 0, true);
    view.setUint16(local + 12, date, true);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return bytes;
}
