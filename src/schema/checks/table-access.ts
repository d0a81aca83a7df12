// Small helpers the cross-row checks share: reading a column of a ColumnTable, writing a value
// back as text, and building an Issue whose severity comes from the rule catalogue.
import { formatDay, formatDayUk } from "../../util/dates.js";
import type { Issue } from "../issue.js";
import { type RuleId, rules } from "../rules.js";
import type { CellValue, ColumnTable } from "../table.js";

/** Dates as the table's files write them: `uk` (dd/mm/yyyy, SSDA903) or `iso`. */
export type DateStyle = "uk" | "iso";

/**
 * The parsed values of a column, or an all-null column when the table does not have it.
 * @example columnOf({ file: "a.csv", columns: { x: [1] }, rowNumbers: [2], length: 1 }, "y") // [null]
 */
export function columnOf(table: ColumnTable, name: string): CellValue[] {
  return table.columns[name] ?? new Array<CellValue>(table.length).fill(null);
}

/** @example dayText(18663, "uk") // "05/02/2021" */
export function dayText(day: CellValue, style: DateStyle): string {
  if (typeof day !== "number") return cellValueText(day);
  return style === "uk" ? formatDayUk(day) : formatDay(day);
}

/** @example cellValueText(null) // "" */
export function cellValueText(value: CellValue): string {
  return value === null ? "" : String(value);
}

/**
 * An Issue at row index `i` of the table (severity from the catalogue unless given).
 * @example issueAt("key-duplicate", table, 3, "CHILD", "123", "repeats row 2")
 */
export function issueAt(
  rule: RuleId,
  table: ColumnTable,
  i: number,
  column: string,
  value: string,
  message: string,
): Issue {
  return {
    rule,
    severity: rules[rule].severity,
    file: table.file,
    row: table.rowNumbers[i],
    column,
    value,
    message,
  };
}
