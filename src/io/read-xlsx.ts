// An Excel workbook (.xlsx) to a RawTable with exceljs: the first sheet or a named one; the
// header is the first non-empty row; rows keep the numbers Excel shows. Dates become ISO text,
// numbers text at Excel's 15 significant digits, formulas their cached result (the <v> Excel
// saved with them, 0 and FALSE included); a formula saved without one is `xlsx-formula-no-value`
// on its row and column, never a blank. Before exceljs inflates anything, the zip's directory is
// checked against the limits of io/read-limits.ts (`xlsx-expanded-too-large`). exceljs's JSZip
// checks neither a part's true size nor its CRC-32: io/node/read-raw-file.ts inflates every part
// with zlib first (io/node/zip-inflation-issue.ts) and refuses a bomb or a damaged part; the
// browser app makes the same checks (io/zip-inflation-steps.ts) with DecompressionStream first.
import ExcelJS from "exceljs";
import type { Issue } from "../schema/issue.js";
import { UsageError } from "../util/errors.js";
import { cellText } from "./cell-text.js";
import { fileIssue } from "./file-issue.js";
import { createRawTableBuilder } from "./raw-table-builder.js";
import type { RawTable } from "./raw-table.js";
import { fmt, limitIssue, ReadLimitError, readLimits } from "./read-limits.js";
import { xlsxExpansionIssue } from "./xlsx-expansion-issue.js";

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
  const tooLarge = xlsxExpansionIssue(bytes, file);
  if (tooLarge !== undefined) {
    builder.issue(tooLarge);
    return builder.finish(false);
  }
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
  if (sheet.columnCount > readLimits.maxColumns) {
    builder.issue(
      fileIssue(
        "table-too-wide",
        file,
        `the sheet has ${fmt(sheet.columnCount)} columns; the limit is ${fmt(readLimits.maxColumns)} (Excel's), so the file is not read`,
      ),
    );
    return builder.finish(false);
  }
  let header: (string | null)[] | undefined;
  try {
    sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const values = row.values as unknown[];
      const cells: (string | null)[] = [];
      for (let j = 1; j < values.length; j++) {
        const v = values[j];
        if (isFormula(v)) {
          // row.values drops a falsy cached result (0, FALSE); the cell keeps it.
          const result: unknown = row.getCell(j).result;
          if (result === undefined) {
            builder.issue(noCachedValue(file, rowNumber, row.getCell(j).address, header?.[j - 1]));
            cells.push(null);
          } else {
            cells.push(excelCellText(result));
          }
        } else {
          cells.push(excelCellText(v));
        }
      }
      builder.add(cells, rowNumber);
      if (header === undefined && cells.some((c) => c !== null)) header = cells;
    });
  } catch (error) {
    if (!(error instanceof ReadLimitError)) throw error;
    builder.issue(limitIssue(error, file));
    return builder.finish(false);
  }
  return builder.finish(true);
}

function noCachedValue(file: string, row: number, address: string, column: string | null | undefined): Issue {
  const issue = fileIssue(
    "xlsx-formula-no-value",
    file,
    `cell ${address} holds a formula but no saved result, so its value is unknown; open and save the workbook in Excel (or paste values) and load it again`,
    row,
  );
  issue.column = column ?? address.replace(/\d+$/, "");
  return issue;
}

function isFormula(v: unknown): boolean {
  return typeof v === "object" && v !== null && ("formula" in v || "sharedFormula" in v);
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
  if ("hyperlink" in o && "text" in o) return excelCellText(o.text);
  if ("error" in o) return String(o.error);
  return cellText(v);
}
