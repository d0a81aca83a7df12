// The published English FGC trial's headline figures (Taylor et al. 2024, BJSW,
// doi:10.1093/bjsw/bcae035; domain.md §4), shown beside an analysis whose plan asks for them
// (`compareWithPublished`, true in the default plan) so an evaluator sees at once whether a data
// set reproduces them.
import type { TrialResult } from "./result.js";
export const publishedTrial = [
  {
    outcome: "looked_after_12m",
    label: "Looked after 12 months after the letter",
    fgc: 0.362,
    control: 0.448,
    unit: "percent",
  },
  {
    outcome: "proceedings_12m",
    label: "Care proceedings issued",
    fgc: 0.592,
    control: 0.717,
    unit: "percent",
  },
  { outcome: "days_in_care_12m", label: "Days in care", fgc: 87, control: 115, unit: "days" },
] as const;

/**
 * The published figures beside this analysis's: arm rates from `rate` (null when the plan's
 * outcomes leave one out) and arm mean days in care.
 * @example publishedComparison(() => 0.4, { fgc: 90, control: 120 })[2].reproducedFgc // 90
 */
export function publishedComparison(
  rate: (outcome: string, arm: "fgc" | "control") => number | null,
  days: { fgc: number | null; control: number | null },
): TrialResult["published"] {
  return publishedTrial.map((p) => ({
    outcome: p.outcome,
    label: p.label,
    publishedFgc: p.fgc,
    publishedControl: p.control,
    reproducedFgc: p.unit === "days" ? days.fgc : rate(p.outcome, "fgc"),
    reproducedControl: p.unit === "days" ? days.control : rate(p.outcome, "control"),
    unit: p.unit,
  }));
}
