// Count records that repeat an earlier record of the same child (pairwise within each child's
// group: a child has a handful of records, so this stays linear in practice).
import type { KeyGroups } from "./group-by-key.js";

/**
 * @example countDuplicates(groups, (a, b) => rows[a].DECOM === rows[b].DECOM) // 0
 */
export function countDuplicates(groups: KeyGroups, same: (a: number, b: number) => boolean): number {
  let duplicates = 0;
  const { offsets, order } = groups;
  for (let c = 0; c + 1 < offsets.length; c++) {
    for (let k = offsets[c] + 1; k < offsets[c + 1]; k++) {
      for (let j = offsets[c]; j < k; j++) {
        if (same(order[j], order[k])) {
          duplicates++;
          break;
        }
      }
    }
  }
  return duplicates;
}
