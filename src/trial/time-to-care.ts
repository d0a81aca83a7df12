// Time to first care entry: Kaplan–Meier curves by arm (log-scale intervals, as R's default),
// the log-rank test, and the hazard ratio from a Cox model (Efron ties) stratified by local
// authority with robust variance clustered by family.
import { coxPh } from "../stats/survival/cox-ph.js";
import { kaplanMeier } from "../stats/survival/kaplan-meier.js";
import { logRank } from "../stats/survival/log-rank.js";
import { atRiskDays, numbersAtRisk } from "./numbers-at-risk.js";
import type { TrialPlan } from "./plan.js";
import type { TrialEstimate, TrialResult } from "./result.js";
import { pick, whichRows } from "./subset.js";
import type { TrialData } from "./trial-data.js";

export interface TimeToCareOutput {
  survival: TrialResult["survival"];
  estimates: TrialEstimate[];
  notes: string[];
  references: string[];
}

export function analyseTimeToCare(data: TrialData, plan: TrialPlan): TimeToCareOutput {
  const rows = whichRows(
    data.n,
    (i) => Number.isFinite(data.timeToCare[i]) && Number.isFinite(data.careEvent[i]),
  );
  const time = pick(data.timeToCare, rows);
  const event = pick(data.careEvent, rows);
  const arm = Float64Array.from(rows, (i) => data.arm[i]);
  const armLabel = Array.from(rows, (i) => (data.arm[i] === 1 ? "fgc" : "control"));
  const km = kaplanMeier({ time, event }, { strata: armLabel, level: plan.level, confType: "log" });
  const lr = logRank({ time, event, arm });
  const strataName = plan.fixedEffects[0];
  const strata = strataName ? Array.from(rows, (i) => data.factors[strataName][i]) : undefined;
  const cox = coxPh(
    { time, event, covariates: { arm }, strata, cluster: Array.from(rows, (i) => data.cluster[i]) },
    { level: plan.level },
  );
  const term = cox.terms.find((t) => t.term === "arm");
  const short = (s: string) => s.replace(/_code$|_id$/, "");
  const method = `cox_efron${strataName ? `_strata_${short(strataName)}` : ""}_robust_${short(plan.cluster)}`;
  const estimates: TrialEstimate[] = term
    ? [
        {
          outcome: "time_to_care",
          measure: "hazard_ratio",
          model: "adjusted",
          method,
          estimate: Math.exp(term.estimate),
          ci: [Math.exp(term.ci[0]), Math.exp(term.ci[1])],
          se: term.se,
          p: term.p,
          n: rows.length,
        },
      ]
    : [];
  const curves = km.curves.map((c) => ({
    arm: c.stratum === "fgc" ? ("fgc" as const) : ("control" as const),
    time: c.time,
    nRisk: c.nRisk,
    surv: c.surv,
    lower: c.lower.map(finiteOrNull),
    upper: c.upper.map(finiteOrNull),
  }));
  return {
    survival: {
      curves,
      atRisk: numbersAtRisk(time, arm, atRiskDays(plan.window)),
      logRank: { statistic: finiteOrNull(lr.statistic), p: finiteOrNull(lr.p) },
    },
    estimates,
    notes: [...km.notes, ...lr.notes, ...cox.notes].map((n) => `time to care: ${n}`),
    references: [...km.references, ...lr.references, ...cox.references],
  };
}

function finiteOrNull(x: number): number | null {
  return Number.isFinite(x) ? x : null;
}
