import { coxPh } from "../../../src/stats/survival/cox-ph.js";
import { kaplanMeier, type KaplanMeierConfType } from "../../../src/stats/survival/kaplan-meier.js";
import { kaplanMeierMedian } from "../../../src/stats/survival/kaplan-meier-median.js";
import { logRankGroups } from "../../../src/stats/survival/log-rank-groups.js";
import { logRank } from "../../../src/stats/survival/log-rank.js";
import type { Adapter } from "./types.js";

function km(confType: KaplanMeierConfType): Adapter {
  return (input) => {
    const c = kaplanMeier({ time: input.time, event: input.event }, { level: input.level ?? 0.95, confType })
      .curves[0];
    return { time: c.time, n_risk: c.nRisk, n_event: c.nEvent, surv: c.surv, lower: c.lower, upper: c.upper };
  };
}

export const survivalAdapters: Record<string, Adapter> = {
  "survival.logrank_k": (input) => {
    const r = logRankGroups({ time: input.time, event: input.event, group: input.group });
    return { chisq: r.statistic, df: r.df, p: r.p, observed: r.observed, expected: r.expected };
  },
  "survival.km_median": (input) => {
    const m = kaplanMeierMedian(
      { time: input.time, event: input.event },
      { level: input.level ?? 0.95, riskTimes: input.risk_times },
    );
    return { median: m.estimate, median_lower: m.ci[0], median_upper: m.ci[1], n_risk_at: m.nRisk };
  },
  "survival.kaplan_meier.log": km("log"),
  "survival.kaplan_meier.log_log": km("log_log"),
  "survival.logrank_cox": (input) => {
    const lr = logRank({ time: input.time, event: input.event, arm: input.arm });
    const cox = coxPh(
      { time: input.time, event: input.event, covariates: { arm: input.arm }, cluster: input.family_id },
      { level: input.level ?? 0.95 },
    );
    const arm = cox.terms[0];
    return {
      logrank_statistic: lr.statistic,
      logrank_p: lr.p,
      cox_coef: arm.estimate,
      cox_se: arm.seModel,
      cox_robust_se: arm.se,
      hr: cox.hazardRatios[0].estimate,
    };
  },
};
