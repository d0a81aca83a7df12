/**
 * Builds tiny ColumnTables for the cross-row check tests: rows given as objects, dates as text
 * (dd/mm/yyyy or yyyy-mm-dd) turned into day numbers for the named date columns.
 */
import type { CellValue, ColumnTable } from "../../src/schema/table.js";
import { parseDay } from "../../src/util/dates.js";

export function tableOf(
  file: string,
  rows: Record<string, CellValue>[],
  dateColumns: string[] = [],
): ColumnTable {
  const names = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const columns: Record<string, CellValue[]> = {};
  for (const name of names) {
    columns[name] = rows.map((r) => {
      const v = r[name] ?? null;
      if (dateColumns.includes(name) && typeof v === "string") return parseDay(v) ?? null;
      return v;
    });
  }
  return { file, columns, rowNumbers: rows.map((_, i) => i + 2), length: rows.length };
}

/** The issues reduced to what tests assert: rule, row, column. */
export function where(issues: { rule: string; row?: number; column?: string }[]): string[] {
  return issues.map((i) => `${i.rule}@${i.row}:${i.column}`);
}
