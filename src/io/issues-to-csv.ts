// A validation report as CSV, one issue a row, safe to open in Excel.
import type { Issue } from "../schema/issue.js";
import { csvSafeRows } from "./csv-safe-cell.js";

/** The report's columns, in order. */
export const issueCsvColumns = ["file", "row", "column", "value", "rule", "severity", "message"] as const;

/**
 * @example issuesToCsv([{ rule: "date-impossible", severity: "error", file: "e.csv", row: 3, column: "DECOM", value: "31/02/2021", message: "no such date" }])
 */
export function issuesToCsv(issues: readonly Issue[]): string {
  return csvSafeRows([
    issueCsvColumns,
    ...issues.map((i) => [i.file, i.row ?? "", i.column ?? "", i.value ?? "", i.rule, i.severity, i.message]),
  ]);
}
