// Funnel plot: each area's rate against its denominator, the pooled rate as a horizontal line,
// and the 95% (dashed) and 99.8% (solid) control limits. Areas outside the limits are drawn with
// a different shape as well as colour, and the focus authority as a labelled diamond, so colour
// is never the only cue. Built from a FunnelPlot of results.json only.
import { baseConfig, VEGA_LITE_SCHEMA } from "./common.js";

export interface FunnelPointDatum {
  name: string;
  n: number;
  rate: number;
  /** "Above 99.8% limit", "Within limits" … */
  position: string;
  focus: boolean;
}

export interface FunnelCurveDatum {
  n: number;
  lower95: number;
  upper95: number;
  lower998: number;
  upper998: number;
}

/** Shapes and colours by position (Okabe–Ito; shapes carry the same meaning). */
export const funnelPositions = {
  domain: ["Above 99.8% limit", "Above 95% limit", "Within limits", "Below 95% limit", "Below 99.8% limit"],
  colours: ["#D55E00", "#E69F00", "#6f777b", "#56B4E9", "#0072B2"],
  shapes: ["triangle-up", "triangle-up", "circle", "triangle-down", "triangle-down"],
};

export function funnelPlotSpec(options: {
  points: FunnelPointDatum[];
  curve: FunnelCurveDatum[];
  target: number;
  title: string;
  xTitle: string;
  yTitle: string;
}) {
  const limits = options.curve.flatMap((c) => [
    { n: c.n, value: c.lower95, line: "95% limits", side: "lower" },
    { n: c.n, value: c.upper95, line: "95% limits", side: "upper" },
    { n: c.n, value: c.lower998, line: "99.8% limits", side: "lower" },
    { n: c.n, value: c.upper998, line: "99.8% limits", side: "upper" },
  ]);
  const ns = [...options.curve.map((c) => c.n), ...options.points.map((p) => p.n)].filter((n) => n > 0);
  const x = {
    field: "n",
    type: "quantitative",
    title: options.xTitle,
    scale: { type: "log", nice: false },
    // Ticks at 1, 2 and 5 times powers of ten: a log axis's default ticks crowd (90 and 100 ran together).
    axis: { values: oneTwoFiveTicks(Math.min(...ns), Math.max(...ns)), format: ",d", labelOverlap: "greedy" },
  };
  const y = {
    field: "rate",
    type: "quantitative",
    title: options.yTitle,
    axis: { format: ".0%" },
    scale: { domain: [0, 1] },
  };
  return {
    $schema: VEGA_LITE_SCHEMA,
    description: options.title,
    width: 560,
    height: 340,
    config: { ...baseConfig, legend: { ...baseConfig.legend, labelLimit: 240, columns: 3 } },
    layer: [
      {
        data: { values: limits },
        mark: { type: "line", color: "#505a5f", strokeWidth: 1.5 },
        encoding: {
          x,
          y: {
            field: "value",
            type: "quantitative",
            title: options.yTitle,
            axis: { format: ".0%" },
            scale: { domain: [0, 1] },
          },
          detail: [{ field: "line" }, { field: "side" }],
          strokeDash: {
            field: "line",
            type: "nominal",
            title: "Control limits",
            scale: {
              domain: ["95% limits", "99.8% limits"],
              range: [
                [5, 4],
                [1, 0],
              ],
            },
          },
        },
      },
      {
        data: { values: [{ target: options.target }] },
        mark: { type: "rule", color: "#1b1b1b", strokeWidth: 1 },
        encoding: { y: { field: "target", type: "quantitative" } },
      },
      {
        data: { values: options.points },
        mark: { type: "point", filled: true, size: 45, opacity: 0.85 },
        encoding: {
          x,
          y,
          color: {
            field: "position",
            type: "nominal",
            title: "Position",
            scale: { domain: funnelPositions.domain, range: funnelPositions.colours },
          },
          shape: {
            field: "position",
            type: "nominal",
            title: "Position",
            scale: { domain: funnelPositions.domain, range: funnelPositions.shapes },
          },
          tooltip: [
            { field: "name", title: "Area" },
            { field: "rate", title: "Rate", format: ".1%" },
            { field: "n", title: "Denominator" },
            { field: "position", title: "Position" },
          ],
        },
      },
      // The focus authority, when it is on the plot (a layer with no data would leave an unlabelled
      // mark group that screen readers announce; the chart's text alternative names it anyway).
      ...(options.points.some((p) => p.focus) ? [focusLayer(options.points, x, y)] : []),
    ],
  };
}

function focusLayer(points: FunnelPointDatum[], x: Record<string, unknown>, y: Record<string, unknown>) {
  return {
    data: { values: points.filter((p) => p.focus) },
    layer: [
      {
        mark: {
          type: "point",
          shape: "diamond",
          size: 220,
          filled: false,
          strokeWidth: 2.5,
          color: "#1b1b1b",
          aria: false,
        },
        encoding: { x, y },
      },
      {
        mark: {
          type: "text",
          dx: 10,
          dy: -10,
          align: "left",
          fontWeight: "bold",
          color: "#1b1b1b",
          aria: false,
        },
        encoding: { x, y, text: { field: "name" } },
      },
    ],
  };
}

/**
 * Tick values 1, 2 and 5 × 10^k from lo to hi (inclusive), so a log axis keeps its labels apart.
 * @example oneTwoFiveTicks(10, 200) // [10, 20, 50, 100, 200]
 */
export function oneTwoFiveTicks(lo: number, hi: number): number[] {
  if (!Number.isFinite(lo) || !Number.isFinite(hi) || lo <= 0) return [];
  const ticks: number[] = [];
  for (let k = Math.floor(Math.log10(lo)); 10 ** k <= hi; k++)
    for (const m of [1, 2, 5]) {
      const v = m * 10 ** k;
      if (v >= lo && v <= hi) ticks.push(v);
    }
  return ticks;
}
