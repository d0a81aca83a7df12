// A final order cannot precede the application: final_order_date ≥ issue_date.
import { columnOf, dayText, issueAt } from "../checks/table-access.js";
import type { Issue } from "../issue.js";
import type { CheckContext, ColumnTable, CrossRowCheck } from "../table.js";

/** @example courtDatesOrderCheck.run(court, {}) */
export const courtDatesOrderCheck: CrossRowCheck = {
  rule: "court-dates-order",
  run(table: ColumnTable, _context: CheckContext): Issue[] {
    const issue = columnOf(table, "issue_date");
    const final = columnOf(table, "final_order_date");
    const issues: Issue[] = [];
    for (let i = 0; i < table.length; i++) {
      const a = issue[i];
      const b = final[i];
      if (typeof a === "number" && typeof b === "number" && b < a) {
        issues.push(
          issueAt(
            "court-dates-order",
            table,
            i,
            "final_order_date",
            dayText(b, "iso"),
            `before issue_date ${dayText(a, "iso")}`,
          ),
        );
      }
    }
    return issues;
  },
};
