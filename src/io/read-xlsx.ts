/**
 * An Excel workbook (.xlsx) to a RawTable with exceljs: the first sheet or a named one; the
 * header is the first non-empty row; rows keep the numbers Excel shows. Dates become ISO text,
 * numbers text at Excel's 15 significant digits, formulas their cached result.
 */
import ExcelJS from "exceljs";
import { UsageError } from "../util/errors.js";
import { cellText } from "./cell-text.js";
import { fileIssue } from "./file-issue.js";
import { createRawTableBuilder } from "./raw-table-builder.js";
import type { RawTable } from "./raw-table.js";

export interface ReadXlsxOptions {
  /** Sheet name (case-insensitive) or 1-based position; default the first sheet. */
  sheet?: string | number;
}

/**
 * Read a workbook from its bytes. A workbook that cannot be opened is a `file-unreadable` issue;
 * a `sheet` that does not exist is a UsageError listing the sheets there are.
 * @example (await readXlsx(bytes, "episodes.xlsx")).header // ["CHILD", "DECOM", …]
 */
export async function readXlsx(
  bytes: Uint8Array,
  file: string,
  options: ReadXlsxOptions = {},
): Promise<RawTable> {
  const builder = createRawTableBuilder(file, "xlsx");
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs types ask for a Node Buffer; it accepts any ArrayBuffer view.
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    builder.issue(
      fileIssue("file-unreadable", file, `not a readable Excel workbook (${(error as Error).message})`),
    );
    return builder.finish(false);
  }
  const sheets = workbook.worksheets;
  const sheet = pickSheet(sheets, options.sheet);
  if (sheet === undefined) {
    if (options.sheet === undefined) return builder.finish(true);
    throw new UsageError(
      `--sheet: no sheet ${JSON.stringify(String(options.sheet))} in ${file}; sheets: ${sheets.map((s) => JSON.stringify(s.name)).join(", ")}`,
    );
  }
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values = row.values as unknown[];
    const cells: (string | null)[] = [];
    for (let j = 1; j < values.length; j++) cells.push(excelCellText(values[j]));
    builder.add(cells, rowNumber);
  });
  return builder.finish(true);
}

function pickSheet(
  sheets: ExcelJS.Worksheet[],
  wanted: string | number | undefined,
): ExcelJS.Worksheet | undefined {
  if (wanted === undefined) return sheets[0];
  if (typeof wanted === "number" || /^\d+$/.test(wanted)) return sheets[Number(wanted) - 1];
  return sheets.find((s) => s.name.toLowerCase() === wanted.toLowerCase());
}

function excelCellText(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  if (typeof v !== "object" || v instanceof Date) return cellText(v);
  const o = v as Record<string, unknown>;
  if (Array.isArray(o.richText)) return (o.richText as { text: string }[]).map((r) => r.text).join("");
  if ("formula" in o || "sharedFormula" in o) return excelCellText(o.result);
  if ("hyperlink" in o && "text" in o) return excelCellText(o.text);
  if ("error" in o) return String(o.error);
  return cellText(v);
}
