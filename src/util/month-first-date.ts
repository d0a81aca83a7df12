// Dates typed month first (US order, or a spreadsheet set to US English): 12/25/2024 is no
// dd/mm/yyyy date, since there is no month 25, but reads as 25 December in mm/dd/yyyy. Such a
// date is named for what it is, not merely "impossible".
import { dayFromParts } from "./dates.js";

const SLASHED = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/**
 * When `text` is a slashed date whose middle number cannot be a month (13–31), the message that
 * says it looks like month/day order; undefined otherwise (a real dd/mm date, or no date at all).
 * @example monthFirstMessage("12/25/2024") // "looks like month/day order (mm/dd/yyyy): 25 cannot be a month; write dd/mm/yyyy (25/12/2024)"
 * @example monthFirstMessage("13/25/2024") // "looks like month/day order (mm/dd/yyyy): 25 cannot be a month, and 13 is no month either; write dd/mm/yyyy"
 */
export function monthFirstMessage(text: string): string | undefined {
  const m = SLASHED.exec(text.trim());
  if (m === null) return undefined;
  const first = Number(m[1]);
  const second = Number(m[2]);
  const year = Number(m[3]);
  if (second <= 12 || second > 31) return undefined;
  const head = `looks like month/day order (mm/dd/yyyy): ${second} cannot be a month`;
  if (dayFromParts(year, first, second) === null) {
    return `${head}, and ${first} is no month either; write dd/mm/yyyy`;
  }
  const dd = String(second).padStart(2, "0");
  const mm = String(first).padStart(2, "0");
  return `${head}; write dd/mm/yyyy (${dd}/${mm}/${year})`;
}
