// Randomisation is by family: every child of a family has the family's arm and la_code. Reported
// on each row that differs from the family's first row.
import { cellValueText, columnOf, issueAt } from "../checks/table-access.js";
import type { Issue } from "../issue.js";
import type { CheckContext, ColumnTable, CrossRowCheck } from "../table.js";

/** @example trialFamilyMixedCheck.run(trialTable, {}) */
export const trialFamilyMixedCheck: CrossRowCheck = {
  rule: "trial-family-mixed",
  run(table: ColumnTable, _context: CheckContext): Issue[] {
    const family = columnOf(table, "family_id");
    const compared = ["arm", "la_code"].map((name) => ({ name, values: columnOf(table, name) }));
    const first = new Map<string, number>();
    const issues: Issue[] = [];
    for (let i = 0; i < table.length; i++) {
      if (family[i] === null) continue;
      const f = String(family[i]);
      const j = first.get(f);
      if (j === undefined) {
        first.set(f, i);
        continue;
      }
      for (const { name, values } of compared) {
        if (values[i] !== null && values[j] !== null && values[i] !== values[j]) {
          issues.push(
            issueAt(
              "trial-family-mixed",
              table,
              i,
              name,
              cellValueText(values[i]),
              `family ${f} has ${name} ${cellValueText(values[j])} in row ${table.rowNumbers[j]}`,
            ),
          );
        }
      }
    }
    return issues;
  },
};
