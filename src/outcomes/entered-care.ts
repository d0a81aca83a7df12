// Entered care in (0, W]: a period of care starts on a day in (indexDay, indexDay + W].
// Choices: an episode already open on the index day is not an entry (those children carry the
// already_looked_after flag; the analysis plan decides whether to exclude them); an entry on the
// index day itself is not in (0, W] and makes the child already looked after; an X1 chain or a
// same-day restart is one period, so not a new entry; a child discharged and re-entering within
// the window has entered care. Periods are derived from dates, not from RNE (domain.md §1.12).
import type { DayNumber } from "../util/dates.js";
import type { DayIntervals } from "./day-intervals.js";

/**
 * 1 when a period of care starts in (indexDay, indexDay + window], else 0.
 * @example enteredCare(carePeriods(episodes), indexDay, 365)
 */
export function enteredCare(periods: DayIntervals, indexDay: DayNumber, window: number): 0 | 1 {
  const last = indexDay + window;
  for (let k = 0; k < periods.length; k++) {
    const s = periods.start[k];
    if (s > last) break;
    if (s > indexDay) return 1;
  }
  return 0;
}
