import { formatNumber, formatPercent } from "./summarize.js";
import type { TrialEstimate, TrialResult } from "../trial/result.js";
/** Reader-facing names of the trial's outcomes and measures. */
export const outcomeLabels: Record<string, string> = {
  looked_after_12m: "Looked after at 12 months",
  entered_care_12m: "Entered care within 12 months",
  proceedings_12m: "Care proceedings issued within 12 months",
  days_in_care_12m: "Days in care within 12 months",
  time_to_care: "Time to first care entry",
  cost_12m: "Cost per child within 12 months (£)",
};

export const measureLabels: Record<string, string> = {
  rate_fgc: "Rate, referred for an FGC",
  rate_control: "Rate, control",
  mean_fgc: "Mean, referred for an FGC",
  mean_control: "Mean, control",
  risk_difference: "Risk difference (points)",
  risk_ratio: "Risk ratio",
  odds_ratio: "Odds ratio",
  mean_difference: "Mean difference (days)",
  hazard_ratio: "Hazard ratio",
  cace_risk_difference: "Complier average causal effect (risk difference, points)",
};

export const subgroupLabels: Record<string, string> = {
  age_band: "Age band",
  sex: "Sex",
  ethnicity: "Ethnicity",
  disability: "Disability",
  la_code: "Local authority",
};

export function outcomeLabel(id: string): string {
  return outcomeLabels[id] ?? id;
}

export const shortMeasure: Record<string, string> = {
  risk_difference: "RD",
  risk_ratio: "RR",
  odds_ratio: "OR",
  hazard_ratio: "HR",
  cace_risk_difference: "CACE",
  mean_difference: "MD",
};

/** The estimate of an outcome, measure and model, if the result has it. */
export function findEstimate(
  r: TrialResult,
  outcome: string,
  measure: string,
  model: string,
): TrialEstimate | undefined {
  return r.estimates.find((e) => e.outcome === outcome && e.measure === measure && e.model === model);
}

export function fmtUnit(x: number | null, unit: string): string {
  if (x === null) return "not available";
  return unit === "percent" ? formatPercent(x) : formatNumber(x, 0);
}
