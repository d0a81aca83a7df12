/**
 * Group rows by an integer key with one counting sort: rows of key k are
 * `order[offsets[k] … offsets[k + 1])`, in input order. O(rows + keys), no per-row objects.
 * Rows with key −1 (unmatched) are left out.
 */

export interface KeyGroups {
  /** Length keys + 1. */
  offsets: Int32Array;
  /** Row numbers grouped by key. */
  order: Int32Array;
}

/**
 * @example groupByKey(Int32Array.from([1, 0, 1]), 2) // offsets [0, 1, 3], order [1, 0, 2]
 */
export function groupByKey(keys: Int32Array, keyCount: number): KeyGroups {
  const offsets = new Int32Array(keyCount + 1);
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    if (k >= 0) offsets[k + 1]++;
  }
  for (let k = 0; k < keyCount; k++) offsets[k + 1] += offsets[k];
  const order = new Int32Array(offsets[keyCount]);
  const next = offsets.slice(0, keyCount);
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    if (k >= 0) order[next[k]++] = i;
  }
  return { offsets, order };
}

/**
 * 1 for keys with at least one row.
 * @example groupPresence(groupByKey(Int32Array.from([1]), 2)) // [0, 1]
 */
export function groupPresence(groups: KeyGroups): Uint8Array {
  const present = new Uint8Array(groups.offsets.length - 1);
  for (let c = 0; c < present.length; c++) present[c] = groups.offsets[c + 1] > groups.offsets[c] ? 1 : 0;
  return present;
}
