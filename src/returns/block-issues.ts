// Checks on each merged pre-proceedings block, in the version used:
// - CourtAppDate before LBPSentDate (`pp-court-before-letter`, error): the CourtAppDate is
//   disregarded (set to null on the block), since an application cannot follow a letter that came
//   after it;
// - FGDMMeetingFac true while FGDMMeetingOffer is not true (`pp-held-without-offer`, warning):
//   counted as held and as not offered;
// - FGDMMeetingOffer absent (`pp-offer-missing`, warning): counted as not offered.
// Given `subjects`, each warning records its child and letter (issue-subjects.ts).
import type { Issue } from "../schema/issue.js";
import { rules } from "../schema/rules.js";
import { formatDay } from "../util/dates.js";
import type { IssueSubjects } from "./issue-subjects.js";
import type { MergedCensuses } from "./returns-data.js";
import { shortenValue } from "../util/shorten-value.js";

/** Checks every block; mutates CourtAppDate as described. @example blockIssues(merged) */
export function blockIssues(merged: MergedCensuses, subjects?: IssueSubjects): Issue[] {
  const issues: Issue[] = [];
  for (const list of merged.blocks.values()) {
    for (const b of list) {
      const from = issues.length;
      const at = { file: b.file, row: b.line };
      if (b.CourtAppDate !== null && b.CourtAppDate < b.LBPSentDate) {
        issues.push({
          rule: "pp-court-before-letter",
          severity: rules["pp-court-before-letter"].severity,
          ...at,
          column: "CourtAppDate",
          value: formatDay(b.CourtAppDate),
          message: `child ${shortenValue(b.childId)}: CourtAppDate is before the LBPSentDate ${formatDay(b.LBPSentDate)}; disregarded`,
        });
        b.CourtAppDate = null;
      }
      if (b.FGDMMeetingOffer === null) {
        issues.push({
          rule: "pp-offer-missing",
          severity: rules["pp-offer-missing"].severity,
          ...at,
          column: "FGDMMeetingOffer",
          message: `child ${shortenValue(b.childId)}, letter ${formatDay(b.LBPSentDate)}: FGDMMeetingOffer absent; counted as not offered`,
        });
      }
      if (b.FGDMMeetingFac === true && b.FGDMMeetingOffer !== true) {
        issues.push({
          rule: "pp-held-without-offer",
          severity: rules["pp-held-without-offer"].severity,
          ...at,
          column: "FGDMMeetingFac",
          value: "true",
          message: `child ${shortenValue(b.childId)}, letter ${formatDay(b.LBPSentDate)}: meeting held but no offer recorded; counted as held`,
        });
      }
      for (const issue of issues.slice(from))
        subjects?.set(issue, { childId: b.childId, letterDay: b.LBPSentDate });
    }
  }
  return issues;
}
