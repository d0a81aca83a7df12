// Overlapping episodes after the years are merged: a child is in one episode at a time, so each
// episode (by DECOM) must start on or after the DEC of every earlier one; an open earlier episode
// overlaps anything after it. Reported on the later episode (`episode-overlap`). Both episodes
// are kept: the outcomes ask whether any episode covers a day, which overlaps do not change.
import type { Issue } from "../schema/issue.js";
import { rules } from "../schema/rules.js";
import { formatDayUk } from "../util/dates.js";
import type { MergedSsda903 } from "./returns-data.js";
import { shortenValue } from "../util/shorten-value.js";

/** @example episodeOverlapIssues(merged.episodes).length */
export function episodeOverlapIssues(episodes: MergedSsda903["episodes"]): Issue[] {
  const issues: Issue[] = [];
  for (const list of episodes.values()) {
    let reachEnd = Number.NEGATIVE_INFINITY;
    let reachFile = "";
    let reachRow = 0;
    for (const e of list) {
      if (e.DEC !== null && e.DEC < e.DECOM) continue;
      if (e.DECOM < reachEnd) {
        issues.push({
          rule: "episode-overlap",
          severity: rules["episode-overlap"].severity,
          file: e.file,
          row: e.row,
          column: "DECOM",
          value: formatDayUk(e.DECOM),
          message: `child ${shortenValue(e.CHILD)}: starts while the episode in ${reachFile} row ${reachRow} ${Number.isFinite(reachEnd) ? `ends ${formatDayUk(reachEnd)}` : "is open"}`,
        });
      }
      const end = e.DEC ?? Number.POSITIVE_INFINITY;
      if (end > reachEnd) {
        reachEnd = end;
        reachFile = e.file;
        reachRow = e.row;
      }
    }
  }
  return issues;
}
