// From linked records to the analysis-ready table and its row accounting: for each index event
// kept by the link step, derive the outcomes of the child's episodes and court records relative to
// the index date (child-outcomes.ts and the files it calls; README.md lists every rule) and the
// baseline columns.
//
// Choices: rows keep the input order of the index events (one per child: link-records.ts keeps
// each child's earliest linked index event); an index event dated after the extract
// is excluded (`index-after-extract`, no follow-up at all), while one whose follow-up ends before
// day W is kept with missing window outcomes and counted as censored; children already looked
// after on the index day are kept and flagged (the analysis plan decides); age is
// ⌊10·(index − birth)/365.25⌋/10 years, integer arithmetic on day numbers.
// Performance: one pass over the events with reused typed-array buffers per child; episodes and
// court records are read in place through the link step's groups.
import type { RecordSource } from "../link/link-inputs.js";
import type { LinkedRecords } from "../link/link-records.js";
import type { DayNumber } from "../util/dates.js";
import { UsageError } from "../util/errors.js";
import { type AnalysisTable, emptyAnalysisTable, setAnalysisLength } from "./analysis-table.js";
import { countsAsInCare, isKinshipPlacement } from "./care-episode.js";
import { episodeEnd, mergeCarePeriods } from "./care-periods.js";
import { outcomesFromPeriods } from "./child-outcomes.js";
import { PLACEMENT_GROUPS, placementGroup } from "../schema/codes/placement-groups.js";
import { createDayIntervals, pushDayInterval, sortDayIntervals } from "./day-intervals.js";
import { daysInCareByGroup } from "./days-in-care-by-group.js";
import { deriveYearColumns } from "./days-in-care-by-year.js";
import { trialYearColumnNames } from "../schema/tables/trial-year-columns.js";
import { emptyAnalysisRowAccounting, type AnalysisRowAccounting } from "./row-accounting.js";
import { assertWindow, DEFAULT_WINDOW } from "./window.js";

const IN_CARE = 1;
const KIN = 2;

export interface BuildAnalysisOptions {
  /** Extract date (end of follow-up), day number. */
  extractDay: DayNumber;
  /** Window W in days; default 365. */
  window?: number;
  /** Application types that count as care proceedings; default every court record. */
  proceedingTypes?: readonly string[];
}

export interface AnalysisResult {
  table: AnalysisTable;
  accounting: AnalysisRowAccounting;
  /** For each row, where its index event was read, null when unknown: messages about a row name it. */
  sources: (RecordSource | null)[];
}

/**
 * From linked records to the analysis-ready table, one row per cohort child: the outcomes in the
 * window after the index date (looked after on the last day, entry to care, days in care,
 * proceedings, kinship, time to care with censoring at the extract date) and the baseline
 * columns, with the row accounting (index events in = rows out + each exclusion with its rule).
 * Default window 365 days; every court record counts as care proceedings unless
 * `proceedingTypes` is given.
 * @example
 * ```ts
 * import { buildAnalysisTable, linkInputsFromTables, linkRecords } from "fgc-toolkit";
 * import { readTable } from "fgc-toolkit/node";
 * const read = async (name: string) => [(await readTable(`data-samples/link/${name}.csv`)).columns];
 * const inputs = linkInputsFromTables({
 *   children: await read("children"),
 *   "index-events": await read("index-events"),
 *   allocation: await read("allocation"),
 *   "fgc-records": await read("fgc-records"),
 *   episodes: await read("episodes"),
 *   court: await read("court"),
 * });
 * const result = buildAnalysisTable(linkRecords(inputs, { key: "not-a-real-key" }), { extractDay: 20178 }); // 2025-03-31
 * result.accounting.rowsOut; // => 11
 * result.table.length; // => 11
 * ```
 */
