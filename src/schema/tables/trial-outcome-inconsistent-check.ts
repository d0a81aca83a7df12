// The outcome columns of one child must describe a possible care timeline over the window of W
// days after the index date (days 1 … W; W = 365 for the trial file), with the conventions of
// src/outcomes and ../shared/reference/README.md: time_to_care_days t is the day of the first
// entry after the index date (care_event 1) or the end of follow-up (care_event 0); a day in care
// counts when the child is looked after that day, so an entry on day t and care through day W
// give W + 1 − t days.
//
// - entered_care_12m = 1 exactly when care_event = 1 and t ≤ W;
// - entered: 1 ≤ days_in_care_12m ≤ W + 1 − t (in care on the entry day, at most to day W);
// - looked after on day W: days_in_care_12m ≥ 1; not looked after: days_in_care_12m ≤ W − 1;
// - not entered (and not looked after on the index date): not looked after on day W, 0 days;
// - entered but not looked after on day W: left before day W, so days_in_care_12m ≤ W − t;
// - looked after on the index date (already_looked_after = 1), not entered, looked after on day W:
//   in care all W days;
// - care_event = 0 with t < W says follow-up ended before day W: the window outcomes must then
//   be blank (censored), never 0 or 1.
// Blank outcomes (censored) are never a contradiction: each rule checks only filled cells. A blank
// or absent already_looked_after counts as 0, as in the reference files, which have no such column.
// Choice: a child looked after on day W after re-entering care has fewer than W + 1 − t days, so
// "looked after ⇒ W + 1 − t days" (true of the reference timelines, which have one entry each)
// is an upper bound here, not an equality: linked data with a re-entry must pass.
import { columnOf, issueAt } from "../checks/table-access.js";
import type { Issue } from "../issue.js";
import type { CellValue, CheckContext, ColumnTable, CrossRowCheck } from "../table.js";

const OUTCOMES = ["looked_after_12m", "entered_care_12m", "proceedings_12m", "days_in_care_12m"] as const;

/**
 * The check for a window of `window` days (365 for the trial file; a linked window otherwise).
 * @example trialOutcomeInconsistentCheckFor(180).run(linkedTable, {})
 */
export function trialOutcomeInconsistentCheckFor(window: number): CrossRowCheck {
  return {
    rule: "trial-outcome-inconsistent",
    run(table: ColumnTable, _context: CheckContext): Issue[] {
      const W = window;
      const col = (name: string) => columnOf(table, name);
      const [lookedAfter, entered, days] = [
        col("looked_after_12m"),
        col("entered_care_12m"),
        col("days_in_care_12m"),
      ];
      const [time, event, already] = [
        col("time_to_care_days"),
        col("care_event"),
        col("already_looked_after"),
      ];
      const outcomes = OUTCOMES.map(col);
      const issues: Issue[] = [];
      const flag = (i: number, column: string, value: CellValue, message: string) =>
        issues.push(issueAt("trial-outcome-inconsistent", table, i, column, String(value), message));
      for (let i = 0; i < table.length; i++) {
        const t = num(time[i]);
        const e = num(event[i]);
        const E = num(entered[i]);
        const L = num(lookedAfter[i]);
        const D = num(days[i]);
        const A = num(already[i]) === 1;
        const entryInWindow = e === 1 && t !== null && t <= W;
        if (E === 1 && e === 0) flag(i, "care_event", 0, "0 (no entry), but entered_care_12m is 1");
        if (E === 1 && e === 1 && t !== null && t > W)
          flag(
            i,
            "time_to_care_days",
            t,
            `first entry on day ${t}, after day ${W}, but entered_care_12m is 1`,
          );
        if (E === 0 && entryInWindow)
          flag(
            i,
            "entered_care_12m",
            0,
            `0, but care_event is 1 with the first entry on day ${t}, within the ${W} days`,
          );
        if (E === 1 && D === 0)
          flag(i, "days_in_care_12m", 0, "0, but entered_care_12m is 1 (in care on the entry day)");
        if (E === 1 && !A && entryInWindow && D !== null && t !== null && D > W + 1 - t)
          flag(i, "days_in_care_12m", D, `more than the ${W + 1 - t} days from entry (day ${t}) to day ${W}`);
        if (L === 1 && D === 0)
          flag(i, "days_in_care_12m", 0, `0, but looked_after_12m is 1 (in care on day ${W})`);
        if (L === 0 && D !== null && D >= W)
          flag(
            i,
            "days_in_care_12m",
            D,
            `${D}: in care every day, but looked_after_12m is 0 (not in care on day ${W})`,
          );
        if (!A && E === 0 && L === 1)
          flag(
            i,
            "looked_after_12m",
            1,
            "1, but entered_care_12m is 0 and the child was not looked after on the index date (already_looked_after 1 if so)",
          );
        if (!A && E === 0 && D !== null && D > 0)
          flag(
            i,
            "days_in_care_12m",
            D,
            `${D}, but entered_care_12m is 0 and the child was not looked after on the index date (already_looked_after 1 if so)`,
          );
        if (!A && E === 1 && L === 0 && entryInWindow && D !== null && t !== null && D > W - t)
          flag(
            i,
            "days_in_care_12m",
            D,
            `more than the ${W - t} days from entry (day ${t}) to day ${W - 1}, but looked_after_12m is 0 (left before day ${W})`,
          );
        if (A && E === 0 && L === 1 && D !== null && D !== W)
          flag(
            i,
            "days_in_care_12m",
            D,
            `${D}, but a child looked after from the index date to day ${W} with no new entry was in care all ${W} days`,
          );
        if (e === 0 && t !== null && t < W && outcomes.some((c) => c[i] !== null))
          flag(
            i,
            "time_to_care_days",
            t,
            `follow-up ended on day ${t} (care_event 0), before day ${W}, but the window outcomes are filled in; leave them blank (censored)`,
          );
      }
      return issues;
    },
  };
}

/** The trial file's check, over 365 days. @example trialOutcomeInconsistentCheck.run(trialTable, {}) */
export const trialOutcomeInconsistentCheck: CrossRowCheck = trialOutcomeInconsistentCheckFor(365);

function num(v: CellValue): number | null {
  return typeof v === "number" ? v : typeof v === "boolean" ? (v ? 1 : 0) : null;
}
