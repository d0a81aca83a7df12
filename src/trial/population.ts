// The analysed population under the plan's population rules, each exclusion with its reason and
// rule id (CONSORT and the row accounting show them):
// - children looked after on their index date, when `population.excludeAlreadyLookedAfter`
//   (needs the `already_looked_after` audit column that fgc link writes);
// - children whose primary outcome is missing because follow-up ended before the window, when
//   `population.excludeIncompleteFollowUp` (the default; the outcome is never a silent "no").
import { UsageError } from "../util/errors.js";
import type { TrialPlan } from "./plan.js";
import type { TrialData } from "./trial-data.js";

export interface Population {
  /** Rows analysed. */
  rows: Int32Array;
  /** Per child: analysed or not, and why not. */
  analysed: boolean[];
  reasons: (string | null)[];
  exclusions: { reason: string; rule: string; rows: number }[];
}

export function trialPopulation(data: TrialData, plan: TrialPlan): Population {
  const reasons: (string | null)[] = new Array(data.n).fill(null);
  const lookedAfter = "looked after on the index date";
  const missing = `primary outcome missing: follow-up shorter than ${plan.window} days`;
  if (plan.population.excludeAlreadyLookedAfter) {
    if (!data.alreadyLookedAfter)
      throw new UsageError(
        "plan.population.excludeAlreadyLookedAfter: the input has no already_looked_after column (fgc link writes it)",
      );
    for (let i = 0; i < data.n; i++) if (data.alreadyLookedAfter[i] === 1) reasons[i] = lookedAfter;
  }
  const primary = plan.primary === "time_to_care" ? null : data.outcomes[plan.primary];
  if (primary && plan.population.excludeIncompleteFollowUp) {
    for (let i = 0; i < data.n; i++)
      if (reasons[i] === null && Number.isNaN(primary[i])) reasons[i] = missing;
  }
  const analysed = reasons.map((r) => r === null);
  const rows: number[] = [];
  for (let i = 0; i < data.n; i++) if (analysed[i]) rows.push(i);
  const count = (reason: string) => reasons.filter((r) => r === reason).length;
  const exclusions = [
    { reason: lookedAfter, rule: "already-looked-after", rows: count(lookedAfter) },
    { reason: missing, rule: "outcome-missing", rows: count(missing) },
  ].filter((e) => e.rows > 0);
  return { rows: Int32Array.from(rows), analysed, reasons, exclusions };
}
