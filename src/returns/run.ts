// The FGC return from the statutory returns, in order:
//  1. stop on files that cannot be trusted or were not used (io/unused-file-rules.ts: malformed
//     XML, an unrecognised file, an invalid LEA …), census files of two LAs, no census;
//  2. merge the census years (merge-censuses.ts) and check every block (block-issues.ts);
//  3. merge the SSDA903 years (merge-episodes.ts), check PLACE by year and overlaps;
//  4. index events from the blocks (return-index-events.ts) and, given a key, link them to the
//     903 with src/link (returns-link-inputs.ts) for the match report;
//  5. a period before the earliest census's year is warned of (period-census-coverage.ts); the
//     population and each child's measures (return-children.ts); none → `return-no-letters`;
//  6. counts by breakdown and category (aggregate-return.ts), and the family measures when a
//     child-to-family lookup is given (family-counts.ts);
//  7. disclosure control (return-disclosure.ts) and the rows of the la-return layout;
//  8. the warnings about the period's own letters, children and episodes (issue-subjects.ts).
// Definitions: definitions.ts. Browser-safe: files are read by io/node/read-returns-folder.ts.
import type { CinCensus } from "../io/cin-census/cin-census.js";
import type { Ssda903File } from "../io/ssda903/ssda903.js";
import { unusedFileRules } from "../io/unused-file-rules.js";
import { linkRecords } from "../link/link-records.js";
import { DataError, type Issue } from "../schema/issue.js";
import { rules } from "../schema/rules.js";
import { formatDay } from "../util/dates.js";
import { aggregateReturn, type ReturnCount } from "./aggregate-return.js";
import { blockIssues } from "./block-issues.js";
import { FAMILY_MEASURES, familyCounts } from "./family-counts.js";
import { type IssueSubjects, scopeIssues } from "./issue-subjects.js";
import { episodeOverlapIssues } from "./episode-overlap-issues.js";
import { mergeCensuses } from "./merge-censuses.js";
import { mergeEpisodes } from "./merge-episodes.js";
import { periodCensusCoverage } from "./period-census-coverage.js";
import { placeCodeYearIssues } from "./place-code-year-issues.js";
import { RETURN_WINDOW, returnChildren } from "./return-children.js";
import { returnCellValues } from "./return-cell-values.js";
import { outcomeAvailability } from "./outcome-availability.js";
import { suppressReturn } from "./return-disclosure.js";
import { returnIndexEvents } from "./return-index-events.js";
import { parseReturnPeriod } from "./return-period.js";
import { returnsLinkInputs } from "./returns-link-inputs.js";
import type { ReturnResult, ReturnResultRow } from "./result.js";
import { returnPlan, type returnPlanSchema } from "./plan.js";
import type { z } from "zod";
import { appendAll } from "../util/append-all.js";
import { plural } from "../util/plural.js";

/** What the readers produced (io/node/read-returns-folder.ts gives exactly this). */
export interface ReturnsInput {
  censuses: readonly CinCensus[];
  ssda903: readonly Ssda903File[];
  /** Problems found while reading. */
  issues: readonly Issue[];
  /** What the reader left aside on purpose (hidden or excluded files), in words; carried to the result's notes. */
  notes?: readonly string[];
}

/** The plan (plan.ts: period, threshold, follow-up end) and the inputs that stay out of it. */
export interface ReturnOptions extends z.input<typeof returnPlanSchema> {
  /** Child-to-family lookup (LAchildID → family id); fills the family measures when given. */
  families?: ReadonlyMap<string, string>;
  /** Pseudonymisation key for the link's match report; no link is run without one. */
  linkKey?: string | Uint8Array;
}

/**
 * The FGC return of one local authority from its statutory returns (CIN census and SSDA903): the
 * children and families entering pre-proceedings in the period, offered and holding an FGC, and
 * their outcomes, counted by breakdown and category in the la-return layout, after disclosure
 * control.
 *
 * Method: the steps listed at the top of returns/run.ts; definitions in returns/definitions.ts;
 * suppression as the DfE publishes (suppressCounts). Defaults: threshold 5; family measures only
 * with a child-to-family lookup; the link's match report only with a key. Files that cannot be
 * trusted throw a DataError.
 * @example
 * ```ts
 * import { readReturnsFolder } from "fgc-toolkit/node";
 * import { runReturn } from "fgc-toolkit";
 * const result = runReturn(await readReturnsFolder("data-samples/returns"), { period: "2023-24" });
 * [result.laCode, result.rows.length]; // => ["999", 140]
 * result.rows[0]; // => { "la_code": "999", "period": "2023-24", "breakdown": "all", "category": "all", "measure": "children_entering_pre_proceedings", "value": 117 }
 * ```
 */
