// Adjustment for multiple secondary outcomes: each secondary outcome contributes the p-value of
// its adjusted primary-analysis model (odds ratio for binary outcomes, mean difference for days in
// care, hazard ratio for time to care), adjusted together by the plan's method (Holm 1979 by
// default). The primary outcome is not adjusted.
import { bhAdjustedP } from "../stats/multiplicity/bh-adjusted-p.js";
import { hochbergAdjustedP } from "../stats/multiplicity/hochberg-adjusted-p.js";
import { holmAdjustedP } from "../stats/multiplicity/holm-adjusted-p.js";
import type { TrialPlan } from "./plan.js";
import type { TrialEstimate, TrialResult } from "./result.js";

const MEASURE_OF: Record<string, string> = {
  days_in_care_12m: "mean_difference",
  time_to_care: "hazard_ratio",
};

export function adjustSecondary(estimates: TrialEstimate[], plan: TrialPlan): TrialResult["multiplicity"] {
  const picked = plan.secondary.flatMap((outcome) => {
    const measure = MEASURE_OF[outcome] ?? "odds_ratio";
    const e = estimates.find((x) => x.outcome === outcome && x.measure === measure && x.model === "adjusted");
    return e ? [e] : [];
  });
  const p = picked.map((e) => (e.p === null || e.p === undefined ? Number.NaN : e.p));
  const adjusted =
    plan.multiplicity === "none" || p.length === 0
      ? p
      : { holm: holmAdjustedP, hochberg: hochbergAdjustedP, bh: bhAdjustedP }[plan.multiplicity](p).adjusted;
  return picked.map((e, i) => ({
    outcome: e.outcome,
    measure: e.measure,
    model: e.model,
    p: Number.isFinite(p[i]) ? p[i] : null,
    adjusted: Number.isFinite(adjusted[i]) ? adjusted[i] : null,
  }));
}
