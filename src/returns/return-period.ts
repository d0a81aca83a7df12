// The return's period: a financial year written `2023-24` or `202324` (util/financial-year.ts,
// the parser `fgc areas` uses too), 1 April to 31 March, as the CIN census and SSDA903 count it
// (domain.md §2.1). Its label is always written `YYYY-YY`, as the la-return layout requires.
import type { DayNumber } from "../util/dates.js";
import { UsageError } from "../util/errors.js";
import { parseFinancialYear } from "../util/financial-year.js";

export interface ReturnPeriod {
  /** `2023-24`, whichever form was given. */
  label: string;
  /** 1 April of the first year, day number. */
  firstDay: DayNumber;
  /** 31 March of the second year, day number (inclusive). */
  lastDay: DayNumber;
}

/**
 * @example parseReturnPeriod("2023-24").firstDay // 19448 (2023-04-01)
 * @example parseReturnPeriod("202324").label // "2023-24"
 */
export function parseReturnPeriod(text: string): ReturnPeriod {
  const year = parseFinancialYear(text);
  if (!year) {
    throw new UsageError(
      `options.period: expected a financial year as YYYY-YY or YYYYYY (e.g. 2023-24 or 202324), got ${JSON.stringify(text)}`,
    );
  }
  return { label: year.label, firstDay: year.firstDay, lastDay: year.lastDay };
}