export function runReturn(input: ReturnsInput, options: ReturnOptions): ReturnResult {
  const plan = returnPlan({
    period: options.period,
    threshold: options.threshold,
    followUpEnd: options.followUpEnd,
  });
  const period = parseReturnPeriod(plan.period);
  const threshold = plan.threshold;
  const issues: Issue[] = appendAll([], input.issues);
  // 1
  const fatal = issues.filter((i) => i.severity === "error" && unusedFileRules.has(i.rule));
  if (fatal.length > 0) {
    const files = new Set(fatal.map((i) => i.file)).size;
    const first = fatal[0];
    throw new DataError(
      issues,
      `${plural(files, "file")} cannot be used, so no return is written; first: ${first.file}${first.row === undefined ? "" : ` line ${first.row}`} [${first.rule}]. Fix them, or leave them out with the exclude option`,
    );
  }
  if (input.censuses.length === 0)
    throw new DataError(
      issues,
      "no CIN census in the folder: the return is counted from its pre-proceedings blocks",
    );
  // 2
  // What each record-level warning is about, so that only those about the period are reported.
  const subjects: IssueSubjects = new Map();
  const census = mergeCensuses(input.censuses, issues, subjects);
  // A census without a ReferenceDate cannot be placed in a year: counting without it would be a
  // return from part of the folder.
  const undated = input.censuses.filter((c) => c.header.referenceDay === null);
  if (undated.length > 0)
    throw new DataError(
      issues,
      `${plural(undated.length, "census file")} ${undated.length === 1 ? "has" : "have"} no readable ReferenceDate, so no return is written; first: ${undated[0].file}`,
    );
  const mixed = issues.filter((i) => i.rule === "return-la-mixed");
  if (mixed.length > 0)
    throw new DataError(
      issues,
      `census files of more than one LA (${[...new Set(mixed.map((i) => i.value))].join(", ")}) in one folder`,
    );
  if (census.referenceDays.length === 0) throw new DataError(issues, "no census with a ReferenceDate");
  appendAll(issues, blockIssues(census, subjects));
  // 3
  const ssda903 = mergeEpisodes(input.ssda903, issues, subjects);
  appendAll(issues, placeCodeYearIssues(input.ssda903, subjects));
  appendAll(issues, episodeOverlapIssues(ssda903.episodes));
  // 4
  const events = returnIndexEvents(census);
  const linkReport =
    options.linkKey === undefined
      ? undefined
      : linkRecords(returnsLinkInputs(census, ssda903, events), { key: options.linkKey }).report;
  // 5
  const coverage = periodCensusCoverage(
    period,
    input.censuses.map((c) => ({ file: c.file, referenceDay: c.header.referenceDay as number })),
  );
  // First, so the terminal shows it however many other warnings follow.
  if (coverage) issues.unshift(coverage);
  const followUpEnd = plan.followUpEnd ?? census.referenceDays[census.referenceDays.length - 1];
  const children = returnChildren(census, ssda903, period, followUpEnd);
  if (children.length === 0) {
    // A loop, not Math.min(...days): half a million letters would overflow the call stack.
    let first = Number.POSITIVE_INFINITY;
    let last = Number.NEGATIVE_INFINITY;
    for (const e of events) {
      if (e.indexDay < first) first = e.indexDay;
      if (e.indexDay > last) last = e.indexDay;
    }
    const range =
      events.length === 0
        ? "the censuses hold no letter at all"
        : `letters run from ${formatDay(first)} to ${formatDay(last)}`;
    issues.push({
      rule: "return-no-letters",
      severity: rules["return-no-letters"].severity,
      file: input.censuses.map((c) => c.file).join(", "),
      column: "LBPSentDate",
      message: `no letter before proceedings in ${period.label} (${formatDay(period.firstDay)} to ${formatDay(period.lastDay)}); ${range}`,
    });
    throw new DataError(issues, `no letter before proceedings (LBPSentDate) in ${period.label}; ${range}`);
  }
  // 6
  const counts = aggregateReturn(children);
  let accepted = false;
  if (options.families) {
    const families = familyCounts(children, options.families, issues);
    const familyRows: ReturnCount[] = [];
    for (const measure of FAMILY_MEASURES) {
      const count = families[measure];
      if (count === null) accepted = true;
      else familyRows.push({ breakdown: "all", category: "all", measure, count });
    }
    counts.unshift(...familyRows);
  }
  // 7
  const laCode = census.laCode ?? "";
  const disclosure = suppressReturn(counts, threshold);
  const cells = returnCellValues(counts, disclosure.hidden);
  const rows: ReturnResultRow[] = counts.map((c, i) => ({
    la_code: laCode,
    period: period.label,
    breakdown: c.breakdown,
    category: c.category,
    measure: c.measure,
    value: cells.values[i],
  }));
  if (accepted) {
    const at = rows.findIndex((r) => r.measure === "families_offered_fgc") + 1;
    rows.splice(at, 0, {
      la_code: laCode,
      period: period.label,
      breakdown: "all",
      category: "all",
      measure: "families_accepted_fgc",
      value: ":",
    });
  }
  const notes = [...disclosure.notes];
  if (cells.hiddenWithFollowed > 0)
    notes.push(
      `${plural(cells.hiddenWithFollowed, "outcome cell")} written c rather than ":", since ":" would show that the hidden children_followed_12m of its category is 0`,
    );
  const outcomes = outcomeAvailability(children, period.label, RETURN_WINDOW, followUpEnd);
  // 8
  const scoped = scopeIssues(issues, subjects, children, RETURN_WINDOW);
  if (scoped.outside > 0)
    notes.push(
      `${plural(scoped.outside, "warning")} not shown: about letters, children or episodes that enter none of the ${period.label} return's counts`,
    );
  if (census.laCode === null) notes.push("no census carries an LEA code: la_code is blank");
  appendAll(notes, input.notes ?? []);
  if (plan.followUpEnd !== null) notes.push(`follow-up ends ${formatDay(followUpEnd)} (options.followUpEnd)`);
  const latest = census.referenceDays[census.referenceDays.length - 1];
  if (followUpEnd > latest) {
    notes.push(
      `follow-up end ${formatDay(followUpEnd)} is after the latest census ReferenceDate ${formatDay(latest)}: court applications after it are not in the data`,
    );
  }
  return {
    laCode,
    period: period.label,
    followUpEnd: formatDay(followUpEnd),
    threshold,
    rows,
    summary: {
      censuses: input.censuses.map((c) => ({
        file: c.file,
        referenceDate: c.header.referenceDay === null ? null : formatDay(c.header.referenceDay),
        children: c.children.length,
      })),
      ssda903Files: input.ssda903.map((f) => ({
        file: f.file,
        episodes: f.episodes.length,
        children: new Set([...f.children.map((c) => c.CHILD), ...f.episodes.map((e) => e.CHILD)]).size,
      })),
      children: census.children.size,
      letters: events.length,
      lettersInPeriod: events.filter((e) => e.indexDay >= period.firstDay && e.indexDay <= period.lastDay)
        .length,
      population: children.length,
      followed: children.filter((c) => c.followed).length,
      suppressedPrimary: disclosure.primary,
      suppressedSecondary: disclosure.secondary,
      warningsOutsidePeriod: scoped.outside,
    },
    outcomes,
    match: matchCounts(
      census.children,
      ssda903,
      children.map((c) => c.childId),
    ),
    linkReport,
    issues: scoped.issues,
    notes,
  };
}

function matchCounts(
  cin: ReadonlyMap<string, unknown>,
  ssda903: ReturnType<typeof mergeEpisodes>,
  population: readonly string[],
): ReturnResult["match"] {
  const side903 = new Set([...ssda903.episodes.keys(), ...ssda903.children.keys()]);
  let both = 0;
  for (const id of cin.keys()) if (side903.has(id)) both++;
  return {
    cinChildren: cin.size,
    ssda903Children: side903.size,
    both,
    cinOnly: cin.size - both,
    ssda903Only: side903.size - both,
    populationWithEpisodes: population.filter((id) => ssda903.episodes.has(id)).length,
  };
}
