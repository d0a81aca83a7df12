// Dates after the extract (reference) date, for the columns a spec marks `notFuture`. Runs only
// when the context knows the extract date.
import type { Issue } from "../issue.js";
import type { CheckContext, ColumnSpec, ColumnTable, CrossRowCheck } from "../table.js";
import { columnOf, type DateStyle, dayText, issueAt } from "./table-access.js";

/**
 * @example futureDatesCheck(episodeColumns, "uk").run(table, { extractDay: 20178 })
 */
export function futureDatesCheck(columns: readonly ColumnSpec[], style: DateStyle = "iso"): CrossRowCheck {
  const names = columns.filter((c) => c.type === "date" && c.notFuture).map((c) => c.name);
  return {
    rule: "date-future",
    run(table: ColumnTable, context: CheckContext): Issue[] {
      const extract = context.extractDay;
      if (extract === undefined) return [];
      const issues: Issue[] = [];
      for (const name of names) {
        const values = columnOf(table, name);
        for (let i = 0; i < table.length; i++) {
          const v = values[i];
          if (typeof v === "number" && v > extract) {
            issues.push(
              issueAt(
                "date-future",
                table,
                i,
                name,
                dayText(v, style),
                `after the extract date ${dayText(extract, style)}`,
              ),
            );
          }
        }
      }
      return issues;
    },
  };
}
