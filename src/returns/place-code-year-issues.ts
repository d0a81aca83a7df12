// PLACE codes checked against the list of the file's collection year (K3 from 2024-25; H5 and P2
// until 2024-25; Z1 until 2024-25, split into Z11–Z14 from 2025-26: domain.md §1.7). The year is
// inferred from the latest DECOM or DEC in the file. Reported as warnings (`code-unknown`): the
// code is still read, since the outcomes do not depend on it. Given `subjects`, each warning
// records its child and the days the episode covers.
import type { Ssda903File } from "../io/ssda903/ssda903.js";
import { placeCodesForYear } from "../schema/codes/placement-type-codes.js";
import type { Issue } from "../schema/issue.js";
import { formatDay } from "../util/dates.js";
import type { IssueSubjects } from "./issue-subjects.js";
import { latestDay } from "./merge-episodes.js";

/** @example placeCodeYearIssues(folder.ssda903) */
export function placeCodeYearIssues(files: readonly Ssda903File[], subjects?: IssueSubjects): Issue[] {
  const issues: Issue[] = [];
  for (const file of files) {
    if (file.episodes.length === 0) continue;
    const [y, m] = formatDay(latestDay(file)).split("-").map(Number);
    const start = m >= 4 ? y : y - 1;
    const allowed = new Set(placeCodesForYear(start));
    const label = `${start}-${String((start + 1) % 100).padStart(2, "0")}`;
    for (const e of file.episodes) {
      if (e.PLACE !== null && !allowed.has(e.PLACE)) {
        const issue: Issue = {
          rule: "code-unknown",
          severity: "warning",
          file: e.file,
          row: e.row,
          column: file.format === "xml" ? "PL" : "PLACE",
          value: e.PLACE,
          message: `not a PLACE code of ${label}, the file's collection year (from its latest date)`,
        };
        issues.push(issue);
        subjects?.set(issue, { childId: e.CHILD, span: { from: e.DECOM, to: e.DEC } });
      }
    }
  }
  return issues;
}
