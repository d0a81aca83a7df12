// Days in care in (0, W]: the number of days d in [indexDay + 1, indexDay + W] on which the child
// is looked after (DECOM ≤ d < DEC). Computed on periods of care (care-periods.ts), which are
// disjoint, so overlapping and X1-chained episodes are counted once and the total never exceeds W:
//   Σ max(0, min(end, indexDay + W + 1) − max(start, indexDay + 1)).
// Example: index day 0, W = 365, an open episode from day 235 gives 366 − 235 = 131 days.
import type { DayNumber } from "../util/dates.js";
import type { DayIntervals } from "./day-intervals.js";

/**
 * Days looked after in (indexDay, indexDay + window].
 * @example daysInCare(carePeriods(episodes), indexDay, 365)
 */
export function daysInCare(periods: DayIntervals, indexDay: DayNumber, window: number): number {
  const from = indexDay + 1;
  const to = indexDay + window + 1;
  let days = 0;
  for (let k = 0; k < periods.length; k++) {
    const s = periods.start[k];
    if (s >= to) break;
    const lo = Math.max(s, from);
    const e = periods.end[k];
    const hi = Math.min(e, to);
    if (hi > lo) days += hi - lo;
  }
  return days;
}
