// Dates of recruitment and follow-up (CONSORT 2010 item 14a, Schulz et al. 2010): the first and
// last pre-proceedings letter among the randomised children, and the day the last child's
// follow-up window ends.
import type { ColumnTable } from "../schema/table.js";
import { formatDay, parseDay } from "../util/dates.js";
import type { Recruitment } from "./result.js";

/**
 * Recruitment period of the trial file: every row counts (randomised, not only analysed).
 * Choices: the column holds day numbers after validation, or ISO/UK date text in a table built in
 * memory; a cell that is neither leaves the dates null rather than a period that skips it.
 * @example recruitmentPeriod(table, 365).firstLetter // "2022-04-10"
 */
export function recruitmentPeriod(table: ColumnTable, window: number): Recruitment {
  const cells = table.columns.index_date ?? [];
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const v of cells) {
    const day = typeof v === "number" ? v : typeof v === "string" ? parseDay(v) : null;
    if (typeof day !== "number" || !Number.isInteger(day))
      return { firstLetter: null, lastLetter: null, followUpEnd: null, windowDays: window };
    if (day < first) first = day;
    if (day > last) last = day;
  }
  if (cells.length === 0)
    return { firstLetter: null, lastLetter: null, followUpEnd: null, windowDays: window };
  return {
    firstLetter: formatDay(first),
    lastLetter: formatDay(last),
    followUpEnd: formatDay(last + window),
    windowDays: window,
  };
}
