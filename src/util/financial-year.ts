// A financial year, 1 April to 31 March, as DfE children's social care statistics and the CIN
// census and SSDA903 count it: written `2023-24` or `202324` (the form some published tables
// use), the second year following the first. The one parser for every command that takes a year.
import { type DayNumber, dayFromParts } from "./dates.js";

export interface FinancialYear {
  /** Written `YYYY-YY` whatever form was given: `2023-24`. */
  label: string;
  /** The first calendar year: 2023 for 2023-24. */
  startYear: number;
  /** 1 April of the first year. */
  firstDay: DayNumber;
  /** 31 March of the second year (inclusive). */
  lastDay: DayNumber;
}

/**
 * @example parseFinancialYear("202324")?.label // "2023-24"
 * @example parseFinancialYear("2023-24")?.firstDay // 19448 (2023-04-01)
 * @example parseFinancialYear("2023-25") // undefined (not consecutive years)
 */
export function parseFinancialYear(text: string): FinancialYear | undefined {
  const m = /^(\d{4})-?(\d{2})$/.exec(text.trim());
  if (!m) return undefined;
  const startYear = Number(m[1]);
  if ((startYear + 1) % 100 !== Number(m[2])) return undefined;
  const firstDay = dayFromParts(startYear, 4, 1);
  const lastDay = dayFromParts(startYear + 1, 3, 31);
  if (firstDay === null || lastDay === null) return undefined;
  return { label: `${m[1]}-${m[2]}`, startYear, firstDay, lastDay };
}
