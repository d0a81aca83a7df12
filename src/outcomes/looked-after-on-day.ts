// Looked after on a given day: some period of care has start ≤ day < end, i.e. an in-care
// episode with DECOM ≤ d < DEC or DEC blank (design.md, Outcomes; domain.md §1.12). The DEC day
// is not counted: a child discharged on day W is not looked after on day W. The trial's primary
// outcome is this on day `indexDay + W`; on the index day itself it is the already_looked_after
// flag.
import type { DayNumber } from "../util/dates.js";
import type { DayIntervals } from "./day-intervals.js";

/**
 * 1 when the child is in care on `day`, else 0.
 * @example lookedAfterOnDay(carePeriods(episodes), indexDay + 365)
 */
export function lookedAfterOnDay(periods: DayIntervals, day: DayNumber): 0 | 1 {
  for (let k = 0; k < periods.length; k++) {
    if (periods.start[k] > day) break;
    if (day < periods.end[k]) return 1;
  }
  return 0;
}
