// FGC record dates must run referral_date ≤ offer_date ≤ conference_date ≤ review_date (blank
// dates are skipped; a conference is compared with the latest earlier date given).
import type { Issue } from "../issue.js";
import { columnOf, dayText, issueAt } from "../checks/table-access.js";
import type { CheckContext, ColumnTable, CrossRowCheck } from "../table.js";

const order = ["referral_date", "offer_date", "conference_date", "review_date"];

/** @example fgcDatesOrderCheck.run(fgcTable, {}) */
export const fgcDatesOrderCheck: CrossRowCheck = {
  rule: "fgc-dates-order",
  run(table: ColumnTable, _context: CheckContext): Issue[] {
    const cols = order.map((name) => columnOf(table, name));
    const issues: Issue[] = [];
    for (let i = 0; i < table.length; i++) {
      let latest: { name: string; day: number } | undefined;
      for (let j = 0; j < order.length; j++) {
        const day = cols[j][i];
        if (typeof day !== "number") continue;
        if (latest && day < latest.day) {
          issues.push(
            issueAt(
              "fgc-dates-order",
              table,
              i,
              order[j],
              dayText(day, "iso"),
              `before ${latest.name} ${dayText(latest.day, "iso")}`,
            ),
          );
        } else {
          latest = { name: order[j], day };
        }
      }
    }
    return issues;
  },
};
