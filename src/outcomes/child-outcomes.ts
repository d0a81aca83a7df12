// All outcomes of one child and index event, from the child's periods of care, kinship episodes
// and court issue days. This is the one place the rules are put together; `deriveOutcomes` (from
// records) and the link step (from typed arrays) both call it.
//
// Window outcomes are `null` when follow-up does not reach day W (censoring.ts). Time to care is
// defined whenever follow-up is not negative.
import type { DayNumber } from "../util/dates.js";
import { followUp } from "./censoring.js";
import type { DayIntervals } from "./day-intervals.js";
import { daysInCare } from "./days-in-care.js";
import { enteredCare } from "./entered-care.js";
import { lookedAfterOnDay } from "./looked-after-on-day.js";
import { placedWithKin } from "./placed-with-kin.js";
import { proceedingsBeforeIndex, proceedingsIssued } from "./proceedings-issued.js";
import { timeToCare } from "./time-to-care.js";

export interface ChildOutcomes {
  /** Days from the index date to the extract date. */
  followUpDays: number;
  /** Follow-up ends before day W: the window outcomes below are null. */
  censored: boolean;
  /** In care on the index day (flag; exclusion is the analysis plan's choice). */
  alreadyLookedAfter: 0 | 1;
  /** Looked after on day W (indexDay + W). */
  lookedAfter: 0 | 1 | null;
  /** A period of care started in (0, W]. */
  enteredCare: 0 | 1 | null;
  /** Days looked after in (0, W], 0 … W. */
  daysInCare: number | null;
  /** Care proceedings issued in (0, W]. */
  proceedings: 0 | 1 | null;
  /** Proceedings issued on or before the index day (flag). */
  proceedingsBeforeIndex: 0 | 1;
  /** Placed with relatives or friends (PLACE U1–U3) on some day in (0, W]. */
  placedWithKin: 0 | 1 | null;
  /** Days to first entry after the index date, or to the extract date; null when follow-up is negative. */
  timeToCareDays: number | null;
  /** 1 entered care, 0 censored at the extract date; null when follow-up is negative. */
  careEvent: 0 | 1 | null;
}

/** Court issue days of one child: `issueDays[from, to)`. */
export interface IssueDaySlice {
  issueDays: ArrayLike<number>;
  from: number;
  to: number;
}

/**
 * @example outcomesFromPeriods(carePeriods(eps), kin, { issueDays: [], from: 0, to: 0 }, 18663, 19500, 365)
 */
export function outcomesFromPeriods(
  periods: DayIntervals,
  kinEpisodes: DayIntervals,
  court: IssueDaySlice,
  indexDay: DayNumber,
  extractDay: DayNumber,
  window: number,
): ChildOutcomes {
  const { followUpDays, censored } = followUp(indexDay, extractDay, window);
  const observed = !censored;
  const time = followUpDays >= 0 ? timeToCare(periods, indexDay, extractDay) : null;
  return {
    followUpDays,
    censored,
    alreadyLookedAfter: lookedAfterOnDay(periods, indexDay),
    lookedAfter: observed ? lookedAfterOnDay(periods, indexDay + window) : null,
    enteredCare: observed ? enteredCare(periods, indexDay, window) : null,
    daysInCare: observed ? daysInCare(periods, indexDay, window) : null,
    proceedings: observed ? proceedingsIssued(court.issueDays, court.from, court.to, indexDay, window) : null,
    proceedingsBeforeIndex: proceedingsBeforeIndex(court.issueDays, court.from, court.to, indexDay),
    placedWithKin: observed ? placedWithKin(kinEpisodes, indexDay, window) : null,
    timeToCareDays: time ? time.timeToCareDays : null,
    careEvent: time ? time.careEvent : null,
  };
}
