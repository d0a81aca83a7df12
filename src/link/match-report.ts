/**
 * The match report of a link: for each source, how many records joined the cohort (the children
 * of the index events), how many did not, duplicates, and cohort members with no record there;
 * plus children whose family or LA disagree between sources. Identifiers are pseudonyms; example
 * lists are capped (`maxExamples`) so a national run does not print a million ids.
 */

export type LinkSource = "children" | "allocation" | "fgc" | "episodes" | "court";

export interface SourceMatch {
  source: LinkSource;
  /** Records read from the source. */
  records: number;
  /** Records joined to a cohort child (or, for allocation and family-level FGC records, family). */
  matched: number;
  /** Records whose child or family is not in the cohort. */
  unmatched: number;
  /** Pseudonyms of unmatched children (families for allocation), up to maxExamples. */
  unmatchedExamples: string[];
  /** Records repeating another of the same source (same child/family and dates); kept once. */
  duplicates: number;
  /** Cohort children (families for allocation) with no record in this source. */
  cohortWithout: number;
  cohortWithoutExamples: string[];
}

export interface Disagreement {
  /** Pseudonymised child id. */
  childId: string;
  field: "familyId" | "laCode";
  /** Each distinct value with the sources that gave it (family values are pseudonyms). */
  values: { value: string; sources: string[] }[];
  /** Where the child's first index event was read (`index-events.csv row 11`), so a message names a row, not only a pseudonym. */
  indexEvent?: string;
}

/** What linking found: records read per source, the cohort's children and families, duplicate and later index events, unmatched records and disagreements between sources, with examples. */
export interface MatchReport {
  /** Index event records read. */
  indexEvents: number;
  /** Distinct children among them (the cohort). */
  children: number;
  /** Distinct families among them. */
  families: number;
  /** Index events repeating another for the same child and day. */
  duplicateIndexEvents: number;
  /**
   * Later index events of children already in the table (one row per child: the earliest linked
   * index event defines it), excluded as `index-event-later`.
   */
  laterIndexEvents: number;
  /** Where each of them was read (`index-events.csv row 9`; the child's pseudonym when unknown), up to maxExamples. */
  laterIndexEventExamples: string[];
  /** Index events with no index date. */
  missingIndexDay: number;
  /** Index events with no family id. */
  missingFamilyId: number;
  sources: SourceMatch[];
  /** Children whose LA or family differs between sources (all of them counted; listed up to maxExamples). */
  disagreementCounts: { laCode: number; familyId: number };
  disagreements: Disagreement[];
}

/**
 * An empty per-source tally.
 * @example emptySourceMatch("episodes").records // 0
 */
export function emptySourceMatch(source: LinkSource): SourceMatch {
  return {
    source,
    records: 0,
    matched: 0,
    unmatched: 0,
    unmatchedExamples: [],
    duplicates: 0,
    cohortWithout: 0,
    cohortWithoutExamples: [],
  };
}

/**
 * Count cohort members absent from a source (`present[c]` is −1 / 0 when absent) and list examples.
 * @example tallyCohortWithout(tally, presence, pseudonyms, 20)
 */
export function tallyCohortWithout(
  match: SourceMatch,
  present: Int32Array | Uint8Array,
  pseudonyms: readonly string[],
  maxExamples: number,
): void {
  const missing = present instanceof Int32Array ? -1 : 0;
  for (let c = 0; c < present.length; c++) {
    if (present[c] !== missing) continue;
    match.cohortWithout++;
    if (match.cohortWithoutExamples.length < maxExamples) match.cohortWithoutExamples.push(pseudonyms[c]);
  }
}
