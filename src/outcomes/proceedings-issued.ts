// Care proceedings issued in (0, W]: a court application issued on a day in
// (indexDay, indexDay + W] (domain.md §2.3: from the LA's legal records, not the 903 proxy).
// Applications issued on or before the index day do not count; they set the
// proceedings_before_index flag instead (proceedingsBeforeIndex).
// Choices: which application types are care proceedings is decided upstream (the link step takes
// an optional list); every issue day passed here counts.
import type { DayNumber } from "../util/dates.js";

/**
 * 1 when some issue day is in (indexDay, indexDay + window], else 0. `issueDays[from, to)` is read.
 * @example proceedingsIssued([120], 0, 1, 100, 365) // 1
 */
export function proceedingsIssued(
  issueDays: ArrayLike<number>,
  from: number,
  to: number,
  indexDay: DayNumber,
  window: number,
): 0 | 1 {
  const last = indexDay + window;
  for (let k = from; k < to; k++) {
    const d = issueDays[k];
    if (d > indexDay && d <= last) return 1;
  }
  return 0;
}

/**
 * 1 when some application was issued on or before the index day (flag; not an outcome).
 * @example proceedingsBeforeIndex([90], 0, 1, 100) // 1
 */
export function proceedingsBeforeIndex(
  issueDays: ArrayLike<number>,
  from: number,
  to: number,
  indexDay: DayNumber,
): 0 | 1 {
  for (let k = from; k < to; k++) if (issueDays[k] <= indexDay) return 1;
  return 0;
}
