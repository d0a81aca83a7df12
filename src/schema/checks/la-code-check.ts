// LA codes written as 9-character ONS GSS codes (E06 unitary, E08 metropolitan district, E09
// London borough, E10 county; E92000001 England; W06 Welsh unitary), as domain.md §6.3 lists them.
import type { Issue } from "../issue.js";
import type { CheckContext, ColumnTable, CrossRowCheck } from "../table.js";
import { columnOf, issueAt } from "./table-access.js";

/** The shape of a GSS area code. */
export const gssCodePattern = /^[EW]\d{8}$/;
/** DfE three-digit LA code (the CIN census `LEA`), e.g. 202 Camden. */
export const dfeLaCodePattern = /^\d{3}$/;

/** @example laCodeCheck("la_code").run(table, {}) */
export function laCodeCheck(name: string, options: { dfe?: boolean } = {}): CrossRowCheck {
  return {
    rule: "value-format",
    run(table: ColumnTable, _context: CheckContext): Issue[] {
      const values = columnOf(table, name);
      const issues: Issue[] = [];
      for (let i = 0; i < table.length; i++) {
        const v = values[i];
        const ok =
          gssCodePattern.test(String(v)) || (options.dfe === true && dfeLaCodePattern.test(String(v)));
        if (v !== null && !ok) {
          issues.push(
            issueAt(
              "value-format",
              table,
              i,
              name,
              String(v),
              options.dfe
                ? "not a DfE 3-digit LA code (e.g. 202) or a 9-character GSS code (e.g. E09000007)"
                : "not a 9-character GSS code such as E06000022",
            ),
          );
        }
      }
      return issues;
    },
  };
}
