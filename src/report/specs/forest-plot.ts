/**
 * Forest plot: one row per effect, point and interval on a log axis for ratios or a linear axis
 * for differences, with the line of no effect, and an optional text note to the right of each
 * row (the subgroup plot puts each subgroup's interaction p-value there). Built from estimate
 * rows only.
 */
import { linearTicks, logTicks } from "./axis-ticks.js";
import { baseConfig, VEGA_LITE_SCHEMA } from "./common.js";

export interface ForestRow {
  label: string;
  estimate: number | null;
  lower: number | null;
  upper: number | null;
  /** Formatted "estimate (lo to hi)" for the tooltip. */
  text: string;
  group?: string;
  /** Text drawn to the right of the plot on this row (e.g. "interaction p = 0.43"). */
  note?: string;
}

/** Plot width in pixels; notes start just right of it. */
const WIDTH = 420;

export function forestPlotSpec(
  rows: ForestRow[],
  options: { scale: "ratio" | "difference"; title: string; axisTitle: string },
) {
  const data = rows.filter((r) => r.estimate !== null && r.lower !== null && r.upper !== null);
  const nullValue = options.scale === "ratio" ? 1 : 0;
  const lo = Math.min(nullValue, ...data.map((r) => r.lower as number));
  const hi = Math.max(nullValue, ...data.map((r) => r.upper as number));
  const xScale =
    options.scale === "ratio"
      ? { type: "log" as const, domain: [lo / 1.15, hi * 1.15], nice: false }
      : { domain: [lo - (hi - lo) * 0.08, hi + (hi - lo) * 0.08], nice: false };
  // Ticks chosen so labels never collide and the no-effect value is always labelled.
  const domain = xScale.domain as [number, number];
  const axis = {
    values: options.scale === "ratio" ? logTicks(domain, WIDTH) : linearTicks(domain, WIDTH),
    format: ",~r",
    labelOverlap: true,
  };
  const order = data.map((r) => r.label);
  // Vega without a canvas (the SVG and PNG files) budgets 0.8 × font size a character, so a
  // 60-character label such as "Care proceedings issued within 12 months · RD, unadjusted" needs
  // 576 px there though a browser draws it in about 400; below that it is cut to "· R…".
  const y = { field: "label", type: "nominal", sort: order, title: null, axis: { labelLimit: 600 } };
  return {
    $schema: VEGA_LITE_SCHEMA,
    description: options.title,
    width: WIDTH,
    height: { step: 26 },
    data: { values: data },
    config: baseConfig,
    layer: [
      {
        mark: { type: "rule", color: "#505a5f", strokeDash: [4, 3] },
        data: { values: [{ x: nullValue }] },
        encoding: { x: { field: "x", type: "quantitative" } },
      },
      {
        mark: { type: "rule", strokeWidth: 2, color: "#1b1b1b" },
        encoding: {
          y,
          x: { field: "lower", type: "quantitative", scale: xScale, axis, title: options.axisTitle },
          x2: { field: "upper" },
        },
      },
      {
        mark: { type: "point", filled: true, size: 70, shape: "square", color: "#1d70b8" },
        encoding: {
          y,
          x: { field: "estimate", type: "quantitative", scale: xScale },
          tooltip: [
            { field: "label", title: "Effect" },
            { field: "text", title: "Estimate (CI)" },
          ],
        },
      },
      ...(data.some((r) => r.note) ? [notesLayer(y)] : []),
    ],
  };
}

/** The rows' notes as left-aligned text just right of the plot area, one per row. */
function notesLayer(y: Record<string, unknown>) {
  return {
    transform: [{ filter: "datum.note != null && datum.note !== ''" }],
    mark: { type: "text", align: "left", baseline: "middle", fontSize: 12, color: "#1b1b1b" },
    encoding: { y, x: { value: WIDTH + 12 }, text: { field: "note" } },
  };
}
