// Days in care and the year of care proceedings by year of follow-up, for discounting costs over a
// window beyond 365 days (issue 16; data dictionary *Costs*): day d after the index date
// (d = 1 … W) is in year ⌈d/365⌉, so year y holds days 365(y − 1) + 1 … min(365y, W). The days of
// year y are days-in-care.ts and days-in-care-by-group.ts over that stretch, so each year's
// groups add up to its days and the years add up to days in care over the window.
import {
  FOLLOW_UP_YEAR_DAYS,
  PROCEEDINGS_YEAR_COLUMN,
  followUpYears,
  yearDaysColumn,
} from "../schema/tables/trial-year-columns.js";
import { PLACEMENT_GROUPS } from "../schema/codes/placement-groups.js";
import type { DayNumber } from "../util/dates.js";
import type { DayIntervals } from "./day-intervals.js";
import { daysInCare } from "./days-in-care.js";
import { daysInCareByGroup } from "./days-in-care-by-group.js";

/** A child's in-care episodes sorted by start, with the index in PLACEMENT_GROUPS of each. */
export interface GroupedEpisodes {
  start: ArrayLike<number>;
  end: ArrayLike<number>;
  groups: ArrayLike<number>;
  count: number;
}

/**
 * Writes row `r` of the by-year columns (trialYearColumnNames(window)): days in care in each year
 * of follow-up, in all and by placement group, and the year of the first care proceedings issued
 * in (0, W] (null when none); every cell null when the row is censored.
 * @example deriveYearColumns(byYear, 0, periods, episodes, [500], 0, 730, false) // byYear.proceedings_year[0] = 2
 */
export function deriveYearColumns(
  byYear: Record<string, (number | null)[]>,
  r: number,
  periods: DayIntervals,
  episodes: GroupedEpisodes,
  issueDays: ArrayLike<number>,
  issued: number,
  indexDay: DayNumber,
  window: number,
  censored: boolean,
): void {
  const years = followUpYears(window);
  const groupDays = new Float64Array(PLACEMENT_GROUPS.length);
  for (let y = 1; y <= years; y++) {
    const from = indexDay + FOLLOW_UP_YEAR_DAYS * (y - 1);
    const length = Math.min(FOLLOW_UP_YEAR_DAYS, window - FOLLOW_UP_YEAR_DAYS * (y - 1));
    byYear[yearDaysColumn(y)][r] = censored ? null : daysInCare(periods, from, length);
    groupDays.fill(0);
    if (!censored)
      daysInCareByGroup(
        episodes.start,
        episodes.end,
        episodes.groups,
        episodes.count,
        from,
        length,
        groupDays,
      );
    for (const [g, group] of PLACEMENT_GROUPS.entries())
      byYear[yearDaysColumn(y, group)][r] = censored ? null : groupDays[g];
  }
  let first = Number.POSITIVE_INFINITY;
  for (let k = 0; k < issued; k++) {
    const d = issueDays[k];
    if (d > indexDay && d <= indexDay + window && d < first) first = d;
  }
  byYear[PROCEEDINGS_YEAR_COLUMN][r] =
    censored || first === Number.POSITIVE_INFINITY
      ? null
      : Math.ceil((first - indexDay) / FOLLOW_UP_YEAR_DAYS);
}
