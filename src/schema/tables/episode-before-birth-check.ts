// DOB after DECOM: an episode may not start before the child is born. The date of birth is not an
// Episodes column (it is in the 903 Header or the children table), so this rule takes both tables
// and runs when both are loaded; it is not in episodesSpec.checks.
import { columnOf, dayText, issueAt } from "../checks/table-access.js";
import type { Issue } from "../issue.js";
import type { ColumnTable } from "../table.js";

/**
 * Issues on the episodes whose DECOM is before their child's date of birth. `children` may be the
 * children table (child_id, dob) or a 903 Header (CHILD, DOB); CHILD is matched to child_id
 * (INFERENCE: the same LA identifier, domain.md §2.1 caution).
 * @example checkEpisodesAfterBirth(episodes, children) // [] when every DECOM ≥ dob
 */
export function checkEpisodesAfterBirth(episodes: ColumnTable, children: ColumnTable): Issue[] {
  const idColumn = "child_id" in children.columns ? "child_id" : "CHILD";
  const dobColumn = "dob" in children.columns ? "dob" : "DOB";
  const ids = columnOf(children, idColumn);
  const dobs = columnOf(children, dobColumn);
  const dobById = new Map<string, number>();
  for (let i = 0; i < children.length; i++) {
    const dob = dobs[i];
    if (ids[i] !== null && typeof dob === "number") dobById.set(String(ids[i]), dob);
  }
  const child = columnOf(episodes, "CHILD");
  const decom = columnOf(episodes, "DECOM");
  const issues: Issue[] = [];
  for (let i = 0; i < episodes.length; i++) {
    const start = decom[i];
    const dob = child[i] === null ? undefined : dobById.get(String(child[i]));
    if (typeof start === "number" && dob !== undefined && start < dob) {
      issues.push(
        issueAt(
          "episode-before-birth",
          episodes,
          i,
          "DECOM",
          dayText(start, "uk"),
          `before the child's date of birth ${dayText(dob, "uk")} (${children.file})`,
        ),
      );
    }
  }
  return issues;
}
