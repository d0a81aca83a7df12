// The event outcomes are measured from: for the trial, the date of the pre-proceedings letter.
import type { DayNumber } from "../util/dates.js";

export interface ChildIndexDay {
  /** Child identifier (pseudonymised before linking). */
  childId: string;
  /** Index date, day number; outcome day d is `indexDay + d`. */
  indexDay: DayNumber;
}