export function buildAnalysisTable(linked: LinkedRecords, options: BuildAnalysisOptions): AnalysisResult {
  const window = options.window ?? DEFAULT_WINDOW;
  assertWindow(window);
  const { extractDay } = options;
  if (!Number.isInteger(extractDay))
    throw new UsageError(`extractDay: expected a day number, got ${extractDay}`);
  const types = options.proceedingTypes ? new Set(options.proceedingTypes) : null;
  const { events, inputs, episodes, court } = linked;
  const table = emptyAnalysisTable(events.length);
  // Beyond 365 days, the by-year columns for discounting costs (days-in-care-by-year.ts).
  const yearColumns = trialYearColumnNames(window);
  if (yearColumns.length > 0)
    table.byYear = Object.fromEntries(yearColumns.map((name) => [name, new Array(events.length)]));
  let r = 0;
  const col = table.columns;
  const accounting = emptyAnalysisRowAccounting();
  accounting.indexEventsIn = events.length;
  accounting.childrenIn = linked.childIds.length;

  // One sequential pass turns episode and court records into typed columns; the loop below
  // then reads them through the link step's groups without touching the record objects.
  const episodeStart = new Int32Array(inputs.episodes.length);
  const episodeStop = new Int32Array(inputs.episodes.length);
  const episodeFlags = new Uint8Array(inputs.episodes.length);
  const episodeGroup = new Uint8Array(inputs.episodes.length);
  for (let k = 0; k < inputs.episodes.length; k++) {
    const ep = inputs.episodes[k];
    if (!Number.isInteger(ep.DECOM) || (ep.DEC !== null && !Number.isInteger(ep.DEC))) {
      throw new UsageError(
        `episodes[${k}]: DECOM and DEC must be day numbers (DEC may be null), got ${ep.DECOM}, ${ep.DEC}`,
      );
    }
    episodeStart[k] = ep.DECOM;
    episodeStop[k] = episodeEnd(ep.DEC);
    episodeFlags[k] = (countsAsInCare(ep) ? IN_CARE : 0) | (isKinshipPlacement(ep) ? KIN : 0);
    episodeGroup[k] = PLACEMENT_GROUPS.indexOf(placementGroup(ep.PLACE));
  }
  const courtDay = new Int32Array(inputs.court.length);
  const courtCounts = new Uint8Array(inputs.court.length);
  for (let k = 0; k < inputs.court.length; k++) {
    const r = inputs.court[k];
    if (!Number.isInteger(r.issueDay))
      throw new UsageError(`court[${k}]: issueDay must be a day number, got ${r.issueDay}`);
    courtDay[k] = r.issueDay;
    courtCounts[k] = types === null || types.has(r.applicationType ?? "") ? 1 : 0;
  }

  const care = createDayIntervals();
  const kin = createDayIntervals();
  const periods = createDayIntervals();
  // The child's in-care episodes with their placement groups, for days in care by group.
  let grouped: number[] = [];
  const groupDays = new Float64Array(PLACEMENT_GROUPS.length);
  let issueDays = new Int32Array(16);
  const childOut = new Uint8Array(linked.childIds.length);
  const sources: (RecordSource | null)[] = [];

  for (let i = 0; i < events.length; i++) {
    const linkExclusion = events.exclusion[i];
    if (linkExclusion !== null) {
      accounting.excluded[linkExclusion]++;
      continue;
    }
    accounting.linked++;
    const indexDay = events.indexDay[i];
    if (indexDay > extractDay) {
      accounting.excluded["index-after-extract"]++;
      continue;
    }
    const c = events.child[i];
    const f = events.family[i];

    // The child's in-care and kinship episode intervals, sorted; then periods of care.
    care.length = 0;
    kin.length = 0;
    grouped = [];
    for (let k = episodes.offsets[c]; k < episodes.offsets[c + 1]; k++) {
      const row = episodes.order[k];
      const flags = episodeFlags[row];
      if (!(flags & IN_CARE)) continue;
      grouped.push(row);
      pushDayInterval(care, episodeStart[row], episodeStop[row]);
      if (flags & KIN) pushDayInterval(kin, episodeStart[row], episodeStop[row]);
    }
    sortDayIntervals(care);
    mergeCarePeriods(care, periods);

    let issued = 0;
    const courtCount = court.offsets[c + 1] - court.offsets[c];
    if (courtCount > issueDays.length) issueDays = new Int32Array(2 * courtCount);
    for (let k = court.offsets[c]; k < court.offsets[c + 1]; k++) {
      const row = court.order[k];
      if (courtCounts[row]) issueDays[issued++] = courtDay[row];
    }

    const o = outcomesFromPeriods(
      periods,
      kin,
      { issueDays, from: 0, to: issued },
      indexDay,
      extractDay,
      window,
    );

    // Days in care by placement group: episodes by start (then end), each day counted once.
    groupDays.fill(0);
    if (o.daysInCare !== null) {
      grouped.sort(
        (a, b) =>
          episodeStart[a] - episodeStart[b] ||
          episodeStop[a] - episodeStop[b] ||
          episodeGroup[a] - episodeGroup[b],
      );
      const sorted = {
        start: grouped.map((k) => episodeStart[k]),
        end: grouped.map((k) => episodeStop[k]),
        groups: grouped.map((k) => episodeGroup[k]),
        count: grouped.length,
      };
      daysInCareByGroup(sorted.start, sorted.end, sorted.groups, sorted.count, indexDay, window, groupDays);
      if (table.byYear)
        deriveYearColumns(table.byYear, r, periods, sorted, issueDays, issued, indexDay, window, false);
    } else if (table.byYear) {
      deriveYearColumns(
        table.byYear,
        r,
        periods,
        { start: [], end: [], groups: [], count: 0 },
        issueDays,
        0,
        indexDay,
        window,
        true,
      );
    }

    // Baseline.
    const childRow = events.childRecord[i];
    const child = childRow >= 0 ? inputs.children[childRow] : null;
    const birthDay = child?.birthDay ?? null;
    const age = birthDay === null ? null : Math.floor((10 * (indexDay - birthDay)) / 365.25) / 10;

    col.child_id[r] = linked.childIds[c];
    col.family_id[r] = linked.familyIds[f];
    col.la_code[r] = events.laCode[i];
    col.arm[r] = events.arm[i] === 1 ? "fgc" : "control";
    col.index_date[r] = indexDay;
    col.age_years[r] = age;
    // Not recorded is the schema's unknown code, never a blank (schema/tables/trial-analysis.ts).
    col.sex[r] = child?.sex ?? "U";
    col.ethnicity[r] = child?.ethnicity ?? "UNKNOWN";
    col.disability[r] = child === null || child.disability === null ? null : child.disability ? 1 : 0;
    col.fgc_held[r] = fgcHeld(linked, c, f, indexDay, window);
    col.looked_after_12m[r] = o.lookedAfter;
    col.entered_care_12m[r] = o.enteredCare;
    col.proceedings_12m[r] = o.proceedings;
    col.days_in_care_12m[r] = o.daysInCare;
    col.time_to_care_days[r] = o.timeToCareDays;
    col.care_event[r] = o.careEvent;
    col.index_event_number[r] = events.eventNumber[i];
    col.follow_up_days[r] = o.followUpDays;
    col.censored[r] = o.censored ? 1 : 0;
    col.already_looked_after[r] = o.alreadyLookedAfter;
    col.proceedings_before_index[r] = o.proceedingsBeforeIndex;
    col.placed_with_kin_12m[r] = o.placedWithKin;
    for (const [g, group] of PLACEMENT_GROUPS.entries())
      col[`days_in_care_${group}_12m`][r] = o.daysInCare === null ? null : groupDays[g];
    col.la_disagreement[r] = linked.laDisagreement[c] ? 1 : 0;
    col.family_disagreement[r] = linked.familyDisagreement[c] ? 1 : 0;
    sources.push(inputs.indexEvents[i].source ?? null);
    r++;

    if (o.censored) accounting.censored++;
    if (o.alreadyLookedAfter) accounting.alreadyLookedAfter++;
    if (age === null) accounting.ageMissing++;
    if (child === null) accounting.childRecordMissing++;
    if (!childOut[c]) {
      childOut[c] = 1;
      accounting.childrenOut++;
    }
  }
  setAnalysisLength(table, r);
  accounting.rowsOut = r;
  return { table, accounting, sources };
}

/** Held conference for the child, or for its family at family level, dated in [index, index + W] or undated. */
function fgcHeld(linked: LinkedRecords, c: number, f: number, indexDay: number, window: number): 0 | 1 {
  const { fgcByChild, fgcByFamily, inputs } = linked;
  for (let k = fgcByChild.offsets[c]; k < fgcByChild.offsets[c + 1]; k++) {
    if (heldInWindow(inputs.fgc[fgcByChild.order[k]], indexDay, window)) return 1;
  }
  if (f < 0) return 0;
  for (let k = fgcByFamily.offsets[f]; k < fgcByFamily.offsets[f + 1]; k++) {
    if (heldInWindow(inputs.fgc[fgcByFamily.order[k]], indexDay, window)) return 1;
  }
  return 0;
}

function heldInWindow(
  r: { held: boolean; conferenceDay: number | null },
  indexDay: number,
  window: number,
): boolean {
  if (!r.held) return false;
  return r.conferenceDay === null || (r.conferenceDay >= indexDay && r.conferenceDay <= indexDay + window);
}
