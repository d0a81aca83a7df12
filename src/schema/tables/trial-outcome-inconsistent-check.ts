/**
 * The outcome columns of one child must agree:
 * - entered_care_12m = 1 needs care_event = 1 and time_to_care_days ≤ 365;
 * - care_event = 1 with time_to_care_days < 365 needs entered_care_12m = 1 (day 365 itself is
 *   tolerated either way: window conventions, [0, 365) or (0, 365], differ, and the reference
 *   file counts an entry on day 365 outside the window);
 * - looked_after_12m = 1 needs days_in_care_12m ≥ 1;
 * - entered_care_12m = 1 needs 1 ≤ days_in_care_12m ≤ 366 − time_to_care_days (in care from the
 *   entry day to day 365 at most).
 */
import { columnOf, issueAt } from "../checks/table-access.js";
import type { Issue } from "../issue.js";
import type { CheckContext, ColumnTable, CrossRowCheck } from "../table.js";

const window = 365;

/** @example trialOutcomeInconsistentCheck.run(trialTable, {}) */
export const trialOutcomeInconsistentCheck: CrossRowCheck = {
  rule: "trial-outcome-inconsistent",
  run(table: ColumnTable, _context: CheckContext): Issue[] {
    const entered = columnOf(table, "entered_care_12m");
    const lookedAfter = columnOf(table, "looked_after_12m");
    const event = columnOf(table, "care_event");
    const time = columnOf(table, "time_to_care_days");
    const days = columnOf(table, "days_in_care_12m");
    const issues: Issue[] = [];
    const flag = (i: number, column: string, value: unknown, message: string) =>
      issues.push(issueAt("trial-outcome-inconsistent", table, i, column, String(value), message));
    for (let i = 0; i < table.length; i++) {
      const t = time[i];
      const d = days[i];
      if (entered[i] === 1) {
        if (event[i] === 0) flag(i, "care_event", 0, "0, but entered_care_12m is 1");
        if (typeof t === "number" && t > window)
          flag(i, "time_to_care_days", t, `after day ${window}, but entered_care_12m is 1`);
        if (d === 0) flag(i, "days_in_care_12m", 0, "0, but entered_care_12m is 1");
        if (typeof t === "number" && typeof d === "number" && t <= window && d > window + 1 - t) {
          flag(
            i,
            "days_in_care_12m",
            d,
            `more than the ${window + 1 - t} days from entry (day ${t}) to day ${window}`,
          );
        }
      } else if (entered[i] === 0 && event[i] === 1 && typeof t === "number" && t < window) {
        flag(i, "entered_care_12m", 0, `0, but care_event is 1 on day ${t}`);
      }
      if (lookedAfter[i] === 1 && d === 0) flag(i, "days_in_care_12m", 0, "0, but looked_after_12m is 1");
    }
    return issues;
  },
};
