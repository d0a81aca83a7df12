/**
 * The chart of a part of a trial's result that runTrial hands out before the rest (trial/run.ts,
 * TrialPart): the CONSORT flow diagram, the outcome rates by arm and the Kaplan–Meier curves,
 * the very specs the report holds (report/trial-participants-sections.ts,
 * report/trial-effects-sections.ts, report/trial-time-to-care-sections.ts), so that `fgc trial`
 * can draw them while the analysis goes on.
 */
import type { TrialPart } from "../trial/run.js";
import { armRatesChartSpec } from "./trial-effects-sections.js";
import { consortChartSpec } from "./trial-participants-sections.js";
import { kaplanMeierChartSpec } from "./trial-time-to-care-sections.js";

/** @example runTrial(input, plan, (part) => charts.drawAhead(trialPartChart(part))) */
export function trialPartChart(part: TrialPart): Record<string, unknown> {
  if ("consort" in part) return consortChartSpec(part.consort);
  if ("estimates" in part) return armRatesChartSpec(part.estimates);
  return kaplanMeierChartSpec(part.survival);
}
