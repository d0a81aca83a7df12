// A conference in the control arm is a crossover: allowed (intention to treat keeps the child in
// control) but worth a warning, as it dilutes the comparison and feeds the complier analysis.
import { columnOf, issueAt } from "../checks/table-access.js";
import type { Issue } from "../issue.js";
import type { CheckContext, ColumnTable, CrossRowCheck } from "../table.js";

/** @example trialControlFgcHeldCheck.run(trialTable, {}) */
export const trialControlFgcHeldCheck: CrossRowCheck = {
  rule: "trial-control-fgc-held",
  run(table: ColumnTable, _context: CheckContext): Issue[] {
    const arm = columnOf(table, "arm");
    const held = columnOf(table, "fgc_held");
    const issues: Issue[] = [];
    for (let i = 0; i < table.length; i++) {
      if (arm[i] === "control" && held[i] === 1) {
        issues.push(
          issueAt(
            "trial-control-fgc-held",
            table,
            i,
            "fgc_held",
            "1",
            "a conference was held in the control arm",
          ),
        );
      }
    }
    return issues;
  },
};
