// The chart of a part of a trial's result that runTrial hands out before the rest (trial/run.ts,
// TrialPart): the CONSORT flow diagram, the outcome rates by arm, the Kaplan–Meier curves, the
// two forest plots of effects and the subgroup forest plot, the very specs the report holds (report/trial-participants-sections.ts,
// report/trial-effects-sections.ts, report/trial-time-to-care-sections.ts), so that `fgc trial`
// can draw them while the analysis goes on.
import type { TrialPart } from "../trial/run.js";
import type { ReportChart } from "./document.js";
import { armRatesChart, forestDifferencesChart, forestRatiosChart } from "./trial-effect-charts.js";
import { subgroupsChart } from "./trial-effects-sections.js";
import { consortChart } from "./trial-participants-sections.js";
import { kaplanMeierChart } from "./trial-time-to-care-sections.js";

/** @example runTrial(input, plan, { onPart: (part) => trialPartCharts(part).forEach(charts.drawAhead) }) */
export function trialPartCharts(part: TrialPart): Pick<ReportChart, "spec" | "drawSvg">[] {
  if ("consort" in part) return [consortChart(part.consort)];
  if ("estimates" in part) return [armRatesChart(part.estimates)];
  if ("subgroups" in part) return [subgroupsChart(part.subgroups, part.level, part.primary)];
  if ("effects" in part)
    return [forestDifferencesChart(part.effects, part.level), forestRatiosChart(part.effects, part.level)];
  return [kaplanMeierChart(part.survival)];
}
