// More families (children) offered an FGC than entered pre-proceedings in the same cell: a warning,
// since an offer may be counted in a later period than the family's letter.
import { issueAt } from "../checks/table-access.js";
import type { Issue } from "../issue.js";
import type { CheckContext, ColumnTable, CrossRowCheck } from "../table.js";
import { returnCells } from "./return-cells.js";

const pairs: [offered: string, entering: string][] = [
  ["families_offered_fgc", "families_entering_pre_proceedings"],
  ["children_offered_fgdm", "children_entering_pre_proceedings"],
];

/** @example returnOfferedAboveEnteringCheck.run(laReturn, {}) */
export const returnOfferedAboveEnteringCheck: CrossRowCheck = {
  rule: "return-offered-above-entering",
  run(table: ColumnTable, _context: CheckContext): Issue[] {
    const issues: Issue[] = [];
    for (const cell of returnCells(table).values()) {
      for (const [offered, entering] of pairs) {
        const a = cell.get(offered);
        const b = cell.get(entering);
        if (a && b && a.count > b.count) {
          issues.push(
            issueAt(
              "return-offered-above-entering",
              table,
              a.row,
              "value",
              String(a.count),
              `${offered} ${a.count} exceeds ${entering} ${b.count} (row ${table.rowNumbers[b.row]})`,
            ),
          );
        }
      }
    }
    return issues;
  },
};
