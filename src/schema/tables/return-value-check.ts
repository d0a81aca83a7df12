// The la-return `value` must be a whole-number count or c, z, : (value-type otherwise).
import { cellValueText, columnOf, issueAt } from "../checks/table-access.js";
import type { Issue } from "../issue.js";
import type { CheckContext, ColumnTable, CrossRowCheck } from "../table.js";
import { isReturnValue } from "./return-count.js";

/** @example returnValueCheck.run(laReturn, {}) // flags "12 families", "*", "-3" */
export const returnValueCheck: CrossRowCheck = {
  rule: "value-type",
  run(table: ColumnTable, _context: CheckContext): Issue[] {
    const values = columnOf(table, "value");
    const issues: Issue[] = [];
    for (let i = 0; i < table.length; i++) {
      const v = values[i];
      if (v === null) continue;
      if (!isReturnValue(String(v))) {
        issues.push(
          issueAt(
            "value-type",
            table,
            i,
            "value",
            cellValueText(v),
            "not a whole-number count or one of c, z, :",
          ),
        );
      }
    }
    return issues;
  },
};
