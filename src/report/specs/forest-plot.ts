// Forest plot: one row per effect, point and interval on a log axis for ratios or a linear axis
// for differences, with the line of no effect, and an optional text note to the right of each
// row (the subgroup plot puts each subgroup's interaction p-value there). Built from estimate
// rows only. The axis spans the intervals and no more, within ±100 points for differences and
// 1/100 to 100 for ratios; an interval that runs past the axis stops at its edge with an arrowhead
// (the tooltip keeps its full text), so a wide small-data interval cannot stretch the axis.
import { baseConfig, VEGA_LITE_SCHEMA } from "./common.js";
import { FOREST_WIDTH as WIDTH, forestAxis } from "./forest-axis.js";

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

export function forestPlotSpec(
  rows: ForestRow[],
  options: { scale: "ratio" | "difference"; title: string; axisTitle: string },
) {
  const { shown, nullValue, domain, ticks } = forestAxis(rows, options.scale);
  const xScale =
    options.scale === "ratio" ? { type: "log" as const, domain, nice: false } : { domain, nice: false };
  // Each interval as drawn: within the axis, with the ends it lost marked by an arrowhead.
  const data = shown.map((r) => ({
    ...r,
    lowerDrawn: Math.max(domain[0], r.lower as number),
    upperDrawn: Math.min(domain[1], r.upper as number),
  }));
  const arrows = (side: "left" | "right") =>
    data
      .filter((r) => (side === "left" ? (r.lower as number) < domain[0] : (r.upper as number) > domain[1]))
      .map((r) => ({ label: r.label, x: side === "left" ? domain[0] : domain[1], text: r.text }));
  // Ticks chosen so labels never collide and the no-effect value is always labelled.
  const axis = {
    values: ticks,
    // Six significant digits stated: with none, Vega derives the precision from the tick step
    // and writes −75 as "−80" on an axis stepped by 25.
    format: ",.6~r",
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
          x: { field: "lowerDrawn", type: "quantitative", scale: xScale, axis, title: options.axisTitle },
          x2: { field: "upperDrawn" },
        },
      },
      {
        mark: { type: "point", filled: true, size: 70, shape: "square", color: "#1d70b8", clip: true },
        encoding: {
          y,
          x: { field: "estimate", type: "quantitative", scale: xScale },
          tooltip: [
            { field: "label", title: "Effect" },
            { field: "text", title: "Estimate (CI)" },
          ],
        },
      },
      ...(["left", "right"] as const).flatMap((side) => {
        const values = arrows(side);
        return values.length ? [arrowLayer(side, values, y)] : [];
      }),
      ...(data.some((r) => r.note) ? [notesLayer(y)] : []),
    ],
  };
}

/** Arrowheads at the axis's edge on the rows whose interval runs past it. */
function arrowLayer(side: "left" | "right", values: Record<string, unknown>[], y: Record<string, unknown>) {
  return {
    data: { values },
    mark: { type: "point", filled: true, size: 90, shape: `triangle-${side}`, color: "#1b1b1b" },
    encoding: {
      y,
      x: { field: "x", type: "quantitative" },
      tooltip: [
        { field: "label", title: "Effect" },
        { field: "text", title: "Estimate (CI), past the axis" },
      ],
    },
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
