// Reporting periods of a return as day ranges, so overlaps are integer comparisons. Accepted
// forms: a financial year `2023-24` or `202324` (util/financial-year.ts, the parser `fgc return`
// shares), or an explicit range `2023-04-01/2023-09-30`.
import { parseDay } from "../util/dates.js";
import { parseFinancialYear } from "../util/financial-year.js";

export interface PeriodRange {
  label: string;
  /** First and last day, inclusive, as days since 1970-01-01. */
  start: number;
  end: number;
}

/**
 * @example parsePeriod("2023-24")?.label // "2023-24"
 * @example parsePeriod("2023-25") // undefined (not consecutive years)
 */
export function parsePeriod(text: string): PeriodRange | undefined {
  const t = text.trim();
  const fy = parseFinancialYear(t);
  if (fy) return { label: fy.label, start: fy.firstDay, end: fy.lastDay };
  const range = /^(\d{4}-\d{2}-\d{2})\s*\/\s*(\d{4}-\d{2}-\d{2})$/.exec(t);
  if (range) {
    const start = parseDay(range[1]);
    const end = parseDay(range[2]);
    if (typeof start !== "number" || typeof end !== "number" || end < start) return undefined;
    return { label: `${range[1]}/${range[2]}`, start, end };
  }
  return undefined;
}

/** Whether two periods share a day. */
export function periodsOverlap(a: PeriodRange, b: PeriodRange): boolean {
  return a.start <= b.end && b.start <= a.end;
}
