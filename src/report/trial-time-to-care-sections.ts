// The time-to-care section: Kaplan–Meier curves by arm (solid and dashed lines as well as
// colours), the numbers at risk under them as text in the chart and as a table, the log-rank
// test and the hazard ratio. Every number comes from `result.survival` and `result.estimates`.
import type { TrialResult } from "../trial/result.js";
import type { ReportSection, ReportTable } from "./document.js";
import { armLabels } from "./specs/common.js";
import { kaplanMeierSvg } from "./figures/kaplan-meier-figure.js";
import { kaplanMeierSpec } from "./specs/kaplan-meier.js";
import { formatInterval, formatNumber, formatP } from "./summarize.js";
import { formatCount } from "../util/format-count.js";
import { findEstimate as find } from "./trial-labels.js";

export function timeToCareSection(r: TrialResult): ReportSection {
  const hr = find(r, "time_to_care", "hazard_ratio", "adjusted");
  const lr = r.survival.logRank;
  return {
    id: "time-to-care",
    title: "Time to first care entry",
    blocks: [
      {
        kind: "chart",
        chart: {
          id: "kaplan-meier",
          title: KM_TITLE,
          description: kaplanMeierDescription(r.survival),
          ...kaplanMeierChart(r.survival),
        },
      },
      { kind: "table", table: numbersAtRiskTable(r) },
      {
        kind: "paragraph",
        text: `Log-rank test: χ² = ${formatNumber(lr.statistic, 2)}, ${formatP(lr.p)}.${hr ? ` Hazard ratio (${hr.methodLabel ?? hr.method}; Efron ties): ${formatInterval(hr.estimate, hr.ci, r.plan.level)}.` : ""}`,
      },
    ],
  };
}

const KM_TITLE = "Cumulative share of children who entered care, by arm";

/**
 * The Kaplan–Meier chart from the survival part alone (`fgc trial` draws it while the analysis
 * goes on), as the Vega-Lite spec of the report's
 * interactive chart and the static drawer of its SVG file (report/figures/kaplan-meier-figure.ts),
 * from the same curves and numbers at risk.
 * @example kaplanMeierChart(result.survival).drawSvg().startsWith("<svg") // true
 */
export function kaplanMeierChart(survival: TrialResult["survival"]): {
  spec: Record<string, unknown>;
  drawSvg: () => string;
} {
  return {
    spec: kaplanMeierSpec(survival.curves, survival.atRisk, "Kaplan–Meier"),
    drawSvg: () =>
      kaplanMeierSvg(survival.curves, survival.atRisk, {
        title: KM_TITLE,
        description: kaplanMeierDescription(survival),
      }),
  };
}

/** The chart's text alternative: what the curves, bands, line styles and at-risk rows show. */
function kaplanMeierDescription(survival: TrialResult["survival"]): string {
  return `Kaplan–Meier estimates of the share of children who entered care over time since the letter, by arm, with confidence bands; the FGC arm is a solid line, the control arm a dashed line. Under the curves, the number of children at risk in each arm at days ${survival.atRisk.map((a) => a.day).join(", ")}.${beyondWindow(survival)}`;
}

/** The sentence saying the curves stop at the window while follow-up (and the Cox model) go on. */
function beyondWindow(survival: TrialResult["survival"]): string {
  const end = survival.atRisk.at(-1)?.day ?? 0;
  const last = Math.max(0, ...survival.curves.flatMap((c) => c.time));
  return last > end
    ? ` The curves are drawn to day ${formatCount(end)}, the end of the plan's window; follow-up runs to day ${formatCount(last)}, and the log-rank test and hazard ratio use all of it.`
    : "";
}

/** Children still at risk (not yet entered care, not yet censored) by arm at each day. */
export function numbersAtRiskTable(r: TrialResult): ReportTable {
  const atRisk = r.survival.atRisk;
  return {
    id: "numbers-at-risk",
    caption: "Number of children at risk of entering care, by arm and days since the letter",
    columns: ["Arm", ...atRisk.map((a) => `Day ${a.day}`)],
    numeric: [false, ...atRisk.map(() => true)],
    rows: [
      [armLabels.fgc, ...atRisk.map((a) => formatCount(a.fgc))],
      [armLabels.control, ...atRisk.map((a) => formatCount(a.control))],
    ],
    notes: [
      "At risk at day t: children whose follow-up lasted at least t days without entering care before day t (as R's summary(survfit(…), times = t)).",
    ],
  };
}
