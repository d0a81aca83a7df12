// Row indices of an episode table grouped by child and ordered by DECOM (then file order); rows
// with a blank CHILD or DECOM are left out. Shared by the checks that follow a child's history.
import { columnOf } from "../checks/table-access.js";
import type { ColumnTable } from "../table.js";

/** @example groupEpisodesByChild(episodes).get("100001") // [0, 1, 2] */
export function groupEpisodesByChild(table: ColumnTable): Map<string, number[]> {
  const child = columnOf(table, "CHILD");
  const decom = columnOf(table, "DECOM");
  const groups = new Map<string, number[]>();
  for (let i = 0; i < table.length; i++) {
    const c = child[i];
    if (c === null || typeof decom[i] !== "number") continue;
    const key = String(c);
    const rows = groups.get(key);
    if (rows) rows.push(i);
    else groups.set(key, [i]);
  }
  for (const rows of groups.values())
    rows.sort((a, b) => (decom[a] as number) - (decom[b] as number) || a - b);
  return groups;
}
