// Several census years into one record per child and per letter. Censuses are taken in order of
// ReferenceDate; a child's characteristics come from the latest census holding the child, and a
// pre-proceedings block, keyed by child + LBPSentDate, from the latest census holding it (a
// CourtAppDate often appears only in the following year's file). A later version that fills a
// blank is an update; one that changes or removes a value is reported
// (`return-version-conflict`, the latest used). Two censuses with the same ReferenceDate that
// disagree are reported as errors (the one later in path order is used). Blocks without an
// LBPSentDate cannot be keyed and are left out (`pp-letter-missing`); the same key twice in one
// census is `key-duplicate` (the first kept). Files of two LEAs are `return-la-mixed`. Given
// `subjects`, each conflict records the child (and, for a block, the letter) it is about.
import type { CinCensus, PreProceedingsBlock } from "../io/cin-census/cin-census.js";
import type { Issue } from "../schema/issue.js";
import type { Severity } from "../schema/severity.js";
import { rules } from "../schema/rules.js";
import { formatDay } from "../util/dates.js";
import { sexCategory } from "./child-categories.js";
import type { IssueSubject, IssueSubjects } from "./issue-subjects.js";
import type { MergedCensuses, ReturnBlock, ReturnChild } from "./returns-data.js";
import { shortenValue } from "../util/shorten-value.js";

const CHILD_FIELDS = ["PersonBirthDate", "ExpectedPersonBirthDate", "Ethnicity", "Disabilities"] as const;
const BLOCK_FIELDS = [
  "PPStartDate",
  "FGDMMeetingOffer",
  "FGDMMeetingFac",
  "InitialPPMeetingDate",
  "ReviewMeetingsCount",
  "StepDecisionDate",
  "PPOutcome",
  "CourtAppDate",
  "LetterInitCPDate",
] as const;
const DATE_FIELDS = new Set<string>([
  "PersonBirthDate",
  "ExpectedPersonBirthDate",
  "PPStartDate",
  "InitialPPMeetingDate",
  "StepDecisionDate",
  "CourtAppDate",
  "LetterInitCPDate",
]);

/**
 * @example mergeCensuses(folder.censuses, issues).children.size
 */
