// REC X1 says a new episode starts the same day; warn when the child has no episode with DECOM
// equal to the X1 episode's DEC.
import { columnOf, dayText, issueAt } from "../checks/table-access.js";
import { sameDayContinuationCode } from "../codes/reason-episode-ceased-codes.js";
import type { Issue } from "../issue.js";
import type { CheckContext, ColumnTable, CrossRowCheck } from "../table.js";

/** @example episodeX1ContinuationCheck.run(episodes, {}) */
export const episodeX1ContinuationCheck: CrossRowCheck = {
  rule: "episode-x1-no-continuation",
  run(table: ColumnTable, _context: CheckContext): Issue[] {
    const child = columnOf(table, "CHILD");
    const decom = columnOf(table, "DECOM");
    const dec = columnOf(table, "DEC");
    const rec = columnOf(table, "REC");
    const starts = new Set<string>();
    for (let i = 0; i < table.length; i++) {
      if (child[i] !== null && typeof decom[i] === "number") starts.add(`${child[i]}\u0000${decom[i]}`);
    }
    const issues: Issue[] = [];
    for (let i = 0; i < table.length; i++) {
      if (rec[i] !== sameDayContinuationCode || child[i] === null || typeof dec[i] !== "number") continue;
      if (!starts.has(`${child[i]}\u0000${dec[i]}`)) {
        issues.push(
          issueAt(
            "episode-x1-no-continuation",
            table,
            i,
            "REC",
            sameDayContinuationCode,
            `no episode for CHILD ${child[i]} starts on DEC ${dayText(dec[i], "uk")}`,
          ),
        );
      }
    }
    return issues;
  },
};
