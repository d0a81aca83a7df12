// The statutory returns after the years are merged: one record per child, per letter and per
// episode, each remembering the file and line (or row) its version came from.
import type { CinChild, PreProceedingsBlock } from "../io/cin-census/cin-census.js";
import type { Ssda903Child, Ssda903Episode } from "../io/ssda903/ssda903.js";
import type { DayNumber } from "../util/dates.js";

/** A child's characteristics from the latest census that holds the child. */
export interface ReturnChild extends Omit<CinChild, "cinDetails"> {
  file: string;
  /** ReferenceDate of the census the characteristics come from. */
  referenceDay: DayNumber;
}

/** A pre-proceedings block, keyed by child and LBPSentDate, in the latest census's version. */
export interface ReturnBlock extends PreProceedingsBlock {
  childId: string;
  LBPSentDate: DayNumber;
  file: string;
  referenceDay: DayNumber;
}

export interface MergedCensuses {
  /** The census LEA (one LA per folder). */
  laCode: string | null;
  /** ReferenceDate of each census read, ascending. */
  referenceDays: DayNumber[];
  children: Map<string, ReturnChild>;
  /** Blocks by child, ascending LBPSentDate. */
  blocks: Map<string, ReturnBlock[]>;
}

export interface MergedSsda903 {
  /** Episodes by child, ascending DECOM, one per CHILD + DECOM. */
  episodes: Map<string, Ssda903Episode[]>;
  children: Map<string, Ssda903Child>;
}
