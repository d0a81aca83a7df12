// The la-return `category` must be one of its breakdown's categories (code-unknown otherwise).
import { cellValueText, columnOf, issueAt } from "../checks/table-access.js";
import { breakdownCategories } from "../codes/return-breakdown-codes.js";
import type { CodeList } from "../codes/code-list.js";
import type { Issue } from "../issue.js";
import type { CheckContext, ColumnTable, CrossRowCheck } from "../table.js";

/**
 * A code as its list spells it: exact; else, ignoring case and reading spaces and hyphens as
 * underscores, a code of the list or one of its aliases (`under 1` for `under_1`, `1-4` for `1_4`,
 * `1_to_4` for `1_4`, `Y` or `disabled` for `yes`). Undefined when none matches. Anything but an
 * exact match is reported by the caller as code-spelling, never read silently.
 * @example categoryOf(breakdownCategories.age_band, "1 to 4") // "1_4"
 */
export function categoryOf(list: CodeList, text: string): string | undefined {
  if (Object.hasOwn(list.codes, text)) return text;
  const key = spellingKey(text);
  const code = Object.keys(list.codes).find((k) => spellingKey(k) === key);
  if (code !== undefined) return code;
  const alias = Object.entries(list.aliases ?? {}).find(([k]) => spellingKey(k) === key);
  return alias?.[1];
}

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
      if (list === undefined || c === null || categoryOf(list, String(c)) !== undefined) continue;
      issues.push(
        issueAt(
          "code-unknown",
          table,
          i,
          "category",
          cellValueText(c),
          `not a category of breakdown ${breakdown[i]} (${Object.keys(list.codes).join(", ")})`,
        ),
      );
    }
    return issues;
  },
};

/** Lower case, trimmed, runs of spaces and hyphens as one underscore. */
function spellingKey(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, "_");
}
