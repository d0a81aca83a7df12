// Periods of care: the union of a child's in-care episodes as maximal runs of days in care.
//
// Rule (design.md, Outcomes; domain.md §1.9, §1.12): a child is looked after on day d when an
// episode has DECOM ≤ d < DEC (or DEC blank), so an episode covers the half-open interval
// [DECOM, DEC) and the DEC day itself is not a day in care (the child left that day).
// Choices: overlapping episodes are counted once; an episode that starts on the day the previous
// one ceased (DEC = next DECOM, the REC X1 chain) continues the same period. A same-day restart
// after another REC is treated the same way, since no day was spent out of care. Short breaks
// (LS V3, V4) are dropped before merging. An episode with DEC ≤ DECOM covers no day and is
// ignored (validation reports DEC < DECOM).
import type { DayNumber } from "../util/dates.js";
import { type CareEpisode, countsAsInCare } from "./care-episode.js";
import { type DayIntervals, createDayIntervals, pushDayInterval, sortDayIntervals } from "./day-intervals.js";
import { OPEN_END } from "./window.js";

/**
 * Merge sorted in-care episode intervals into periods of care, written into `out` (reused).
 * @example mergeCarePeriods(episodes, createDayIntervals()) // [10, 20) and [20, 30) give [10, 30)
 */
export function mergeCarePeriods(episodes: DayIntervals, out: DayIntervals): DayIntervals {
  out.length = 0;
  let curStart = 0;
  let curEnd = 0;
  let open = false;
  for (let k = 0; k < episodes.length; k++) {
    const s = episodes.start[k];
    const e = episodes.end[k];
    if (e <= s) continue;
    if (open && s <= curEnd) {
      if (e > curEnd) curEnd = e;
    } else {
      if (open) pushDayInterval(out, curStart, curEnd);
      curStart = s;
      curEnd = e;
      open = true;
    }
  }
  if (open) pushDayInterval(out, curStart, curEnd);
  return out;
}

/**
 * Periods of care of one child from episode records, in any order.
 * @example carePeriods([{ childId: "C1", DECOM: 10, DEC: 20, RNE: "S", LS: "C1", PLACE: "U4", REC: "X1" }, { childId: "C1", DECOM: 20, DEC: null, RNE: "P", LS: "C2", PLACE: "U1", REC: null }]) // one period [10, OPEN_END)
 */
export function carePeriods(episodes: readonly CareEpisode[]): DayIntervals {
  const list = createDayIntervals(Math.max(4, episodes.length));
  for (const ep of episodes) {
    if (countsAsInCare(ep)) pushDayInterval(list, ep.DECOM, episodeEnd(ep.DEC));
  }
  sortDayIntervals(list);
  return mergeCarePeriods(list, createDayIntervals(Math.max(4, list.length)));
}

/**
 * End of an episode's half-open interval: DEC, or `OPEN_END` while open.
 * @example episodeEnd(null) // OPEN_END
 */
export function episodeEnd(DEC: DayNumber | null): DayNumber {
  return DEC === null ? OPEN_END : DEC;
}
