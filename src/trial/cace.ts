// The complier average causal effect of a conference actually held (Angrist, Imbens & Rubin
// 1996): two-stage least squares of the primary outcome on FGC held, instrumented by the arm, with
// the plan's fixed effects and cluster-robust (HC1) variance by family.
import { caceTwoStageLeastSquares } from "../stats/iv/cace-two-stage-least-squares.js";
import { modelMethod } from "./adjusted.js";
import type { TrialPlan } from "./plan.js";
import type { TrialEstimate } from "./result.js";
import { pick, whichRows } from "./subset.js";
import type { TrialData } from "./trial-data.js";
import { waldIntervalOfEstimate } from "./wald-interval.js";

export function complierEffect(
  data: TrialData,
  outcome: string,
  plan: TrialPlan,
): { estimates: TrialEstimate[]; notes: string[]; references: string[] } {
  const y = data.outcomes[outcome];
  const rows = whichRows(data.n, (i) => !Number.isNaN(y[i]) && !Number.isNaN(data.fgcHeld[i]));
  const factors = plan.fixedEffects
    .map((name) => ({ name, values: Array.from(rows, (i) => data.factors[name][i]) }))
    .filter((f) => new Set(f.values).size > 1);
  const fit = caceTwoStageLeastSquares({
    outcome: pick(y, rows),
    received: { name: "fgc_held", values: pick(data.fgcHeld, rows) },
    assigned: Float64Array.from(rows, (i) => data.arm[i]),
    factors,
    cluster: pick(data.cluster, rows),
    level: plan.level,
  });
  const term = fit.terms.find((t) => t.term === "fgc_held");
  const estimates: TrialEstimate[] = term
    ? [
        {
          outcome,
          measure: "cace_risk_difference",
          model: "adjusted",
          method: modelMethod("tsls", plan),
          estimate: term.estimate,
          ...waldIntervalOfEstimate(term.estimate, term.se, plan.level),
          se: term.se,
          n: rows.length,
        },
      ]
    : [];
  return {
    estimates,
    notes: fit.notes.map((n) => `complier effect: ${n}`),
    references: [...fit.references, "angrist1996"],
  };
}
