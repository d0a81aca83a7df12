// The outcome window (0, W]: the W days after the index date, the index day itself excluded.
// Day d of the window is `indexDay + d`, d = 1 … W; "on day W" is `indexDay + W`. With W = 365 a
// child who enters care the day after the letter has time 1 and 365 days in care if never
// discharged, as in the reference trial file (../shared/reference/trial).
import { UsageError } from "../util/errors.js";
import type { DayNumber } from "../util/dates.js";

/** Default window in days (twelve months). */
export const DEFAULT_WINDOW = 365;

/** Day number sentinel for an open episode (DEC blank): later than any real date. */
export const OPEN_END: DayNumber = 2_147_483_647;

/**
 * Check a window length: whole days 1–3650.
 * @example assertWindow(365) // no error
 */
export function assertWindow(window: number): void {
  if (!Number.isInteger(window) || window < 1 || window > 3650) {
    throw new UsageError(`window: expected whole days 1–3650, got ${JSON.stringify(window)}`);
  }
}

/**
 * First day of the window, `indexDay + 1`.
 * @example windowFirstDay(100) // 101
 */
export function windowFirstDay(indexDay: DayNumber): DayNumber {
  return indexDay + 1;
}

/**
 * Last day of the window, `indexDay + W` (inclusive).
 * @example windowLastDay(100, 365) // 465
 */
export function windowLastDay(indexDay: DayNumber, window: number): DayNumber {
  return indexDay + window;
}
