// An la-return `category` read from another spelling than its list's (`WHITE`, `under 1`, `1-4`,
// `Y`) is read as the list's code with a code-spelling warning, never silently: one warning per
// breakdown and spelling, at the first row, counting the rows that spell it so.
import { cellValueText, columnOf, issueAt } from "../checks/table-access.js";
import { breakdownCategories } from "../codes/return-breakdown-codes.js";
import type { Issue } from "../issue.js";
import type { CheckContext, ColumnTable, CrossRowCheck } from "../table.js";
import { categoryOf } from "./return-category-check.js";

/** @example returnCategorySpellingCheck.run(laReturn, {}) // warns at ethnicity "WHITE": read as white */
export const returnCategorySpellingCheck: CrossRowCheck = {
  rule: "code-spelling",
  run(table: ColumnTable, _context: CheckContext): Issue[] {
    const breakdown = columnOf(table, "breakdown");
    const category = columnOf(table, "category");
    const first = new Map<string, { i: number; code: string; rows: number }>();
    for (let i = 0; i < table.length; i++) {
      const b = breakdown[i] === null ? undefined : String(breakdown[i]);
      const list = b === undefined ? undefined : breakdownCategories[b];
      const text = category[i] === null ? undefined : cellValueText(category[i]);
      if (list === undefined || text === undefined) continue;
      const code = categoryOf(list, text);
      if (code === undefined || code === text) continue;
      const key = `${b}\u0000${text}`;
      const seen = first.get(key);
      if (seen) seen.rows++;
      else first.set(key, { i, code, rows: 1 });
    }
    return [...first.entries()].map(([key, { i, code, rows }]) =>
      issueAt("code-spelling", table, i, "category", key.split("\u0000")[1], spellingMessage(code, rows)),
    );
  },
};

/**
 * The warning's text: the code read, and how many rows spell it so.
 * @example spellingMessage("white", 3) // "read as white (3 rows spell it so)"
 */
export function spellingMessage(code: string, rows: number): string {
  return `read as ${code} (${rows} ${rows === 1 ? "row spells" : "rows spell"} it so)`;
}
