// The chart of a part of a trial's result that runTrial hands out before the rest (trial/run.ts,
// TrialPart): the CONSORT flow diagram, the outcome rates by arm, the Kaplan–Meier curves, the
// two forest plots of effects and the subgroup forest plot, the very specs the report holds (report/trial-participants-sections.ts,
// report/trial-effects-sections.ts, report/trial-time-to-care-sections.ts), so that `fgc trial`
// can draw them while the analysis goes on.
import type { TrialPart } from "../trial/run.js";
import {
  armRatesChartSpec,
  forestDifferencesChartSpec,
  forestRatiosChartSpec,
  subgroupsChartSpec,
} from "./trial-effects-sections.js";
import { consortChartSpec } from "./trial-participants-sections.js";
import { kaplanMeierChartSpec } from "./trial-time-to-care-sections.js";

/** @example runTrial(input, plan, { onPart: (part) => trialPartCharts(part).forEach(charts.drawAhead) }) */
export function trialPartCharts(part: TrialPart): Record<string, unknown>[] {
  if ("consort" in part) return [consortChartSpec(part.consort)];
  if ("estimates" in part) return [armRatesChartSpec(part.estimates)];
  if ("subgroups" in part) return [subgroupsChartSpec(part.subgroups, part.level, part.primary)];
  if ("effects" in part)
    return [
      forestDifferencesChartSpec(part.effects, part.level),
      forestRatiosChartSpec(part.effects, part.level),
    ];
  return [kaplanMeierChartSpec(part.survival)];
}
