// Join the sources of a linked analysis by child (and by family where a record is family-level),
// after pseudonymising every identifier, and report how well they matched.
//
// Steps: (1) the cohort: the children and families of the index events, each given a dense index
// and a keyed pseudonym (HMAC-SHA-256, pseudonymise.ts); (2) index events: duplicates (same child,
// same day) and missing dates marked, events numbered per child by date, and after allocation each
// child's earliest linked event kept, later ones marked `index-event-later` (one row per child); (3) children, allocation
// (by family), FGC records (child or family level), episodes and court records matched to the
// cohort by integer index and grouped with one counting sort each (group-by-key.ts); (4) LA and
// family values compared across sources per child (disagreement-tracker.ts); (5) the match report.
//
// Choices: the cohort is defined by the index events (records of other children are unmatched, not
// errors); a row's LA is the index event's LA, other sources' LAs only raise a disagreement (a
// child who moves LA keeps one row); a family allocated to both arms is excluded
// (`allocation-conflict`), a repeated allocation to the same arm is a duplicate; the first
// children record of a child is used and repeats counted as duplicates; an FGC record naming a
// child outside the cohort is unmatched even when its family is in the cohort.
import { countDuplicates } from "./count-duplicates.js";
import { createDisagreementTracker } from "./disagreement-tracker.js";
import { groupByKey, groupPresence, type KeyGroups } from "./group-by-key.js";
import { createIdIndex } from "./id-index.js";
import type { ChildRecord, LinkInputs } from "./link-inputs.js";
import { keepFirstIndexEvent, type LinkedEvents, numberIndexEvents } from "./linked-events.js";
import { matchByChild } from "./match-by-child.js";
import {
  type Disagreement,
  emptySourceMatch,
  type MatchReport,
  type SourceMatch,
  tallyCohortWithout,
} from "./match-report.js";
import { createPseudonymiser } from "./pseudonymise.js";

/** Sources compared for disagreements, by bit number. */
const SOURCE_NAMES = ["indexEvents", "children", "allocation", "fgc", "episodes", "court"] as const;
const [INDEX_EVENTS, CHILDREN, ALLOCATION, FGC, EPISODES, COURT] = [0, 1, 2, 3, 4, 5];

/** Options of `linkRecords`: the key, the pseudonym length and the examples kept per report entry. */
export interface LinkOptions {
  /** Pseudonymisation key (bytes or text); the caller decides where it comes from. */
  key: string | Uint8Array;
  /** Pseudonym length in hex digits, 8–64; default 64. */
  pseudonymLength?: number;
  /** Ids listed per report entry; default 20. */
  maxExamples?: number;
}

/** The joined records: each cohort child's and family's pseudonym, their index events, episodes, court and FGC records by child, the disagreement flags and the match report. */
export interface LinkedRecords {
  /** Pseudonym of each cohort child. */
  childIds: string[];
  /** Pseudonym of each cohort family. */
  familyIds: string[];
  /** The cohort's index events, one per child. */
  events: LinkedEvents;
  /** The inputs, read through the groups below (not copied). */
  inputs: LinkInputs;
  /** Rows of inputs.episodes by child index. */
  episodes: KeyGroups;
  /** Rows of inputs.court by child index. */
  court: KeyGroups;
  /** Rows of inputs.fgc by child index (child-level records). */
  fgcByChild: KeyGroups;
  /** Rows of inputs.fgc by family index (family-level records, childId blank). */
  fgcByFamily: KeyGroups;
  /** 1 for children whose LA differs between sources. */
  laDisagreement: Uint8Array;
  /** 1 for children whose family differs between sources. */
  familyDisagreement: Uint8Array;
  report: MatchReport;
}

/**
 * Pseudonymises every identifier with the key (HMAC-SHA-256 by domain, `createPseudonymiser`) and
 * joins the extracts by child: one cohort row per child (the earliest index event), the child's
 * episodes, court applications and FGC records grouped by child and family, flags where sources
 * disagree on LA or family, and the match report. Default pseudonym length 64 hex digits, 20
 * examples per report entry.
 * @example
 * ```ts
 * import { linkInputsFromTables, linkRecords } from "fgc-toolkit";
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
 * const linked = linkRecords(inputs, { key: "not-a-real-key" });
 * [linked.report.children, linked.report.families]; // => [12, 11]
 * linked.childIds[0].length; // => 64
 * ```
 */
