// Rank intervals ("caterpillar"): areas in rank order (1 = highest rate), each with its rank and
// the interval its rank could plausibly take. Wide, overlapping intervals show why a league table
// would mislead. The focus authority is a larger dark diamond with its name beside it.
import { compareText } from "../../util/compare-text.js";
import { baseConfig, VEGA_LITE_SCHEMA } from "./common.js";

export interface RankDatum {
  name: string;
  rank: number;
  lower: number;
  upper: number;
  rate: number;
  focus: boolean;
}

export function caterpillarPlotSpec(rows: RankDatum[], options: { title: string; level: number }) {
  const sorted = [...rows]
    .sort((a, b) => a.rank - b.rank || compareText(a.name, b.name))
    .map((r, i) => ({ ...r, order: i + 1 }));
  const x = {
    field: "order",
    type: "quantitative",
    title: "Areas in rank order",
    axis: { labels: false, ticks: false, grid: false },
  };
  const y = {
    field: "rank",
    type: "quantitative",
    title: `Rank (1 = highest rate), with ${Math.round(options.level * 100)}% interval`,
    scale: { reverse: true, domain: [1, Math.max(2, rows.length)] },
  };
  return {
    $schema: VEGA_LITE_SCHEMA,
    description: options.title,
    width: 560,
    height: 300,
    data: { values: sorted },
    config: baseConfig,
    layer: [
      {
        mark: { type: "rule", color: "#8d9aa3", strokeWidth: 1 },
        encoding: { x, y: { field: "lower", type: "quantitative" }, y2: { field: "upper" } },
      },
      {
        mark: { type: "point", filled: true, size: 25, color: "#1d70b8" },
        encoding: {
          x,
          y,
          tooltip: [
            { field: "name", title: "Area" },
            { field: "rate", title: "Rate", format: ".1%" },
            { field: "rank", title: "Rank" },
            { field: "lower", title: "Rank interval from" },
            { field: "upper", title: "to" },
          ],
        },
      },
      // The focus authority, only when ranked (an empty layer would leave an unlabelled mark group).
      ...(rows.some((r) => r.focus)
        ? [
            {
              transform: [{ filter: "datum.focus" }],
              layer: [
                {
                  mark: { type: "rule", color: "#1b1b1b", strokeWidth: 3, aria: false },
                  encoding: { x, y: { field: "lower", type: "quantitative" }, y2: { field: "upper" } },
                },
                {
                  mark: {
                    type: "point",
                    shape: "diamond",
                    filled: true,
                    size: 160,
                    color: "#1b1b1b",
                    aria: false,
                  },
                  encoding: { x, y },
                },
                {
                  mark: { type: "text", dx: 8, dy: -8, align: "left", fontWeight: "bold", aria: false },
                  encoding: { x, y, text: { field: "name" } },
                },
              ],
            },
          ]
        : []),
    ],
  };
}
