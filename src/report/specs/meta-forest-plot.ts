// Forest plot of a meta-analysis: one row per study (a square sized by its random-effects weight,
// its interval as a line), then the pooled effect as diamonds (z and Knapp–Hartung intervals) and
// the prediction interval as a bar, with the line of no effect; study labels on the left and
// "estimate (CI) weight" on the right. Built from the result's numbers only. The axis spans the
// intervals within 1/100 to 100 for ratios; an interval past the axis stops at its edge (its full
// value is in the text on the right and in the table under the chart).
import { linearTicks, logTicks } from "./axis-ticks.js";
import { baseConfig, VEGA_LITE_SCHEMA } from "./common.js";

export interface MetaForestRow {
  label: string;
  kind: "study" | "pooled" | "prediction";
  estimate: number;
  lower: number;
  upper: number;
  /** percent of the total weight; studies only */
  weight?: number;
  /** "0.80 (0.64 to 1.00)  31.2%" drawn right of the plot */
  text: string;
}

const WIDTH = 380;
const ROW = 26;
const RATIO_LIMITS: [number, number] = [0.01, 100];

/** @example metaForestPlotSpec(rows, { scale: "ratio", title: "Forest plot", axisTitle: "Odds ratio" }) */
export function metaForestPlotSpec(
  rows: MetaForestRow[],
  options: { scale: "ratio" | "difference"; title: string; axisTitle: string },
) {
  const ratio = options.scale === "ratio";
  const nullValue = ratio ? 1 : 0;
  const lo = Math.min(nullValue, ...rows.map((r) => r.lower));
  const hi = Math.max(nullValue, ...rows.map((r) => r.upper));
  const domain: [number, number] = ratio
    ? [Math.max(RATIO_LIMITS[0], lo / 1.15), Math.min(RATIO_LIMITS[1], hi * 1.15)]
    : [lo - (hi - lo) * 0.05, hi + (hi - lo) * 0.05];
  // Square area proportional to weight, the heaviest study's square the largest.
  const maxWeight = Math.max(...rows.map((r) => r.weight ?? 0));
  const clamp = (x: number) => Math.min(domain[1], Math.max(domain[0], x));
  const data = rows.map((r, i) => ({
    ...r,
    y: i,
    lowerDrawn: clamp(r.lower),
    upperDrawn: clamp(r.upper),
    estimateDrawn: clamp(r.estimate),
  }));
  // Each diamond as an area: zero height at its limits, ±0.35 of a row at the estimate.
  const diamonds = data
    .filter((r) => r.kind === "pooled")
    .flatMap((r) =>
      [
        [r.lowerDrawn, 0],
        [r.estimateDrawn, 0.35],
        [r.upperDrawn, 0],
      ].map(([x, h]) => ({ label: r.label, text: r.text, x, top: r.y - h, bottom: r.y + h })),
    );
  const xScale = ratio ? { type: "log" as const, domain, nice: false } : { domain, nice: false };
  const yScale = { domain: [-0.7, rows.length - 0.3], reverse: true, nice: false, zero: false };
  const y = { field: "y", type: "quantitative", scale: yScale, axis: null };
  const axis = {
    values: ratio ? logTicks(domain, WIDTH) : linearTicks(domain, WIDTH),
    // With no precision Vega takes one from the tick step and writes −75 as "−80" on an axis
    // stepped by 25: six significant digits, trailing zeros dropped, as the trial forest plots.
    format: ",.6~r",
    labelOverlap: true,
    title: options.axisTitle,
  };
  const tooltip = [
    { field: "label", title: "Row" },
    { field: "text", title: "Estimate (CI), weight" },
  ];
  const only = (kind: string) => [{ filter: `datum.kind === '${kind}'` }];
  return {
    $schema: VEGA_LITE_SCHEMA,
    description: options.title,
    width: WIDTH,
    height: ROW * rows.length,
    data: { values: data },
    config: { ...baseConfig, axisY: { grid: false } },
    layer: [
      {
        mark: { type: "rule", color: "#505a5f", strokeDash: [4, 3] },
        data: { values: [{ x: nullValue }] },
        encoding: { x: { field: "x", type: "quantitative", scale: xScale, axis } },
      },
      {
        transform: only("prediction"),
        mark: { type: "rule", strokeWidth: 8, color: "#b1b4b6", clip: true },
        encoding: {
          y,
          x: { field: "lowerDrawn", type: "quantitative", scale: xScale },
          x2: { field: "upperDrawn" },
          tooltip,
        },
      },
      {
        transform: only("study"),
        mark: { type: "rule", strokeWidth: 1.5, color: "#1b1b1b", clip: true },
        encoding: {
          y,
          x: { field: "lowerDrawn", type: "quantitative", scale: xScale },
          x2: { field: "upperDrawn" },
        },
      },
      {
        transform: only("study"),
        mark: { type: "point", filled: true, shape: "square", color: "#1d70b8", opacity: 1, clip: true },
        encoding: {
          y,
          x: { field: "estimateDrawn", type: "quantitative", scale: xScale },
          size: {
            field: "weight",
            type: "quantitative",
            scale: { domain: [0, maxWeight], range: [20, 420] },
            legend: null,
          },
          tooltip,
        },
      },
      {
        data: { values: diamonds },
        mark: { type: "area", color: "#1b1b1b", orient: "vertical", clip: true },
        encoding: {
          x: { field: "x", type: "quantitative", scale: xScale },
          y: { field: "top", type: "quantitative", scale: yScale, axis: null },
          y2: { field: "bottom" },
          detail: { field: "label", type: "nominal" },
          tooltip: [
            { field: "label", title: "Row" },
            { field: "text", title: "Estimate (CI)" },
          ],
        },
      },
      {
        mark: { type: "text", align: "right", baseline: "middle", fontSize: 12, color: "#1b1b1b" },
        encoding: { y, x: { value: -10 }, text: { field: "label" } },
      },
      {
        mark: { type: "text", align: "left", baseline: "middle", fontSize: 12, color: "#1b1b1b" },
        encoding: { y, x: { value: WIDTH + 10 }, text: { field: "text" } },
      },
    ],
  };
}