export function linkRecords(inputs: LinkInputs, options: LinkOptions): LinkedRecords {
  const maxExamples = options.maxExamples ?? 20;
  const length = options.pseudonymLength;
  const childPseudonym = createPseudonymiser(options.key, { domain: "child", length });
  const familyPseudonym = createPseudonymiser(options.key, { domain: "family", length });
  const children = createIdIndex(childPseudonym);
  const families = createIdIndex(familyPseudonym);

  // (1)–(2) the cohort and its index events.
  const n = inputs.indexEvents.length;
  const events: LinkedEvents = {
    length: n,
    child: new Int32Array(n),
    family: new Int32Array(n),
    indexDay: new Float64Array(n),
    laCode: new Array(n),
    arm: new Int8Array(n).fill(-1),
    eventNumber: new Int32Array(n),
    childRecord: new Int32Array(n),
    exclusion: new Array(n).fill(null),
  };
  let missingIndexDay = 0;
  let missingFamilyId = 0;
  for (let i = 0; i < n; i++) {
    const e = inputs.indexEvents[i];
    events.child[i] = children.add(e.childId);
    events.family[i] = isBlank(e.familyId) ? -1 : families.add(e.familyId!);
    if (events.family[i] < 0) missingFamilyId++;
    events.indexDay[i] = e.indexDay ?? Number.NaN;
    events.laCode[i] = e.laCode;
  }
  const childCount = children.pseudonyms.length;
  const familyCount = families.pseudonyms.length;
  const la = createDisagreementTracker(childCount, "laCode", SOURCE_NAMES);
  const fam = createDisagreementTracker(childCount, "familyId", SOURCE_NAMES);
  for (let i = 0; i < n; i++) {
    la.note(events.child[i], INDEX_EVENTS, events.laCode[i]);
    if (events.family[i] >= 0) fam.note(events.child[i], INDEX_EVENTS, families.pseudonyms[events.family[i]]);
  }
  const eventGroups = groupByKey(events.child, childCount);
  const duplicateIndexEvents = numberIndexEvents(events, eventGroups);
  for (let i = 0; i < n; i++) if (events.exclusion[i] === "index-date-missing") missingIndexDay++;

  // Pseudonyms of examples are computed only while the list has room.
  const examples = (list: string[], pseudonymise: (id: string) => string, rawId: string) => {
    if (list.length >= maxExamples) return;
    const id = pseudonymise(rawId);
    if (!list.includes(id)) list.push(id);
  };

  // (3) children.
  const childMatch = emptySourceMatch("children");
  const childRow = new Int32Array(childCount).fill(-1);
  childMatch.records = inputs.children.length;
  inputs.children.forEach((r: ChildRecord, row) => {
    const c = children.find(r.childId);
    if (c < 0) {
      childMatch.unmatched++;
      examples(childMatch.unmatchedExamples, childPseudonym, r.childId);
      return;
    }
    childMatch.matched++;
    la.note(c, CHILDREN, r.laCode);
    if (childRow[c] >= 0) childMatch.duplicates++;
    else childRow[c] = row;
  });
  for (let i = 0; i < n; i++) events.childRecord[i] = childRow[events.child[i]];
  tallyCohortWithout(childMatch, childRow, children.pseudonyms, maxExamples);

  // Allocation by family.
  const allocMatch = emptySourceMatch("allocation");
  allocMatch.records = inputs.allocation.length;
  const familyArm = new Int8Array(familyCount).fill(-1);
  const familyLa: (string | null)[] = new Array(familyCount).fill(null);
  for (const r of inputs.allocation) {
    const f = families.find(r.familyId);
    if (f < 0) {
      allocMatch.unmatched++;
      examples(allocMatch.unmatchedExamples, familyPseudonym, r.familyId);
      continue;
    }
    allocMatch.matched++;
    const arm = r.arm === "fgc" ? 1 : 0;
    if (familyArm[f] === -1) {
      familyArm[f] = arm;
      familyLa[f] = r.laCode;
    } else if (familyArm[f] === arm) {
      allocMatch.duplicates++;
    } else {
      allocMatch.duplicates++;
      familyArm[f] = -2;
    }
  }
  for (let f = 0; f < familyCount; f++) {
    if (familyArm[f] !== -1) continue;
    allocMatch.cohortWithout++;
    if (allocMatch.cohortWithoutExamples.length < maxExamples) {
      allocMatch.cohortWithoutExamples.push(families.pseudonyms[f]);
    }
  }
  for (let i = 0; i < n; i++) {
    const f = events.family[i];
    const arm = f >= 0 ? familyArm[f] : -1;
    if (f >= 0) la.note(events.child[i], ALLOCATION, familyLa[f]);
    events.arm[i] = arm >= 0 ? arm : -1;
    if (events.exclusion[i] === null && arm === -1) events.exclusion[i] = "allocation-missing";
    if (events.exclusion[i] === null && arm === -2) events.exclusion[i] = "allocation-conflict";
  }
  const laterEvents = keepFirstIndexEvent(events, eventGroups);
  const laterIndexEventExamples = laterEvents.slice(0, maxExamples).map((i) => {
    const source = inputs.indexEvents[i].source;
    return source ? `${source.file} row ${source.row}` : children.pseudonyms[events.child[i]];
  });

  // FGC records: child level, else family level.
  const fgcMatch = emptySourceMatch("fgc");
  fgcMatch.records = inputs.fgc.length;
  const fgcChild = new Int32Array(inputs.fgc.length).fill(-1);
  const fgcFamily = new Int32Array(inputs.fgc.length).fill(-1);
  const fgcSeen = new Uint8Array(childCount);
  inputs.fgc.forEach((r, row) => {
    if (!isBlank(r.childId)) {
      const c = children.find(r.childId!);
      if (c >= 0) {
        fgcChild[row] = c;
        fgcSeen[c] = 1;
        la.note(c, FGC, r.laCode);
        if (!isBlank(r.familyId)) {
          const f = families.find(r.familyId!);
          fam.note(c, FGC, f >= 0 ? families.pseudonyms[f] : familyPseudonym(r.familyId!));
        }
      } else {
        examples(fgcMatch.unmatchedExamples, childPseudonym, r.childId!);
      }
    } else if (!isBlank(r.familyId)) {
      const f = families.find(r.familyId!);
      if (f >= 0) fgcFamily[row] = f;
      else examples(fgcMatch.unmatchedExamples, familyPseudonym, r.familyId!);
    }
    if (fgcChild[row] >= 0 || fgcFamily[row] >= 0) fgcMatch.matched++;
    else fgcMatch.unmatched++;
  });
  const fgcByFamily = groupByKey(fgcFamily, familyCount);
  for (let i = 0; i < n; i++) {
    const f = events.family[i];
    if (f >= 0 && fgcByFamily.offsets[f + 1] > fgcByFamily.offsets[f]) fgcSeen[events.child[i]] = 1;
  }
  tallyCohortWithout(fgcMatch, fgcSeen, children.pseudonyms, maxExamples);

  // Episodes and court records by child.
  const episodeMatch = emptySourceMatch("episodes");
  const episodeKey = matchByChild(
    inputs.episodes,
    children,
    episodeMatch,
    childPseudonym,
    maxExamples,
    (c, r) => la.note(c, EPISODES, r.laCode),
  );
  const episodes = groupByKey(episodeKey, childCount);
  episodeMatch.duplicates = countDuplicates(episodes, (a, b) => {
    const x = inputs.episodes[a];
    const y = inputs.episodes[b];
    return x.DECOM === y.DECOM && x.DEC === y.DEC && x.LS === y.LS && x.PLACE === y.PLACE;
  });
  tallyCohortWithout(episodeMatch, groupPresence(episodes), children.pseudonyms, maxExamples);

  const courtMatch = emptySourceMatch("court");
  const courtKey = matchByChild(inputs.court, children, courtMatch, childPseudonym, maxExamples, (c, r) =>
    la.note(c, COURT, r.laCode),
  );
  const court = groupByKey(courtKey, childCount);
  courtMatch.duplicates = countDuplicates(court, (a, b) => {
    const x = inputs.court[a];
    const y = inputs.court[b];
    return x.issueDay === y.issueDay && x.applicationType === y.applicationType;
  });
  tallyCohortWithout(courtMatch, groupPresence(court), children.pseudonyms, maxExamples);

  const sources: SourceMatch[] = [childMatch, allocMatch, fgcMatch, episodeMatch, courtMatch];
  const report: MatchReport = {
    indexEvents: n,
    children: childCount,
    families: familyCount,
    duplicateIndexEvents,
    laterIndexEvents: laterEvents.length,
    laterIndexEventExamples,
    missingIndexDay,
    missingFamilyId,
    sources,
    disagreementCounts: { laCode: la.count(), familyId: fam.count() },
    disagreements: withIndexEventSources(
      [...la.list(children.pseudonyms, maxExamples), ...fam.list(children.pseudonyms, maxExamples)],
      inputs,
      events,
      children.pseudonyms,
    ),
  };
  return {
    childIds: children.pseudonyms,
    familyIds: families.pseudonyms,
    events,
    inputs,
    episodes,
    court,
    fgcByChild: groupByKey(fgcChild, childCount),
    fgcByFamily,
    laDisagreement: la.flagged,
    familyDisagreement: fam.flagged,
    report,
  };
}

/** Each disagreement with the file and row of its child's first index event in input order. */
function withIndexEventSources(
  list: Disagreement[],
  inputs: LinkInputs,
  events: LinkedEvents,
  pseudonyms: readonly string[],
): Disagreement[] {
  if (list.length === 0) return list;
  const wanted = new Set(list.map((d) => d.childId));
  const where = new Map<string, string>();
  for (let i = 0; i < events.length && where.size < wanted.size; i++) {
    const id = pseudonyms[events.child[i]];
    const source = inputs.indexEvents[i].source;
    if (wanted.has(id) && !where.has(id) && source) where.set(id, `${source.file} row ${source.row}`);
  }
  return list.map((d) => {
    const indexEvent = where.get(d.childId);
    return indexEvent === undefined ? d : { ...d, indexEvent };
  });
}

function isBlank(value: string | null | undefined): boolean {
  return value === null || value === undefined || value.trim() === "";
}
