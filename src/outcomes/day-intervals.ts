// Half-open day intervals [start, end) in typed arrays, sorted by start: the working form of a
// child's episodes and periods of care. An open episode ends at `OPEN_END`. Buffers grow and are
// reused, so a loop over a million children allocates a handful of arrays, not one per child.
import type { DayNumber } from "../util/dates.js";

export interface DayIntervals {
  start: Int32Array;
  end: Int32Array;
  length: number;
}

/**
 * An empty, growable interval list.
 * @example createDayIntervals().length // 0
 */
export function createDayIntervals(capacity = 16): DayIntervals {
  return { start: new Int32Array(capacity), end: new Int32Array(capacity), length: 0 };
}

/**
 * Append [start, end), growing the buffers when full.
 * @example pushDayInterval(createDayIntervals(), 10, 20)
 */
export function pushDayInterval(list: DayIntervals, start: DayNumber, end: DayNumber): void {
  if (list.length === list.start.length) {
    const start2 = new Int32Array(2 * list.length);
    const end2 = new Int32Array(2 * list.length);
    start2.set(list.start);
    end2.set(list.end);
    list.start = start2;
    list.end = end2;
  }
  list.start[list.length] = start;
  list.end[list.length] = end;
  list.length++;
}

/**
 * Sort a list by start (insertion sort: a child has a handful of episodes).
 * @example sortDayIntervals(list)
 */
export function sortDayIntervals(list: DayIntervals): void {
  const { start, end } = list;
  for (let i = 1; i < list.length; i++) {
    const s = start[i];
    const e = end[i];
    let j = i - 1;
    while (j >= 0 && (start[j] > s || (start[j] === s && end[j] > e))) {
      start[j + 1] = start[j];
      end[j + 1] = end[j];
      j--;
    }
    start[j + 1] = s;
    end[j + 1] = e;
  }
}