export function mergeCensuses(
  censuses: readonly CinCensus[],
  issues: Issue[],
  subjects?: IssueSubjects,
): MergedCensuses {
  const usable = censuses.filter((c) => {
    if (c.header.referenceDay !== null) return true;
    issues.push({
      rule: "value-missing",
      severity: "error",
      file: c.file,
      column: "ReferenceDate",
      message: "the census has no ReferenceDate, so its year is unknown; the file is left out",
    });
    return false;
  });
  const ordered = [...usable].sort(
    (a, b) => (a.header.referenceDay as number) - (b.header.referenceDay as number),
  );
  const leas = [
    ...new Set(ordered.map((c) => c.header.lea).filter((l): l is string => l !== null && l !== "")),
  ];
  if (leas.length > 1) {
    for (const c of ordered) {
      issues.push({
        rule: "return-la-mixed",
        severity: "error",
        file: c.file,
        column: "LEA",
        value: c.header.lea ?? "",
        message: `the folder holds census files of LEA ${leas.join(" and ")}; one LA's returns only`,
      });
    }
  }
  const merged: MergedCensuses = {
    laCode: leas[0] ?? null,
    referenceDays: [],
    children: new Map(),
    blocks: new Map(),
  };
  const blockIndex = new Map<string, ReturnBlock>();
  let previousDay: number | undefined;
  for (const census of ordered) {
    const referenceDay = census.header.referenceDay as number;
    const sameYear = previousDay === referenceDay;
    if (!sameYear) merged.referenceDays.push(referenceDay);
    previousDay = referenceDay;
    const severity: Severity = sameYear ? "error" : "warning";
    const seenHere = new Set<string>();
    for (const child of census.children) {
      const { cinDetails, ...characteristics } = child;
      const next: ReturnChild = { ...characteristics, file: census.file, referenceDay };
      const before = merged.children.get(child.childId);
      if (before && !seenHere.has(child.childId)) {
        for (const f of CHILD_FIELDS) {
          const a = before[f];
          const b = next[f];
          // An expected birth date giving way to the real one is an update, not a change.
          if (f === "ExpectedPersonBirthDate" && b === null && next.PersonBirthDate !== null) continue;
          if (a !== null && !same(a, b))
            conflict(
              subjects,
              { childId: child.childId },
              issues,
              severity,
              census.file,
              child.line,
              f,
              a,
              b,
              `child ${shortenValue(child.childId)}`,
              before.file,
            );
        }
        // Sex is compared as M/F/U: a census moving from GenderCurrent 1/2 to Sex M/F is no change.
        const sexBefore = sexCategory(before.Sex ?? before.GenderCurrent);
        const sexNow = sexCategory(next.Sex ?? next.GenderCurrent);
        if (sexBefore !== "U" && sexBefore !== sexNow) {
          const column = next.Sex !== null ? "Sex" : "GenderCurrent";
          conflict(
            subjects,
            { childId: child.childId },
            issues,
            severity,
            census.file,
            child.line,
            column,
            sexBefore,
            sexNow,
            `child ${shortenValue(child.childId)}`,
            before.file,
          );
        }
      }
      if (seenHere.has(child.childId)) {
        issues.push({
          rule: "key-duplicate",
          severity: "error",
          file: census.file,
          row: child.line,
          column: "LAchildID",
          value: shortenValue(child.childId),
          message: "the child appears twice in this census; the first is kept",
        });
        continue;
      }
      seenHere.add(child.childId);
      merged.children.set(child.childId, next);
      const keysHere = new Set<number>();
      for (const details of cinDetails) {
        for (const block of details.blocks)
          addBlock(block, child.childId, census.file, referenceDay, keysHere, severity);
      }
    }
  }

  function addBlock(
    block: PreProceedingsBlock,
    childId: string,
    file: string,
    referenceDay: number,
    keysHere: Set<number>,
    severity: Severity,
  ): void {
    if (block.LBPSentDate === null) {
      issues.push({
        rule: "pp-letter-missing",
        severity: rules["pp-letter-missing"].severity,
        file,
        row: block.line,
        column: "LBPSentDate",
        message: `a block of child ${shortenValue(childId)} has no LBPSentDate; left out`,
      });
      return;
    }
    if (keysHere.has(block.LBPSentDate)) {
      issues.push({
        rule: "key-duplicate",
        severity: "error",
        file,
        row: block.line,
        column: "LBPSentDate",
        value: formatDay(block.LBPSentDate),
        message: `child ${shortenValue(childId)} has two blocks with this LBPSentDate in one census; the first is kept`,
      });
      return;
    }
    keysHere.add(block.LBPSentDate);
    const key = `${childId}\u0000${block.LBPSentDate}`;
    const next: ReturnBlock = { ...block, childId, LBPSentDate: block.LBPSentDate, file, referenceDay };
    const before = blockIndex.get(key);
    if (before) {
      for (const f of BLOCK_FIELDS) {
        const a = before[f];
        if (a !== null && a !== next[f])
          conflict(
            subjects,
            // Any block's CourtAppDate counts for the child's proceedings; the rest only on the index block.
            f === "CourtAppDate" ? { childId } : { childId, letterDay: block.LBPSentDate },
            issues,
            severity,
            file,
            block.line,
            f,
            a,
            next[f],
            `the block of child ${shortenValue(childId)} sent ${formatDay(block.LBPSentDate)}`,
            before.file,
          );
      }
      const list = merged.blocks.get(childId)!;
      list[list.indexOf(before)] = next;
    } else {
      let list = merged.blocks.get(childId);
      if (!list) merged.blocks.set(childId, (list = []));
      list.push(next);
    }
    blockIndex.set(key, next);
  }

  for (const list of merged.blocks.values()) list.sort((a, b) => a.LBPSentDate - b.LBPSentDate);
  return merged;
}

function same(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => x === b[i]);
  return a === b;
}

function show(field: string, v: unknown): string {
  if (v === null || v === undefined) return "blank";
  if (typeof v === "number" && DATE_FIELDS.has(field)) return formatDay(v);
  if (Array.isArray(v)) return v.join(" ") || "none";
  return shortenValue(String(v));
}

function conflict(
  subjects: IssueSubjects | undefined,
  subject: IssueSubject,
  issues: Issue[],
  severity: Severity,
  file: string,
  row: number,
  field: string,
  was: unknown,
  now: unknown,
  what: string,
  olderFile: string,
): void {
  const rule =
    severity === "error"
      ? "two censuses with the same ReferenceDate disagree; the one later in path order is used"
      : "the latest census's value is used";
  const issue: Issue = {
    rule: "return-version-conflict",
    severity,
    file,
    row,
    column: field,
    value: show(field, now),
    message: `${what}: ${field} was ${show(field, was)} in ${olderFile}; ${rule}`,
  };
  issues.push(issue);
  subjects?.set(issue, subject);
}
