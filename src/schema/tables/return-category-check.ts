/**
 * The la-return `category` must be one of its breakdown's categories (code-unknown otherwise).
 */
import { cellText, columnOf, issueAt } from "../checks/table-access.js";
import { breakdownCategories } from "../codes/return-breakdown-codes.js";
import type { Issue } from "../issue.js";
import type { CheckContext, ColumnTable, CrossRowCheck } from "../table.js";

/** @example returnCategoryCheck.run(laReturn, {}) // flags breakdown age_band, category "0-4" */
export const returnCategoryCheck: CrossRowCheck = {
  rule: "code-unknown",
  run(table: ColumnTable, _context: CheckContext): Issue[] {
    const breakdown = columnOf(table, "breakdown");
    const category = columnOf(table, "category");
    const issues: Issue[] = [];
    for (let i = 0; i < table.length; i++) {
      const list = breakdown[i] === null ? undefined : breakdownCategories[String(breakdown[i])];
      const c = category[i];
      if (list === undefined || c === null || String(c) in list.codes) continue;
      issues.push(
        issueAt(
          "code-unknown",
          table,
          i,
          "category",
          cellText(c),
          `not a category of breakdown ${breakdown[i]} (${Object.keys(list.codes).join(", ")})`,
        ),
      );
    }
    return issues;
  },
};
