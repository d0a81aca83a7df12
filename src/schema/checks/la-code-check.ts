/**
 * LA codes written as 9-character ONS GSS codes (E06 unitary, E08 metropolitan district, E09
 * London borough, E10 county; E92000001 England; W06 Welsh unitary), as domain.md §6.3 lists them.
 */
import type { Issue } from "../issue.js";
import type { CheckContext, ColumnTable, CrossRowCheck } from "../table.js";
import { columnOf, issueAt } from "./table-access.js";

/** The shape of a GSS area code. */
export const gssCodePattern = /^[EW]\d{8}$/;

/** @example laCodeCheck("la_code").run(table, {}) */
export function laCodeCheck(name: string): CrossRowCheck {
  return {
    rule: "value-format",
    run(table: ColumnTable, _context: CheckContext): Issue[] {
      const values = columnOf(table, name);
      const issues: Issue[] = [];
      for (let i = 0; i < table.length; i++) {
        const v = values[i];
        if (v !== null && !gssCodePattern.test(String(v))) {
          issues.push(
            issueAt(
              "value-format",
              table,
              i,
              name,
              String(v),
              "not a 9-character GSS code such as E06000022",
            ),
          );
        }
      }
      return issues;
    },
  };
}
