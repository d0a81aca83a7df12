// A child is in one episode at a time: each episode (ordered by DECOM) must start on or after the
// DEC of every earlier one. An open earlier episode (DEC blank) overlaps anything after it.
// Reported on the later episode's DECOM. Episodes sharing a DECOM are a duplicate key (reported
// by key-duplicate) and episodes ending before they start (episode-dates-order) are skipped.
import { columnOf, dayText, issueAt } from "../checks/table-access.js";
import type { Issue } from "../issue.js";
import type { CheckContext, ColumnTable, CrossRowCheck } from "../table.js";
import { groupEpisodesByChild } from "./group-episodes-by-child.js";

/** @example episodeOverlapCheck.run(episodes, {}) */
export const episodeOverlapCheck: CrossRowCheck = {
  rule: "episode-overlap",
  run(table: ColumnTable, _context: CheckContext): Issue[] {
    const decom = columnOf(table, "DECOM");
    const dec = columnOf(table, "DEC");
    const issues: Issue[] = [];
    for (const rows of groupEpisodesByChild(table).values()) {
      // The earlier episode reaching furthest: its row and its end (Infinity while open).
      let reach: { row: number; end: number } | undefined;
      for (const i of rows) {
        const start = decom[i] as number;
        const endValue = dec[i];
        if (typeof endValue === "number" && endValue < start) continue;
        const end = typeof endValue === "number" ? endValue : Number.POSITIVE_INFINITY;
        if (reach && start < reach.end && start !== decom[reach.row]) {
          const other = table.rowNumbers[reach.row];
          const until = Number.isFinite(reach.end) ? `ends ${dayText(reach.end, "uk")}` : "is open";
          issues.push(
            issueAt(
              "episode-overlap",
              table,
              i,
              "DECOM",
              dayText(start, "uk"),
              `starts while the episode in row ${other} (${until})`,
            ),
          );
        }
        if (!reach || end > reach.end) reach = { row: i, end };
      }
    }
    return issues;
  },
};
