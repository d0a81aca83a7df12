// The return's population and each child's measures, exactly as issue 8 defines them:
// - population: children with a block whose LBPSentDate falls in the period (1 April–31 March);
//   each child once, at the earliest such letter: the index date and the index block;
// - offered: the index block's FGDMMeetingOffer is true; held: its FGDMMeetingFac is true;
// - followed: index + 365 days is on or before the follow-up end;
// - for followed children only (null otherwise):
//   proceedings: any block of the child has a CourtAppDate in (index, index + 365];
//   entered care: an episode with RNE S and LS other than V3/V4 has DECOM in (index, index + 365];
//   looked after: on day index + 365 an episode with LS other than V3/V4 has DECOM ≤ that day
//   and DEC after it or blank.
import type { Ssda903Episode } from "../io/ssda903/ssda903.js";
import type { DayNumber } from "../util/dates.js";
import { type Breakdown, childCategories } from "./child-categories.js";
import type { ReturnPeriod } from "./return-period.js";
import type { MergedCensuses, MergedSsda903, ReturnBlock } from "./returns-data.js";

/** Days in the follow-up window (twelve months). */
export const RETURN_WINDOW = 365;

export interface ReturnChildRow {
  childId: string;
  indexDay: DayNumber;
  indexBlock: ReturnBlock;
  offered: boolean;
  held: boolean;
  followed: boolean;
  proceedings: boolean | null;
  enteredCare: boolean | null;
  lookedAfter: boolean | null;
  categories: Record<Breakdown, string>;
}

/**
 * @example returnChildren(census, ssda903, parseReturnPeriod("2023-24"), followUpEnd).length
 */
export function returnChildren(
  census: MergedCensuses,
  ssda903: MergedSsda903,
  period: ReturnPeriod,
  followUpEnd: DayNumber,
): ReturnChildRow[] {
  const rows: ReturnChildRow[] = [];
  const ids = [...census.blocks.keys()].sort();
  for (const childId of ids) {
    const blocks = census.blocks.get(childId)!;
    const index = blocks.find((b) => b.LBPSentDate >= period.firstDay && b.LBPSentDate <= period.lastDay);
    if (!index) continue;
    const indexDay = index.LBPSentDate;
    const last = indexDay + RETURN_WINDOW;
    const followed = last <= followUpEnd;
    const episodes = ssda903.episodes.get(childId) ?? [];
    rows.push({
      childId,
      indexDay,
      indexBlock: index,
      offered: index.FGDMMeetingOffer === true,
      held: index.FGDMMeetingFac === true,
      followed,
      proceedings: followed
        ? blocks.some((b) => b.CourtAppDate !== null && b.CourtAppDate > indexDay && b.CourtAppDate <= last)
        : null,
      enteredCare: followed
        ? episodes.some((e) => e.RNE === "S" && inCare(e) && e.DECOM > indexDay && e.DECOM <= last)
        : null,
      lookedAfter: followed
        ? episodes.some((e) => inCare(e) && e.DECOM <= last && (e.DEC === null || e.DEC > last))
        : null,
      categories: childCategories(census.children.get(childId), indexDay),
    });
  }
  return rows;
}

function inCare(e: Ssda903Episode): boolean {
  return e.LS !== "V3" && e.LS !== "V4";
}
