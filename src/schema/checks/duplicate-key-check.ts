// Duplicate keys: every row whose key (all key columns non-blank) repeats an earlier row's.
import type { Issue } from "../issue.js";
import type { CheckContext, ColumnTable, CrossRowCheck } from "../table.js";
import { columnOf, type DateStyle, dayText, issueAt } from "./table-access.js";

/**
 * A check flagging each repeat of a key on the repeating row, at the key's last column.
 * Rows with a blank key part are skipped (the blank is reported by the column validator).
 * @example duplicateKeyCheck(["CHILD", "DECOM"], ["DECOM"], "uk").run(table, {})
 */
export function duplicateKeyCheck(
  key: string[],
  dateColumns: string[] = [],
  style: DateStyle = "iso",
): CrossRowCheck {
  return {
    rule: "key-duplicate",
    run(table: ColumnTable, _context: CheckContext): Issue[] {
      const cols = key.map((k) => columnOf(table, k));
      const seen = new Map<string, number>();
      const issues: Issue[] = [];
      // Keyed on the parsed values joined by a separator no cell holds; the dates are formatted
      // only for the message, so a million-row check stays a single cheap pass.
      const sep = "\u0000";
      for (let i = 0; i < table.length; i++) {
        let id = "";
        let blank = false;
        for (let j = 0; j < cols.length; j++) {
          const p = cols[j][i];
          if (p === null) {
            blank = true;
            break;
          }
          id += j === 0 ? String(p) : sep + String(p);
        }
        if (blank) continue;
        const first = seen.get(id);
        if (first === undefined) {
          seen.set(id, i);
          continue;
        }
        const text = cols.map((c, j) => (dateColumns.includes(key[j]) ? dayText(c[i], style) : String(c[i])));
        const last = key[key.length - 1];
        issues.push(
          issueAt(
            "key-duplicate",
            table,
            i,
            last,
            text[text.length - 1],
            `${key.join(" + ")} ${text.join(" + ")} repeats row ${table.rowNumbers[first]}`,
          ),
        );
      }
      return issues;
    },
  };
}
