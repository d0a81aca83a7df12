// Outcomes of one child and index event from plain records: the API form of the rules in this
// folder (README.md lists them). Records of other children are ignored, so a caller may pass a
// whole table; episode order does not matter.
import type { DayNumber } from "../util/dates.js";
import { UsageError } from "../util/errors.js";
import { type CareEpisode, countsAsInCare, isKinshipPlacement } from "./care-episode.js";
import { episodeEnd, mergeCarePeriods } from "./care-periods.js";
import { type ChildOutcomes, outcomesFromPeriods } from "./child-outcomes.js";
import type { CourtRecord } from "./court-record.js";
import { createDayIntervals, pushDayInterval, sortDayIntervals } from "./day-intervals.js";
import type { ChildIndexDay } from "./index-event.js";
import { assertWindow, DEFAULT_WINDOW } from "./window.js";

export interface DeriveOutcomesOptions {
  /** Window W in days; default 365. */
  window?: number;
  /** Application types that count as care proceedings; default every court record counts. */
  proceedingTypes?: readonly string[];
}

/**
 * @example deriveOutcomes({ childId: "C1", indexDay: 18000 }, [{ childId: "C1", DECOM: 18235, DEC: null, RNE: "S", LS: "C1", PLACE: "U1", REC: null }], [], 18600).daysInCare // 131
 */
export function deriveOutcomes(
  event: ChildIndexDay,
  episodes: readonly CareEpisode[],
  court: readonly CourtRecord[],
  extractDay: DayNumber,
  options: DeriveOutcomesOptions = {},
): ChildOutcomes {
  const window = options.window ?? DEFAULT_WINDOW;
  assertWindow(window);
  if (!Number.isInteger(event.indexDay))
    throw new UsageError(`indexDay: expected a day number, got ${event.indexDay}`);
  const care = createDayIntervals();
  const kin = createDayIntervals();
  for (const ep of episodes) {
    if (ep.childId !== event.childId || !countsAsInCare(ep)) continue;
    if (!Number.isInteger(ep.DECOM) || (ep.DEC !== null && !Number.isInteger(ep.DEC))) {
      throw new UsageError(`episode of ${ep.childId}: DECOM and DEC must be day numbers (DEC may be null)`);
    }
    const end = episodeEnd(ep.DEC);
    pushDayInterval(care, ep.DECOM, end);
    if (isKinshipPlacement(ep)) pushDayInterval(kin, ep.DECOM, end);
  }
  sortDayIntervals(care);
  const periods = mergeCarePeriods(care, createDayIntervals());
  const types = options.proceedingTypes ? new Set(options.proceedingTypes) : null;
  const issueDays = court
    .filter((c) => c.childId === event.childId && (types === null || types.has(c.applicationType ?? "")))
    .map((c) => c.issueDay);
  return outcomesFromPeriods(
    periods,
    kin,
    { issueDays, from: 0, to: issueDays.length },
    event.indexDay,
    extractDay,
    window,
  );
}
