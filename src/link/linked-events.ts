// Index events joined to the cohort, as typed columns, and their numbering per child: the rows
// the analysis table is built from (one per child and index event).
import type { KeyGroups } from "./group-by-key.js";

/** Why an index event is not a row of the analysis table (link-time reasons). */
export type LinkExclusion =
  | "index-event-duplicate"
  | "index-date-missing"
  | "allocation-missing"
  | "allocation-conflict"
  | "index-event-later";

/** Index events in input order, joined to the cohort, as typed columns. */
export interface LinkedEvents {
  length: number;
  /** Cohort child index. */
  child: Int32Array;
  /** Cohort family index, −1 when the event has no family id. */
  family: Int32Array;
  /** Index day, NaN when missing. */
  indexDay: Float64Array;
  laCode: (string | null)[];
  /** 1 fgc, 0 control, −1 not allocated or conflicting. */
  arm: Int8Array;
  /** 1 for the child's earliest index date, 2 for the next …; 0 when the date is missing. */
  eventNumber: Int32Array;
  /** Row of `inputs.children` for the child, −1 when none. */
  childRecord: Int32Array;
  exclusion: (LinkExclusion | null)[];
}

/**
 * Number each child's index events by date (1 = earliest) and mark repeats of the same day as
 * duplicates (the first record of the day is kept) and blank dates as missing. Returns the number
 * of duplicates.
 * @example numberIndexEvents(events, groupByKey(events.child, childCount)) // 1 (one repeat)
 */
export function numberIndexEvents(events: LinkedEvents, groups: KeyGroups): number {
  let duplicates = 0;
  const { offsets, order } = groups;
  const rows: number[] = [];
  for (let c = 0; c + 1 < offsets.length; c++) {
    rows.length = 0;
    for (let k = offsets[c]; k < offsets[c + 1]; k++) {
      const i = order[k];
      if (Number.isNaN(events.indexDay[i])) events.exclusion[i] = "index-date-missing";
      else rows.push(i);
    }
    // Stable by input order within a day, so the first record of a repeated day is kept.
    if (rows.length > 1) rows.sort((a, b) => events.indexDay[a] - events.indexDay[b] || a - b);
    let number = 0;
    for (let j = 0; j < rows.length; j++) {
      const i = rows[j];
      if (j > 0 && events.indexDay[i] === events.indexDay[rows[j - 1]]) {
        events.exclusion[i] = "index-event-duplicate";
        events.eventNumber[i] = number;
        duplicates++;
      } else {
        events.eventNumber[i] = ++number;
      }
    }
  }
  return duplicates;
}

/**
 * One row per child: keep each child's earliest index event that links (dated, its family
 * allocated to one arm) and mark the child's other linked events `index-event-later`. The trial
 * randomised the family at the child's first pre-proceedings letter in the trial period; a later
 * letter is follow-up of the same randomised child, not a new trial row. Returns the rows marked,
 * in input order.
 * @example keepFirstIndexEvent(events, groupByKey(events.child, childCount)) // [7] (L07's second letter)
 */
export function keepFirstIndexEvent(events: LinkedEvents, groups: KeyGroups): number[] {
  const later: number[] = [];
  const { offsets, order } = groups;
  for (let c = 0; c + 1 < offsets.length; c++) {
    let first = -1;
    for (let k = offsets[c]; k < offsets[c + 1]; k++) {
      const i = order[k];
      if (events.exclusion[i] !== null) continue;
      if (first < 0 || events.eventNumber[i] < events.eventNumber[first]) first = i;
    }
    for (let k = offsets[c]; k < offsets[c + 1]; k++) {
      const i = order[k];
      if (i !== first && events.exclusion[i] === null) {
        events.exclusion[i] = "index-event-later";
        later.push(i);
      }
    }
  }
  return later.sort((a, b) => a - b);
}
