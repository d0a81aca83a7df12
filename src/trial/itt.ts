// Unadjusted intention-to-treat effects on a binary outcome: each arm's rate with a Wilson
// interval, and the risk difference, risk ratio and odds ratio with Miettinen–Nurminen score
// intervals (group 1 = referred for an FGC, group 0 = control).
import { wilsonInterval } from "../stats/proportions/wilson-interval.js";
import type { Estimate } from "../stats/estimate.js";
import { oddsRatio } from "../stats/two-groups/odds-ratio.js";
import { riskDifference } from "../stats/two-groups/risk-difference.js";
import { riskRatio } from "../stats/two-groups/risk-ratio.js";
import type { TrialEstimate } from "./result.js";
import type { TrialData } from "./trial-data.js";

export interface ArmCounts {
  fgc: { events: number; n: number };
  control: { events: number; n: number };
}

/** Events and children with the outcome recorded, by arm, among `rows`. */
export function armCounts(data: TrialData, y: Float64Array, rows: ArrayLike<number>): ArmCounts {
  const out = { fgc: { events: 0, n: 0 }, control: { events: 0, n: 0 } };
  for (let k = 0; k < rows.length; k++) {
    const i = rows[k];
    if (Number.isNaN(y[i])) continue;
    const g = data.arm[i] === 1 ? out.fgc : out.control;
    g.n++;
    if (y[i] === 1) g.events++;
  }
  return out;
}

export function unadjustedBinary(
  data: TrialData,
  outcome: string,
  rows: ArrayLike<number>,
  level: number,
): { estimates: TrialEstimate[]; notes: string[]; references: string[]; counts: ArmCounts } {
  const counts = armCounts(data, data.outcomes[outcome], rows);
  const n = counts.fgc.n + counts.control.n;
  const row = (measure: string, method: string, e: Estimate, nRow: number): TrialEstimate => ({
    outcome,
    measure,
    model: "unadjusted",
    method,
    estimate: e.estimate,
    ci: e.ci,
    se: e.se ?? null,
    p: e.p ?? null,
    n: nRow,
  });
  const parts: [string, string, Estimate, number][] = [];
  if (counts.fgc.n > 0)
    parts.push(["rate_fgc", "wilson", wilsonInterval(counts.fgc.events, counts.fgc.n, level), counts.fgc.n]);
  if (counts.control.n > 0)
    parts.push([
      "rate_control",
      "wilson",
      wilsonInterval(counts.control.events, counts.control.n, level),
      counts.control.n,
    ]);
  if (counts.fgc.n > 0 && counts.control.n > 0) {
    parts.push([
      "risk_difference",
      "miettinen_nurminen",
      riskDifference(counts.fgc, counts.control, level),
      n,
    ]);
    parts.push(["risk_ratio", "miettinen_nurminen", riskRatio(counts.fgc, counts.control, level), n]);
    parts.push(["odds_ratio", "miettinen_nurminen", oddsRatio(counts.fgc, counts.control, level), n]);
  }
  const notes = parts.flatMap(([measure, , e]) =>
    e.notes.map((x) => `${outcome}, ${measure.replace("_", " ")}: ${x}`),
  );
  if (counts.fgc.n === 0 || counts.control.n === 0)
    notes.push(`${outcome}: one arm has no children with the outcome recorded; no comparison`);
  return {
    estimates: parts.map(([m, method, e, nRow]) => row(m, method, e, nRow)),
    notes,
    references: parts.flatMap(([, , e]) => e.references),
    counts,
  };
}
