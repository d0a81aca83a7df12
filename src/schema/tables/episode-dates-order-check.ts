// An episode may not cease before it commences: DEC ≥ DECOM (the same day is allowed).
import { columnOf, dayText, issueAt } from "../checks/table-access.js";
import type { Issue } from "../issue.js";
import type { CheckContext, ColumnTable, CrossRowCheck } from "../table.js";

/** @example episodeDatesOrderCheck.run(episodes, {}) // flags DEC 03/02/2021 on DECOM 05/02/2021 */
export const episodeDatesOrderCheck: CrossRowCheck = {
  rule: "episode-dates-order",
  run(table: ColumnTable, _context: CheckContext): Issue[] {
    const decom = columnOf(table, "DECOM");
    const dec = columnOf(table, "DEC");
    const issues: Issue[] = [];
    for (let i = 0; i < table.length; i++) {
      const start = decom[i];
      const end = dec[i];
      if (typeof start === "number" && typeof end === "number" && end < start) {
        issues.push(
          issueAt(
            "episode-dates-order",
            table,
            i,
            "DEC",
            dayText(end, "uk"),
            `ends before it starts (DECOM ${dayText(start, "uk")})`,
          ),
        );
      }
    }
    return issues;
  },
};
