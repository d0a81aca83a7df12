/**
 * Reporting periods of a return as day ranges, so overlaps are integer comparisons. Accepted
 * forms: a financial year `2023-24` or `202324` (1 April to 31 March, as DfE children's social
 * care statistics count), or an explicit range `2023-04-01/2023-09-30`.
 */
import { parseDay } from "../util/dates.js";

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
  const fy = /^(\d{4})-?(\d{2})$/.exec(t);
  if (fy) {
    const y = Number(fy[1]);
    if ((y + 1) % 100 !== Number(fy[2])) return undefined;
    const start = parseDay(`${y}-04-01`);
    const end = parseDay(`${y + 1}-03-31`);
    if (typeof start !== "number" || typeof end !== "number") return undefined;
    return { label: `${y}-${fy[2]}`, start, end };
  }
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
