// An FGC record's status must agree with its answer, decline reason, conference, plan and review
// columns: e.g. a record that reached `held` has a conference_date, a `declined` record has a
// decline_reason and no conference, a conference_date means the status is `held` or later. A
// family may accept and still have no conference (status declined with a reason other than
// family_declined, e.g. proceedings_issued).
import { columnOf, cellValueText, dayText, issueAt } from "../checks/table-access.js";
import { fgcStageRank } from "../codes/fgc-status-codes.js";
import type { Issue } from "../issue.js";
import type { CheckContext, ColumnTable, CrossRowCheck } from "../table.js";

/** @example fgcRecordInconsistentCheck.run(fgcTable, {}) */
export const fgcRecordInconsistentCheck: CrossRowCheck = {
  rule: "fgc-record-inconsistent",
  run(table: ColumnTable, _context: CheckContext): Issue[] {
    const status = columnOf(table, "status");
    const accepted = columnOf(table, "accepted");
    const reason = columnOf(table, "decline_reason");
    const conference = columnOf(table, "conference_date");
    const plan = columnOf(table, "plan_agreed");
    const review = columnOf(table, "review_date");
    const issues: Issue[] = [];
    const flag = (i: number, column: string, value: string, message: string) =>
      issues.push(issueAt("fgc-record-inconsistent", table, i, column, value, message));
    for (let i = 0; i < table.length; i++) {
      const s = status[i];
      if (typeof s !== "string" || !(s in fgcStageRank)) continue;
      const rank = fgcStageRank[s];
      const declined = s === "declined";
      const reachedHeld = rank >= fgcStageRank.held && !declined;
      if (declined && accepted[i] === true && reason[i] === "family_declined") {
        flag(i, "accepted", "true", "accepted, but the reason is family_declined");
      }
      if (!declined && rank >= fgcStageRank.accepted && accepted[i] === false) {
        flag(i, "accepted", "false", `not accepted, but status is ${s}`);
      }
      if (declined && reason[i] === null) flag(i, "decline_reason", "", "blank, but status is declined");
      if (!declined && reason[i] !== null)
        flag(i, "decline_reason", cellValueText(reason[i]), `given, but status is ${s}`);
      if (reachedHeld && conference[i] === null) flag(i, "conference_date", "", `blank, but status is ${s}`);
      if (!reachedHeld && conference[i] !== null) {
        flag(i, "conference_date", dayText(conference[i], "iso"), `a conference date, but status is ${s}`);
      }
      const planReached = !declined && rank >= fgcStageRank.plan_agreed;
      if (plan[i] === true && !planReached) flag(i, "plan_agreed", "true", `plan agreed, but status is ${s}`);
      if (plan[i] === false && planReached)
        flag(i, "plan_agreed", "false", `no plan agreed, but status is ${s}`);
      if (s === "reviewed" && review[i] === null) flag(i, "review_date", "", "blank, but status is reviewed");
      if (s !== "reviewed" && review[i] !== null) {
        flag(i, "review_date", dayText(review[i], "iso"), `a review date, but status is ${s}`);
      }
    }
    return issues;
  },
};
