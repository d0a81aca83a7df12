// final_order and final_order_date go together: both once proceedings end, neither before.
import { cellValueText, columnOf, dayText, issueAt } from "../checks/table-access.js";
import type { Issue } from "../issue.js";
import type { CheckContext, ColumnTable, CrossRowCheck } from "../table.js";

/** @example courtOrderIncompleteCheck.run(court, {}) */
export const courtOrderIncompleteCheck: CrossRowCheck = {
  rule: "court-order-incomplete",
  run(table: ColumnTable, _context: CheckContext): Issue[] {
    const order = columnOf(table, "final_order");
    const date = columnOf(table, "final_order_date");
    const issues: Issue[] = [];
    for (let i = 0; i < table.length; i++) {
      if (order[i] !== null && date[i] === null) {
        issues.push(
          issueAt(
            "court-order-incomplete",
            table,
            i,
            "final_order_date",
            "",
            `blank, but final_order is ${cellValueText(order[i])}`,
          ),
        );
      } else if (order[i] === null && date[i] !== null) {
        issues.push(
          issueAt(
            "court-order-incomplete",
            table,
            i,
            "final_order",
            "",
            `blank, but final_order_date is ${dayText(date[i], "iso")}`,
          ),
        );
      }
    }
    return issues;
  },
};
