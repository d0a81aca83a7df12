/**
 * The return's period: a financial year written `YYYY-YY` (e.g. 2023-24), 1 April to 31 March,
 * as the CIN census and SSDA903 count it (domain.md §2.1).
 */
import { type DayNumber, dayFromParts } from "../util/dates.js";
import { UsageError } from "../util/errors.js";

export interface ReturnPeriod {
  /** As given: `2023-24`. */
  label: string;
  /** 1 April of the first year, day number. */
  firstDay: DayNumber;
  /** 31 March of the second year, day number (inclusive). */
  lastDay: DayNumber;
}

/**
 * @example parseReturnPeriod("2023-24").firstDay // 19448 (2023-04-01)
 */
export function parseReturnPeriod(text: string): ReturnPeriod {
  const m = /^(\d{4})-(\d{2})$/.exec(text.trim());
  const start = m ? Number(m[1]) : Number.NaN;
  if (!m || (start + 1) % 100 !== Number(m[2])) {
    throw new UsageError(
      `--period: expected a financial year as YYYY-YY (e.g. 2023-24), got ${JSON.stringify(text)}`,
    );
  }
  return {
    label: text.trim(),
    firstDay: dayFromParts(start, 4, 1)!,
    lastDay: dayFromParts(start + 1, 3, 31)!,
  };
}
