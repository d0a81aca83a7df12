// Follow-up and censoring. Follow-up runs from the index date to the extract date (the last day
// the data describe), so `followUpDays = extractDay − indexDay`. A window outcome is observed
// only when follow-up reaches day W (`followUpDays ≥ W`); otherwise the child is censored and the
// window outcomes are missing (`null`), never a silent "no" (design.md, Outcomes).
import type { DayNumber } from "../util/dates.js";

export interface FollowUp {
  /** Days from the index date to the extract date (negative if the index date is after the extract). */
  followUpDays: number;
  /** True when follow-up ends before day W: window outcomes are missing. */
  censored: boolean;
}

/**
 * Follow-up of one index event.
 * @example followUp(100, 400, 365) // { followUpDays: 300, censored: true }
 */
export function followUp(indexDay: DayNumber, extractDay: DayNumber, window: number): FollowUp {
  const followUpDays = extractDay - indexDay;
  return { followUpDays, censored: followUpDays < window };
}
