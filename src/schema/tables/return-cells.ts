// The la-return's counts indexed by LA, period, breakdown and category, so checks can compare the
// measures of one cell of the breakdown (suppressed and symbol values are left out).
import { columnOf } from "../checks/table-access.js";
import type { ColumnTable } from "../table.js";
import { returnCount } from "./return-count.js";

export interface ReturnCountAtRow {
  row: number;
  count: number;
}

/** @example returnCells(laReturn).get(cellKey)?.get("families_offered_fgc")?.count */
export function returnCells(table: ColumnTable): Map<string, Map<string, ReturnCountAtRow>> {
  const keyColumns = ["la_code", "period", "breakdown", "category"].map((n) => columnOf(table, n));
  const measure = columnOf(table, "measure");
  const value = columnOf(table, "value");
  const cells = new Map<string, Map<string, ReturnCountAtRow>>();
  for (let i = 0; i < table.length; i++) {
    const count = returnCount(value[i] === null ? null : String(value[i]));
    if (count === undefined || measure[i] === null) continue;
    const key = JSON.stringify(keyColumns.map((c) => c[i]));
    let cell = cells.get(key);
    if (!cell) cells.set(key, (cell = new Map()));
    if (!cell.has(String(measure[i]))) cell.set(String(measure[i]), { row: i, count });
  }
  return cells;
}
