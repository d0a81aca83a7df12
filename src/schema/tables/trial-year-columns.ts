// Columns by year of follow-up, for discounting costs over a window beyond 365 days (issue 16;
// data dictionary *Costs*). Day d after the index date (d = 1 … W) is in year ⌈d/365⌉; the
// columns exist only when W > 365, so a 365-day analysis file keeps its columns unchanged.
import type { ColumnSpec } from "../table.js";
import { PLACEMENT_GROUPS, type PlacementGroup } from "../codes/placement-groups.js";

/** Days in one year of follow-up: day d after the index date is in year ⌈d / 365⌉. */
export const FOLLOW_UP_YEAR_DAYS = 365;

/** The column holding the year of follow-up (1, 2 …) of the first care proceedings issued in the window. */
export const PROCEEDINGS_YEAR_COLUMN = "proceedings_year";

/**
 * The number of years of follow-up a window spans: ⌈W / 365⌉.
 * @example followUpYears(730) // 2
 */
export function followUpYears(window: number): number {
  return Math.ceil(window / FOLLOW_UP_YEAR_DAYS);
}

/**
 * The column of days in care in one year of follow-up, in all or in one placement group.
 * @example yearDaysColumn(2, "kin") // "days_in_care_kin_y2"
 */
export function yearDaysColumn(year: number, group?: PlacementGroup): string {
  return group === undefined ? `days_in_care_y${year}` : `days_in_care_${group}_y${year}`;
}

/**
 * The by-year columns of a window, in the order fgc link writes them: for each year the days in
 * care, then the days of each placement group, then proceedings_year; none for W ≤ 365.
 * @example trialYearColumnNames(730).length // 11 (2 × 5 day columns + proceedings_year)
 */
export function trialYearColumnNames(window: number): string[] {
  if (window <= FOLLOW_UP_YEAR_DAYS) return [];
  const names: string[] = [];
  for (let y = 1; y <= followUpYears(window); y++) {
    names.push(yearDaysColumn(y));
    for (const g of PLACEMENT_GROUPS) names.push(yearDaysColumn(y, g));
  }
  names.push(PROCEEDINGS_YEAR_COLUMN);
  return names;
}

/** The column specs of trialYearColumnNames(window): optional, blank when censored. */
export function trialYearColumnSpecs(window: number): ColumnSpec[] {
  if (window <= FOLLOW_UP_YEAR_DAYS) return [];
  const specs: ColumnSpec[] = [];
  const optional = "Optional column (written by fgc link for a window beyond 365 days):";
  for (let y = 1; y <= followUpYears(window); y++) {
    const days = `days ${FOLLOW_UP_YEAR_DAYS * (y - 1) + 1} to ${Math.min(FOLLOW_UP_YEAR_DAYS * y, window)} after the index date`;
    for (const g of [undefined, ...PLACEMENT_GROUPS])
      specs.push({
        name: yearDaysColumn(y, g),
        type: "integer",
        required: false,
        nullable: true,
        min: 0,
        max: FOLLOW_UP_YEAR_DAYS,
        description: `${optional} days in care${g === undefined ? "" : ` in placement group ${g}`} in year ${y} of follow-up (${days}); blank when censored. fgc trial --costs discounts days in care by year.`,
      });
  }
  specs.push({
    name: PROCEEDINGS_YEAR_COLUMN,
    type: "integer",
    required: false,
    nullable: true,
    min: 1,
    max: followUpYears(window),
    description: `${optional} the year of follow-up (⌈d/365⌉, d the day after the index date) of the first care proceedings issued in the window; blank when none was issued or when censored.`,
  });
  return specs;
}
