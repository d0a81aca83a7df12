// Placed with family or friends within the window: some in-care episode with PLACE U1, U2 or U3
// (domain.md §1.7) covers at least one day of (indexDay, indexDay + W], i.e.
// max(DECOM, indexDay + 1) < min(DEC, indexDay + W + 1). A kinship placement that ended on or
// before the index day does not count; one already running on the index day and continuing into
// the window does. Short-break episodes are excluded before this point.
import type { DayNumber } from "../util/dates.js";
import type { DayIntervals } from "./day-intervals.js";

/**
 * 1 when a kinship episode overlaps (indexDay, indexDay + window], else 0.
 * @example placedWithKin(kinEpisodes, indexDay, 365)
 */
export function placedWithKin(kinEpisodes: DayIntervals, indexDay: DayNumber, window: number): 0 | 1 {
  const from = indexDay + 1;
  const to = indexDay + window + 1;
  for (let k = 0; k < kinEpisodes.length; k++) {
    const s = kinEpisodes.start[k];
    const e = kinEpisodes.end[k];
    if (Math.max(s, from) < Math.min(e, to)) return 1;
  }
  return 0;
}
