// The la-return `period` is a financial year written yyyy-yy, the second year following the first.
import { cellValueText, columnOf, issueAt } from "../checks/table-access.js";
import type { Issue } from "../issue.js";
import type { CheckContext, ColumnTable, CrossRowCheck } from "../table.js";

/**
 * Whether a text is a financial year such as 2023-24.
 * @example isFinancialYear("2023-24") // true
 * @example isFinancialYear("2023-25") // false
 */
export function isFinancialYear(text: string): boolean {
  const m = /^(\d{4})-(\d{2})$/.exec(text.trim());
  return m !== null && (Number(m[1]) + 1) % 100 === Number(m[2]);
}

/** @example returnPeriodCheck.run(laReturn, {}) */
export const returnPeriodCheck: CrossRowCheck = {
  rule: "value-format",
  run(table: ColumnTable, _context: CheckContext): Issue[] {
    const values = columnOf(table, "period");
    const issues: Issue[] = [];
    for (let i = 0; i < table.length; i++) {
      const v = values[i];
      if (v !== null && !isFinancialYear(String(v))) {
        issues.push(
          issueAt(
            "value-format",
            table,
            i,
            "period",
            cellValueText(v),
            "not a financial year written yyyy-yy (e.g. 2023-24)",
          ),
        );
      }
    }
    return issues;
  },
};
