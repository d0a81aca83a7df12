// Time to first care entry after the index date, censored at the end of follow-up.
// time = (first period start in (indexDay, extractDay]) − indexDay with careEvent 1; otherwise
// time = extractDay − indexDay with careEvent 0 (censored).
// Choices: censored at the extract date, not at W, so the survival analysis uses all follow-up
// (as in the reference trial file, whose censored times run past 365 days); an entry on the
// index day is not after it (those children are already looked after, and their time is to the
// next entry after leaving care, if any).
import type { DayNumber } from "../util/dates.js";
import type { DayIntervals } from "./day-intervals.js";

export interface TimeToCare {
  /** Days from the index date to the first entry, or to the extract date if none. */
  timeToCareDays: number;
  /** 1 = entered care, 0 = censored at the end of follow-up. */
  careEvent: 0 | 1;
}

/**
 * @example timeToCare(carePeriods(episodes), indexDay, extractDay) // { timeToCareDays: 235, careEvent: 1 }
 */
export function timeToCare(periods: DayIntervals, indexDay: DayNumber, extractDay: DayNumber): TimeToCare {
  for (let k = 0; k < periods.length; k++) {
    const s = periods.start[k];
    if (s > extractDay) break;
    if (s > indexDay) return { timeToCareDays: s - indexDay, careEvent: 1 };
  }
  return { timeToCareDays: extractDay - indexDay, careEvent: 0 };
}
