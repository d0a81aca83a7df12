// One authority's rate by period beside the pooled rate of all areas, with confidence
// intervals; the two series differ in colour, line style and point shape.
import { baseConfig, VEGA_LITE_SCHEMA } from "./common.js";

export interface TrendDatum {
  period: string;
  series: string;
  rate: number;
  lower: number;
  upper: number;
}

export function trendChartSpec(
  rows: TrendDatum[],
  options: { title: string; yTitle: string; periods: string[]; series: [focus: string, pooled: string] },
) {
  const domain = [...options.series];
  // Periods on a numeric axis so the two series sit side by side (±0.08) and their lines join.
  const labels = JSON.stringify(options.periods);
  const x = {
    field: "pos",
    type: "quantitative",
    title: "Period",
    scale: { domain: [-0.5, options.periods.length - 0.5], nice: false },
    axis: { values: options.periods.map((_, i) => i), labelExpr: `${labels}[datum.value]`, grid: false },
  };
  const values = rows.map((r) => ({
    ...r,
    pos: options.periods.indexOf(r.period) + (r.series === domain[0] ? -0.08 : 0.08),
  }));
  const color = {
    field: "series",
    type: "nominal",
    title: null,
    scale: { domain, range: ["#0072B2", "#6f777b"] },
  };
  return {
    $schema: VEGA_LITE_SCHEMA,
    description: options.title,
    width: 420,
    height: 240,
    data: { values },
    config: { ...baseConfig, legend: { ...baseConfig.legend, labelLimit: 260 } },
    layer: [
      {
        mark: { type: "rule", strokeWidth: 1.5 },
        encoding: { x, y: { field: "lower", type: "quantitative" }, y2: { field: "upper" }, color },
      },
      {
        mark: { type: "line", point: false, strokeWidth: 2 },
        encoding: {
          x,
          y: {
            field: "rate",
            type: "quantitative",
            title: options.yTitle,
            axis: { format: ".0%" },
            scale: { domain: [0, 1] },
          },
          color,
          strokeDash: {
            field: "series",
            type: "nominal",
            title: null,
            scale: {
              domain,
              range: [
                [1, 0],
                [5, 4],
              ],
            },
          },
        },
      },
      {
        mark: { type: "point", filled: true, size: 70 },
        encoding: {
          x,
          y: { field: "rate", type: "quantitative" },
          color,
          shape: {
            field: "series",
            type: "nominal",
            title: null,
            scale: { domain, range: ["circle", "square"] },
          },
          tooltip: [
            { field: "series", title: "Series" },
            { field: "period", title: "Period" },
            { field: "rate", title: "Rate", format: ".1%" },
            { field: "lower", title: "CI from", format: ".1%" },
            { field: "upper", title: "CI to", format: ".1%" },
          ],
        },
      },
    ],
  };
}
