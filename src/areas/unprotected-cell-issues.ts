// The cells disclosure control could not protect, as issues at the return file and row each came
// from: a data condition (these counts, this plan), not a bug, so the pipeline stops with a
// DataError and the CLI exits 1 naming the cells.
import type { Issue } from "../schema/issue.js";
import { rules } from "../schema/rules.js";
import { cellKey, type ReturnCell } from "./return-cell.js";

/**
 * @example unprotectedCellIssues(["202|2023-24|all|all|children_looked_after_12m"], cells, { threshold: 5, protection: 10 })[0].row
 */
export function unprotectedCellIssues(
  keys: readonly string[],
  cells: readonly ReturnCell[],
  plan: { threshold: number; protection: number },
): Issue[] {
  const byKey = new Map(cells.map((c) => [cellKey(c), c]));
  return keys.map((key) => {
    const c = byKey.get(key);
    const where = c ? `${c.la} ${c.period} ${c.breakdown} ${c.category} ${c.measure}` : key;
    return {
      rule: "return-disclosure-unprotected",
      severity: rules["return-disclosure-unprotected"].severity,
      file: c?.file ?? "(return)",
      ...(c ? { row: c.row } : {}),
      column: "value",
      ...(c ? { value: String(c.value) } : {}),
      message: `${where}: disclosure control cannot keep this count's feasible range at least plan.protection = ${plan.protection} wide (plan.threshold = ${plan.threshold}); refusing to publish`,
    };
  });
}
