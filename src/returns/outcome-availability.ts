// How far the return's outcomes are known: a child's outcomes are known once the whole window
// after their letter (index date + window days) is on or before the follow-up end. `none`: no
// child of the population has been followed that long, so every outcome cell is `:`; `some`: the
// outcomes count the children followed so far, with `children_followed_12m` as their
// denominator; `all`: the period's outcomes are complete.
import { type DayNumber, formatDay } from "../util/dates.js";
import { formatCount } from "../util/format-count.js";
import type { ReturnChildRow } from "./return-children.js";

export interface OutcomeAvailability {
  status: "none" | "some" | "all";
  /** Days in the window after the letter. */
  windowDays: number;
  /** Children of the population followed for the whole window. */
  followed: number;
  population: number;
  /** The day by which every child of the population will have been followed, yyyy-mm-dd. */
  completeOn: string;
  /** One sentence for the terminal and the report: what is and is not yet known. */
  text: string;
}

/**
 * "12-month" for 365 days (the return's window), else "N-day".
 * @example windowLabel(365) // "12-month"
 */
export function windowLabel(days: number): string {
  return days === 365 ? "12-month" : `${formatCount(days)}-day`;
}

/**
 * @example outcomeAvailability(rows, "2024-25", 365, followUpEnd).text
 *   // "12-month outcomes not yet available for 2024-25: …"
 */
export function outcomeAvailability(
  rows: readonly ReturnChildRow[],
  periodLabel: string,
  windowDays: number,
  followUpEnd: DayNumber,
): OutcomeAvailability {
  let followed = 0;
  let lastIndex = Number.NEGATIVE_INFINITY;
  for (const r of rows) {
    if (r.followed) followed++;
    if (r.indexDay > lastIndex) lastIndex = r.indexDay;
  }
  const population = rows.length;
  const completeOn = formatDay(lastIndex + windowDays);
  const label = windowLabel(windowDays);
  const end = formatDay(followUpEnd);
  const status = followed === 0 ? "none" : followed < population ? "some" : "all";
  const text =
    status === "none"
      ? `${label} outcomes not yet available for ${periodLabel}: no child's ${label} follow-up after the letter has ended by ${end}; the outcome cells are written ":" until follow-up reaches ${completeOn}`
      : status === "some"
        ? `${label} outcomes for ${periodLabel} are so far counted over the ${formatCount(followed)} of ${formatCount(population)} children followed for ${label === "12-month" ? "12 months" : `${formatCount(windowDays)} days`} by ${end} (children_followed_12m); complete when follow-up reaches ${completeOn}`
        : `${label} outcomes for ${periodLabel} are complete: every child followed for the whole window by ${end}`;
  return { status, windowDays, followed, population, completeOn, text };
}
