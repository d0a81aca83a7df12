// Kaplan–Meier curves of time to first care entry by arm, drawn as the cumulative share entered
// care (1 − S), with the pointwise confidence band, and the numbers at risk by arm as a row of
// text under the curves on the same day axis (the report also gives them as an HTML table).
// The day axis runs from 0 to the last at-risk day (the plan's window) with a tick at each
// at-risk day, so every tick has its counts under it; a curve whose follow-up runs past the
// window is drawn to the window's end.
import { armLabels, armScale, baseConfig, VEGA_LITE_SCHEMA } from "./common.js";

export interface CurvePoints {
  arm: "fgc" | "control";
  time: number[];
  surv: number[];
  lower: (number | null)[];
  upper: (number | null)[];
}

/** Short arm names for the at-risk rows, which must fit beside the curves' percentage axis. */
export const atRiskLabels = { fgc: "FGC", control: "Control" } as const;

export interface AtRiskPoint {
  day: number;
  fgc: number;
  control: number;
}

export function kaplanMeierSpec(curves: CurvePoints[], atRisk: AtRiskPoint[], title: string) {
  const days = atRisk.map((r) => r.day);
  const end = Math.max(0, ...days);
  const values: Record<string, unknown>[] = [];
  for (const c of curves) {
    // Start every curve at time 0 with nobody in care.
    let last = { arm: armLabels[c.arm], time: 0, entered: 0, lo: 0 as number | null, hi: 0 as number | null };
    values.push(last);
    c.time.forEach((t, i) => {
      if (t > end) return;
      const lo = c.upper[i] === null ? null : 1 - (c.upper[i] as number);
      const hi = c.lower[i] === null ? null : 1 - (c.lower[i] as number);
      last = { arm: armLabels[c.arm], time: t, entered: 1 - c.surv[i], lo, hi };
      values.push(last);
    });
    // The step that holds at the window's end, so the line reaches the axis's end.
    if (last.time < end && c.time.some((t) => t >= end)) values.push({ ...last, time: end });
  }
  // The legend draws each arm as a line sample, so it shows the dash as well as the colour.
  const color = {
    field: "arm",
    type: "nominal",
    scale: armScale,
    title: "Arm",
    legend: { symbolType: "stroke", symbolStrokeWidth: 2.5, symbolSize: 400, symbolOpacity: 1 },
  };
  // Colour is never the only cue (WCAG 1.4.1): the control arm's line is also dashed.
  const strokeDash = {
    field: "arm",
    type: "nominal",
    scale: {
      domain: armScale.domain,
      range: [
        [1, 0],
        [6, 4],
      ],
    },
    title: "Arm",
  };
  const x = {
    field: "time",
    type: "quantitative",
    title: "Days since the pre-proceedings letter",
    scale: { domain: [0, end], nice: false },
    axis: { values: days, format: "d" },
  };
  const atRiskValues = atRisk.flatMap((r) => [
    { arm: atRiskLabels.fgc, time: r.day, n: r.fgc },
    { arm: atRiskLabels.control, time: r.day, n: r.control },
  ]);
  return {
    $schema: VEGA_LITE_SCHEMA,
    description: title,
    config: baseConfig,
    // One day scale for the curves and the at-risk row, so each count sits under its day.
    resolve: { scale: { x: "shared" } },
    vconcat: [curvesView(values, x, color, strokeDash), atRiskView(atRiskValues, end)],
  };
}

function curvesView(
  values: Record<string, unknown>[],
  x: Record<string, unknown>,
  color: Record<string, unknown>,
  strokeDash: Record<string, unknown>,
) {
  return {
    width: 520,
    height: 300,
    data: { values },
    layer: [
      {
        mark: { type: "area", interpolate: "step-after", opacity: 0.15 },
        encoding: { x, y: { field: "lo", type: "quantitative" }, y2: { field: "hi" }, color },
      },
      {
        mark: { type: "line", interpolate: "step-after", strokeWidth: 2 },
        encoding: {
          x,
          y: {
            field: "entered",
            type: "quantitative",
            axis: { format: ".0%" },
            title: "Children who entered care",
          },
          color,
          strokeDash,
          tooltip: [
            { field: "arm" },
            { field: "time", title: "Day" },
            { field: "entered", title: "Entered care", format: ".1%" },
          ],
        },
      },
    ],
  };
}

function atRiskView(values: { arm: string; time: number; n: number }[], end: number) {
  return {
    width: 520,
    height: 44,
    title: { text: "Number at risk", anchor: "start", fontSize: 12, fontWeight: "normal" },
    data: { values },
    mark: { type: "text", fontSize: 11 },
    encoding: {
      x: { field: "time", type: "quantitative", axis: null, scale: { domain: [0, end], nice: false } },
      y: {
        field: "arm",
        type: "nominal",
        sort: [atRiskLabels.fgc, atRiskLabels.control],
        title: null,
        // Padding keeps the labels clear of the day-0 counts, which are centred on the y axis.
        axis: { domain: false, ticks: false, grid: false, labelPadding: 24 },
      },
      text: { field: "n", type: "quantitative", format: "," },
    },
  };
}
