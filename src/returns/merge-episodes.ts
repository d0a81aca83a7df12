// Several SSDA903 years into one episode per CHILD + DECOM. Files are taken in order of their
// collection year, inferred from the latest DECOM or DEC they hold (the 903 carries no year of
// its own); a version with DEC filled in supersedes one without, otherwise the later file's
// version is used. A version that changes anything else (or a DEC already given) is reported
// (`return-version-conflict`); the same key twice in one file is `key-duplicate` (first kept).
// Header children (SEX, DOB, ETHNIC) come from the last file in that order that holds them.
// Given `subjects`, each conflict records its child and the days the episode covers.
import type { Ssda903Episode, Ssda903File } from "../io/ssda903/ssda903.js";
import type { Issue } from "../schema/issue.js";
import { formatDayUk } from "../util/dates.js";
import type { IssueSubjects } from "./issue-subjects.js";
import type { MergedSsda903 } from "./returns-data.js";
import { shortenValue } from "../util/shorten-value.js";

const FIELDS = ["DEC", "RNE", "LS", "CIN", "PLACE", "REC"] as const;

/**
 * @example mergeEpisodes(folder.ssda903, issues).episodes.get("C1")?.length
 */
export function mergeEpisodes(
  files: readonly Ssda903File[],
  issues: Issue[],
  subjects?: IssueSubjects,
): MergedSsda903 {
  const ordered = files
    .map((f, order) => ({ f, order, year: latestDay(f) }))
    .sort((a, b) => a.year - b.year || a.order - b.order)
    .map((x) => x.f);
  const byKey = new Map<string, Ssda903Episode>();
  const children: MergedSsda903["children"] = new Map();
  for (const file of ordered) {
    for (const c of file.children) children.set(c.CHILD, c);
    const keysHere = new Set<string>();
    for (const e of file.episodes) {
      const key = `${e.CHILD}\u0000${e.DECOM}`;
      if (keysHere.has(key)) {
        issues.push({
          rule: "key-duplicate",
          severity: "error",
          file: e.file,
          row: e.row,
          column: "DECOM",
          value: formatDayUk(e.DECOM),
          message: `child ${shortenValue(e.CHILD)} has two episodes starting on this day in one file; the first is kept`,
        });
        continue;
      }
      keysHere.add(key);
      const before = byKey.get(key);
      if (!before) {
        byKey.set(key, e);
        continue;
      }
      const keepOld = before.DEC !== null && e.DEC === null;
      const used = keepOld ? before : e;
      const other = keepOld ? e : before;
      for (const f of FIELDS) {
        if (f === "DEC" && (before.DEC === null || e.DEC === null)) continue;
        if (f === "REC" && (before.DEC === null || e.DEC === null)) continue;
        if (before[f] !== e[f]) {
          const show = (v: string | number | null) =>
            v === null ? "blank" : typeof v === "number" ? formatDayUk(v) : v;
          const issue: Issue = {
            rule: "return-version-conflict",
            severity: "warning",
            file: used.file,
            row: used.row,
            column: f,
            value: show(used[f]),
            message: `episode of child ${shortenValue(e.CHILD)} starting ${formatDayUk(e.DECOM)}: ${f} is ${show(other[f])} in ${other.file}; ${keepOld ? "the version with DEC filled in is used" : "the later return's version is used"}`,
          };
          issues.push(issue);
          // Either version's days: a DEC that changed may move the episode into the window.
          const to = used.DEC === null || other.DEC === null ? null : Math.max(used.DEC, other.DEC);
          subjects?.set(issue, { childId: e.CHILD, span: { from: e.DECOM, to } });
        }
      }
      byKey.set(key, used);
    }
  }
  const episodes: MergedSsda903["episodes"] = new Map();
  for (const e of byKey.values()) {
    let list = episodes.get(e.CHILD);
    if (!list) episodes.set(e.CHILD, (list = []));
    list.push(e);
  }
  for (const list of episodes.values()) list.sort((a, b) => a.DECOM - b.DECOM);
  return { episodes, children };
}

/** The latest DECOM or DEC in a file: its collection year's position in time. */
export function latestDay(file: Ssda903File): number {
  let max = Number.NEGATIVE_INFINITY;
  for (const e of file.episodes) {
    if (e.DECOM > max) max = e.DECOM;
    if (e.DEC !== null && e.DEC > max) max = e.DEC;
  }
  return max;
}
