// Index events from the statutory returns: each merged pre-proceedings block is one event dated
// by its LBPSentDate, with FGDM offered and held (FGDMMeetingOffer / FGDMMeetingFac true; absent
// counts as false) and the care application date. These feed src/link and src/outcomes the way a
// bespoke list of letters would.
import type { DayNumber } from "../util/dates.js";
import type { MergedCensuses } from "./returns-data.js";

export interface ReturnIndexEvent {
  /** CIN LAchildID (joined to 903 CHILD). */
  childId: string;
  laCode: string | null;
  /** LBPSentDate. */
  indexDay: DayNumber;
  fgdmOffered: boolean;
  fgdmHeld: boolean;
  /** CourtAppDate; null when none is recorded (or it was disregarded). */
  courtAppDay: DayNumber | null;
  /** Census file and line of the block's version used. */
  file: string;
  line: number;
}

/**
 * One event per block, by child then date.
 * @example returnIndexEvents(merged)[0].indexDay
 */
export function returnIndexEvents(merged: MergedCensuses): ReturnIndexEvent[] {
  const out: ReturnIndexEvent[] = [];
  for (const [childId, blocks] of merged.blocks) {
    for (const b of blocks) {
      out.push({
        childId,
        laCode: merged.laCode,
        indexDay: b.LBPSentDate,
        fgdmOffered: b.FGDMMeetingOffer === true,
        fgdmHeld: b.FGDMMeetingFac === true,
        courtAppDay: b.CourtAppDate,
        file: b.file,
        line: b.line,
      });
    }
  }
  return out;
}
