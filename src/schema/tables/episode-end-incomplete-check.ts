// DEC and REC go together: an ended episode has both, an open one neither.
import { cellValueText, columnOf, dayText, issueAt } from "../checks/table-access.js";
import type { Issue } from "../issue.js";
import type { CheckContext, ColumnTable, CrossRowCheck } from "../table.js";

/** @example episodeEndIncompleteCheck.run(episodes, {}) // flags REC E4A with DEC blank */
export const episodeEndIncompleteCheck: CrossRowCheck = {
  rule: "episode-end-incomplete",
  run(table: ColumnTable, _context: CheckContext): Issue[] {
    const dec = columnOf(table, "DEC");
    const rec = columnOf(table, "REC");
    const issues: Issue[] = [];
    for (let i = 0; i < table.length; i++) {
      if (dec[i] === null && rec[i] !== null) {
        issues.push(
          issueAt(
            "episode-end-incomplete",
            table,
            i,
            "REC",
            cellValueText(rec[i]),
            "a reason for ceasing, but DEC is blank",
          ),
        );
      } else if (dec[i] !== null && rec[i] === null) {
        issues.push(
          issueAt(
            "episode-end-incomplete",
            table,
            i,
            "REC",
            "",
            `blank, but DEC is ${dayText(dec[i], "uk")}`,
          ),
        );
      }
    }
    return issues;
  },
};
