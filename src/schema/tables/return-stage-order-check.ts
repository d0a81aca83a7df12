// Within one cell of the return, a later stage cannot count more than the stage it follows:
// accepted ≤ offered, held ≤ accepted (≤ offered when accepted is suppressed), children's
// conferences ≤ children offered, and children's 12-month outcomes ≤ children entering.
// Suppressed values are skipped and the nearest earlier stage with a count is used.
//
// Choices: held above offered is a warning (`return-numerator-above-denominator`, as fgc areas
// reports it), not an error: fgc return counts a meeting held without a recorded offer as held
// (pp-held-without-offer, returns/definitions.ts), so its own output can hold such a cell; held
// above accepted, and outcomes above children entering, stay errors.
import { issueAt } from "../checks/table-access.js";
import type { Issue } from "../issue.js";
import type { CheckContext, ColumnTable, CrossRowCheck } from "../table.js";
import { returnCells } from "./return-cells.js";

/** Each later measure and the earlier measures it may not exceed, nearest first. */
const bounds: [measure: string, earlier: string[]][] = [
  ["families_accepted_fgc", ["families_offered_fgc"]],
  ["families_fgc_held", ["families_accepted_fgc", "families_offered_fgc"]],
  ["children_fgdm_held", ["children_offered_fgdm"]],
  ["children_entered_care_12m", ["children_entering_pre_proceedings"]],
  ["children_proceedings_12m", ["children_entering_pre_proceedings"]],
];

/** @example returnStageOrderCheck.run(laReturn, {}) */
export const returnStageOrderCheck: CrossRowCheck = {
  rule: "return-stage-order",
  run(table: ColumnTable, _context: CheckContext): Issue[] {
    const issues: Issue[] = [];
    for (const cell of returnCells(table).values()) {
      for (const [measure, earlier] of bounds) {
        const a = cell.get(measure);
        const name = earlier.find((m) => cell.has(m));
        const b = name === undefined ? undefined : cell.get(name);
        if (a && b && a.count > b.count) {
          const heldAboveOffered = name === "children_offered_fgdm" || name === "families_offered_fgc";
          issues.push(
            issueAt(
              heldAboveOffered && measure.includes("held")
                ? "return-numerator-above-denominator"
                : "return-stage-order",
              table,
              a.row,
              "value",
              String(a.count),
              `${measure} ${a.count} exceeds ${name} ${b.count} (row ${table.rowNumbers[b.row]})`,
            ),
          );
        }
      }
    }
    return issues;
  },
};
