// Days in care within the window, unadjusted: the difference of arm means with Welch's interval
// (Welch 1947), as the published trial compared mean days (87 vs 115).
import { meanDifferenceWelch } from "../stats/means/mean-difference-welch.js";
import type { TrialEstimate } from "./result.js";
import type { TrialData } from "./trial-data.js";

export function unadjustedMean(
  data: TrialData,
  outcome: string,
  rows: ArrayLike<number>,
  level: number,
): {
  estimates: TrialEstimate[];
  notes: string[];
  references: string[];
  means: { fgc: number | null; control: number | null };
} {
  const y = data.outcomes[outcome];
  const x1: number[] = [];
  const x0: number[] = [];
  for (const i of Array.from(rows)) {
    if (Number.isNaN(y[i])) continue;
    (data.arm[i] === 1 ? x1 : x0).push(y[i]);
  }
  const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);
  if (x1.length < 2 || x0.length < 2)
    return {
      estimates: [],
      notes: [`${outcome}: fewer than two children with the outcome in an arm; no Welch comparison`],
      references: [],
      means: { fgc: mean(x1), control: mean(x0) },
    };
  const e = meanDifferenceWelch(x1, x0, level);
  return {
    estimates: [
      {
        outcome,
        measure: "mean_difference",
        model: "unadjusted",
        method: "welch",
        estimate: e.estimate,
        ci: e.ci,
        se: e.se ?? null,
        p: e.p ?? null,
        n: x1.length + x0.length,
      },
    ],
    notes: e.notes.map((x) => `${outcome}, Welch: ${x}`),
    references: e.references,
    means: { fgc: mean(x1), control: mean(x0) },
  };
}
