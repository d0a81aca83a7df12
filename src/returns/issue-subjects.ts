// Which child, letter or episode a warning is about, so that the return reports the warnings
// about its own period only: a letter outside the period, or a child outside the population,
// changes no count of the return. The checks record a subject beside each warning they raise
// about one record; warnings without a subject (about a file, or a block without a letter date,
// which might be in the period) are always kept, and so are errors, which stop the return
// whatever record they are about.
import type { Issue } from "../schema/issue.js";
import type { DayNumber } from "../util/dates.js";

export interface IssueSubject {
  childId: string;
  /** The letter (LBPSentDate) of the block the warning is about: relevant when it is the child's index letter. */
  letterDay?: DayNumber;
  /** The days an episode covers (DEC blank: open): relevant when they meet the child's window. */
  span?: { from: DayNumber; to: DayNumber | null };
}

/** Warnings and their subjects, filled by the checks that take it. */
export type IssueSubjects = Map<Issue, IssueSubject>;

/** A child of the population: their index letter and its window. */
export interface PopulationChild {
  childId: string;
  indexDay: DayNumber;
}

export interface ScopedIssues {
  /** The issues about the period, in their order. */
  issues: Issue[];
  /** Warnings left out: about records outside the period's population or window. */
  outside: number;
}

/**
 * @example scopeIssues(issues, subjects, [{ childId: "C1", indexDay: 19500 }], 365).outside
 */
export function scopeIssues(
  issues: readonly Issue[],
  subjects: IssueSubjects,
  population: readonly PopulationChild[],
  windowDays: number,
): ScopedIssues {
  const index = new Map(population.map((c) => [c.childId, c.indexDay]));
  const kept: Issue[] = [];
  let outside = 0;
  for (const issue of issues) {
    const subject = subjects.get(issue);
    if (issue.severity === "error" || subject === undefined || relevant(subject, index, windowDays))
      kept.push(issue);
    else outside++;
  }
  return { issues: kept, outside };
}

function relevant(s: IssueSubject, index: ReadonlyMap<string, DayNumber>, windowDays: number): boolean {
  const day = index.get(s.childId);
  if (day === undefined) return false;
  if (s.letterDay !== undefined) return s.letterDay === day;
  if (s.span !== undefined)
    return s.span.from <= day + windowDays && (s.span.to === null || s.span.to >= day);
  return true;
}
