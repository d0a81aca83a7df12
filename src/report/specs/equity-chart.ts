// Rates with confidence intervals for labelled rows (groups of children, or an authority beside
// its comparators), with a dashed reference line (the authority's own overall rate, or the
// pooled rate of all areas). Rows keep the given order; a row's `kind` changes its shape too.
import { baseConfig, VEGA_LITE_SCHEMA } from "./common.js";

export interface IntervalDatum {
  label: string;
  kind: string;
  rate: number;
  lower: number;
  upper: number;
}

export function equityChartSpec(
  rows: IntervalDatum[],
  options: { title: string; xTitle: string; reference: number | null; kinds: string[]; note?: string },
) {
  const y = {
    field: "label",
    type: "nominal",
    sort: rows.map((r) => r.label),
    title: null,
    axis: { labelLimit: 280 },
  };
  const x = {
    field: "rate",
    type: "quantitative",
    title: options.xTitle,
    axis: { format: ".0%" },
    scale: { domain: [0, 1] },
  };
  const shapes = ["circle", "square", "diamond", "triangle-up", "cross"];
  const colours = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#6f777b"];
  const kind = { domain: options.kinds, range: options.kinds.map((_, i) => colours[i % colours.length]) };
  const layers: Record<string, unknown>[] = [
    {
      mark: { type: "rule", strokeWidth: 2 },
      encoding: {
        y,
        x: { field: "lower", type: "quantitative" },
        x2: { field: "upper" },
        color: { field: "kind", type: "nominal", title: null, scale: kind },
      },
    },
    {
      mark: { type: "point", filled: true, size: 80 },
      encoding: {
        y,
        x,
        color: { field: "kind", type: "nominal", title: null, scale: kind },
        shape: {
          field: "kind",
          type: "nominal",
          title: null,
          scale: { domain: options.kinds, range: options.kinds.map((_, i) => shapes[i % shapes.length]) },
        },
        tooltip: [
          { field: "label", title: "Row" },
          { field: "rate", title: "Rate", format: ".1%" },
          { field: "lower", title: "CI from", format: ".1%" },
          { field: "upper", title: "CI to", format: ".1%" },
        ],
      },
    },
  ];
  if (options.reference !== null)
    layers.unshift({
      data: { values: [{ reference: options.reference }] },
      mark: { type: "rule", strokeDash: [5, 4], color: "#1b1b1b" },
      encoding: { x: { field: "reference", type: "quantitative" } },
    });
  return {
    $schema: VEGA_LITE_SCHEMA,
    description: options.title,
    width: 420,
    height: { step: 22 },
    data: { values: rows },
    // Two columns keep the legend inside the chart's width (a fourth item ran off the edge).
    config: { ...baseConfig, legend: { ...baseConfig.legend, labelLimit: 260, columns: 2 } },
    // The note (e.g. groups not shown because suppressed) travels with the chart into SVG and PNG.
    ...(options.note
      ? {
          title: {
            text: options.note,
            anchor: "start",
            fontSize: 12,
            fontWeight: "normal",
            color: "#1b1b1b",
          },
        }
      : {}),
    layer: layers,
  };
}
