// The outcome charts of a trial's report, from the estimates alone: the outcome rates by arm and
// the forest plots of risk differences and of ratios, each as its ReportChart's parts (id, title,
// description), its Vega-Lite spec (the report's interactive chart) and drawSvg, its static
// figure for the SVG and PNG files (report/figures/). From the estimates alone, so that
// `fgc trial` can draw them as soon as the effects are computed (trial/run.ts, TrialPart).
import type { TrialEstimate } from "../trial/result.js";
import type { ReportChart } from "./document.js";
import { armRatesFigure } from "./figures/arm-rates-figure.js";
import { forestPlotFigure } from "./figures/forest-figure.js";
import { armRatesSpec } from "./specs/arm-rates.js";
import { type ForestRow, forestPlotSpec } from "./specs/forest-plot.js";
import { formatInterval, formatPointsInterval } from "./summarize.js";
import { outcomeLabel, shortMeasure } from "./trial-labels.js";

/** A report chart with its static figure: a ReportChart without its table, drawSvg always there. */
export type DrawnChart = Omit<ReportChart, "table" | "drawSvg"> & { drawSvg: () => string };

/**
 * The rows of the arm-rates chart and table: each binary outcome's unadjusted rate by arm with
 * its interval, where all three are numbers.
 * @example armRateRows([]) // []
 */
export function armRateRows(estimates: readonly TrialEstimate[]) {
  const binary = [...new Set(estimates.filter((e) => e.measure === "rate_fgc").map((e) => e.outcome))];
  const finite = (x: number | null): x is number => x !== null && Number.isFinite(x);
  return binary.flatMap((o) =>
    (["fgc", "control"] as const).flatMap((arm) => {
      const measure = arm === "fgc" ? "rate_fgc" : "rate_control";
      const e = estimates.find((x) => x.outcome === o && x.measure === measure && x.model === "unadjusted");
      return e && finite(e.estimate) && finite(e.ci[0]) && finite(e.ci[1])
        ? [{ outcome: outcomeLabel(o), arm, rate: e.estimate, lower: e.ci[0], upper: e.ci[1] }]
        : [];
    }),
  );
}

/**
 * The report's chart of outcome rates by arm (armRateRows), spec and static figure.
 * @example armRatesChart([]).id // "arm-rates"
 */
export function armRatesChart(estimates: readonly TrialEstimate[]): DrawnChart {
  const rows = armRateRows(estimates);
  const text = {
    title: "Outcome rates by arm",
    description: "Percentage of children with each outcome in each arm, with confidence intervals.",
  };
  return {
    id: "arm-rates",
    ...text,
    spec: armRatesSpec(rows, "Outcome rates by arm"),
    drawSvg: () => armRatesFigure(rows, text),
  };
}

/**
 * The report's forest plot of unadjusted, adjusted and complier risk differences, in points.
 * @example forestDifferencesChart([], 0.95).id // "forest-differences"
 */
export function forestDifferencesChart(estimates: readonly TrialEstimate[], level: number): DrawnChart {
  const diffs = estimates.filter(
    (e) => e.measure === "risk_difference" || e.measure === "cace_risk_difference",
  );
  return forestChart(
    diffs.map((e) => forestRow(e, level, 100)),
    {
      scale: "difference",
      title: "Risk differences",
      axisTitle: "Difference in percentage points (referred − control)",
    },
    {
      id: "forest-differences",
      title: "Risk differences (percentage points)",
      description:
        "Forest plot of unadjusted, adjusted and complier risk differences for each binary outcome; an interval that runs past the axis (±100 points at most) ends in an arrowhead.",
    },
  );
}

/**
 * The report's forest plot of risk, odds and hazard ratios, on a log scale.
 * @example forestRatiosChart([], 0.95).id // "forest-ratios"
 */
export function forestRatiosChart(estimates: readonly TrialEstimate[], level: number): DrawnChart {
  const ratios = estimates.filter((e) => ["risk_ratio", "odds_ratio", "hazard_ratio"].includes(e.measure));
  return forestChart(
    ratios.map((e) => forestRow(e, level)),
    { scale: "ratio", title: "Ratios", axisTitle: "Ratio (referred / control), log scale" },
    {
      id: "forest-ratios",
      title: "Ratios",
      description:
        "Forest plot of risk, odds and hazard ratios on a log scale; an interval that runs past the axis (1/100 to 100 at most) ends in an arrowhead.",
    },
  );
}

/**
 * A forest plot's chart: its spec (forestPlotSpec) and its static figure (forestPlotFigure) from
 * the same rows and options.
 * @example forestChart([], { scale: "ratio", title: "Ratios", axisTitle: "Ratio" }, { id: "r", title: "Ratios", description: "" }).spec.width // 420
 */
export function forestChart(
  rows: ForestRow[],
  options: { scale: "ratio" | "difference"; title: string; axisTitle: string },
  chart: { id: string; title: string; description: string },
): DrawnChart {
  const text = { title: chart.title, description: chart.description };
  return {
    ...chart,
    spec: forestPlotSpec(rows, options),
    drawSvg: () => forestPlotFigure(rows, options, text),
  };
}

/**
 * A forest plot's row. A number that is not finite counts as none (null), as in the result
 * (trial/run.ts), so that the estimates handed out before it give the same row.
 */
function forestRow(e: TrialEstimate, level: number, scale = 1): ForestRow {
  const finite = (x: number | null) => (x !== null && Number.isFinite(x) ? x : null);
  const estimate = finite(e.estimate);
  const ci: [number | null, number | null] = [finite(e.ci[0]), finite(e.ci[1])];
  const points = e.measure === "risk_difference" || e.measure === "cace_risk_difference";
  return {
    label: `${outcomeLabel(e.outcome)} · ${shortMeasure[e.measure] ?? e.measure}, ${e.model}`,
    estimate: estimate === null ? null : estimate * scale,
    lower: ci[0] === null ? null : ci[0] * scale,
    upper: ci[1] === null ? null : ci[1] * scale,
    text: points ? formatPointsInterval(estimate, ci, level) : formatInterval(estimate, ci, level),
  };
}
