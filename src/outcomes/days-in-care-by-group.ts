// Days in care in (0, W] by placement group (schema/codes/placement-groups.ts, domain.md §1.7):
// each day looked after counts once, in the group of the in-care episode that covers it; where
// in-care episodes overlap (kept with a warning), the day goes to the episode that started first.
// The groups add up to days in care (days-in-care.ts): both count the union of the episodes.
// Episodes are given sorted by start (sortDayIntervals), with their group codes.
import type { DayNumber } from "../util/dates.js";

/**
 * Adds the days of (indexDay, indexDay + window] to `out[group]` for each episode, counting each
 * day once. `groups[k]` is the index in PLACEMENT_GROUPS of episode k.
 * @example daysInCareByGroup([10], [400], [0], 1, 0, 365, out) // out[0] += 355
 */
export function daysInCareByGroup(
  start: ArrayLike<number>,
  end: ArrayLike<number>,
  groups: ArrayLike<number>,
  count: number,
  indexDay: DayNumber,
  window: number,
  out: Float64Array,
): void {
  const from = indexDay + 1;
  const to = indexDay + window + 1;
  let covered = from;
  for (let k = 0; k < count; k++) {
    const lo = Math.max(start[k], covered);
    const hi = Math.min(end[k], to);
    if (hi > lo) {
      out[groups[k]] += hi - lo;
      covered = hi;
    }
  }
}
