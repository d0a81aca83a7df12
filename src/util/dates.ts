/**
 * Dates as whole days since 1970-01-01 (UTC), parsed once at the edge of the toolkit so that
 * windows and overlaps downstream are integer arithmetic. No time zones, no `Date` arithmetic.
 */

export type DayNumber = number;

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][0-9:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const UK = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

export type DateFormat = "iso" | "uk";

/**
 * Parse an ISO (yyyy-mm-dd) or UK (dd/mm/yyyy) date to a day number.
 * Returns `undefined` for text in neither shape and `null` for an impossible date (31/02/2021).
 * @example
 * ```ts
 * import { parseDay } from "fgc-toolkit";
 * parseDay("05/02/2021"); // => 18663
 * parseDay("2021-02-05"); // => 18663
 * ```
 */
export function parseDay(
  text: string,
  formats: readonly DateFormat[] = ["iso", "uk"],
): DayNumber | null | undefined {
  const s = text.trim();
  let y: number;
  let m: number;
  let d: number;
  let match: RegExpExecArray | null;
  if (formats.includes("iso") && (match = ISO.exec(s))) {
    y = Number(match[1]);
    m = Number(match[2]);
    d = Number(match[3]);
  } else if (formats.includes("uk") && (match = UK.exec(s))) {
    d = Number(match[1]);
    m = Number(match[2]);
    y = Number(match[3]);
  } else {
    return undefined;
  }
  return dayFromParts(y, m, d);
}

/**
 * Day number of a calendar date (proleptic Gregorian, any year), or null when the date does not
 * exist. Not `Date.UTC`: it reads years 0–99 as 1900–1999, so "01/01/0023" became 1923.
 * Method: days_from_civil of Hinnant, "chrono-Compatible Low-Level Date Algorithms" (2013),
 * counting in 400-year eras of 146,097 days with the year starting in March.
 * @example dayFromParts(2021, 2, 5) // 18663
 * @example formatDay(dayFromParts(23, 1, 1)!) // "0023-01-01"
 */
export function dayFromParts(y: number, m: number, d: number): DayNumber | null {
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** Day number of 01/01/1900, before which no date in these data is plausible (`date-before-1900`). */
export const firstPlausibleDay: DayNumber = -25_567;

/**
 * A day number (days since 1970-01-01) written as an ISO date, yyyy-mm-dd.
 * @example
 * ```ts
 * import { formatDay } from "fgc-toolkit";
 * formatDay(18663); // => "2021-02-05"
 * ```
 */
export function formatDay(day: DayNumber): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/**
 * A day number (days since 1970-01-01) written as a UK date, dd/mm/yyyy.
 * @example
 * ```ts
 * import { formatDayUk } from "fgc-toolkit";
 * formatDayUk(18663); // => "05/02/2021"
 * ```
 */
export function formatDayUk(day: DayNumber): string {
  const [y, m, d] = formatDay(day).split("-");
  return `${d}/${m}/${y}`;
}

/** Whole years between two day numbers, as age is counted (birthday reached or not). */
export function wholeYearsBetween(from: DayNumber, to: DayNumber): number {
  const [y1, m1, d1] = formatDay(from).split("-").map(Number);
  const [y2, m2, d2] = formatDay(to).split("-").map(Number);
  let years = y2 - y1;
  if (m2 < m1 || (m2 === m1 && d2 < d1)) years -= 1;
  return years;
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(m) ? 30 : 31;
}
