// Power curves: power against children per arm, one line per series (an effect at an ICC), with
// the power wanted as a dashed rule. Series differ in colour and in line style, so they stay
// apart in grey print and for colour-blind readers. Built from the result's curve points only.
import { baseConfig, VEGA_LITE_SCHEMA } from "./common.js";

export interface PowerCurveDatum {
  series: string;
  nPerArm: number;
  power: number;
}

/** Okabe–Ito colours, then dashes, for up to 8 series. */
const COLOURS = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#6f777b"];
const DASHES = [
  [1, 0],
  [6, 3],
  [2, 2],
  [8, 3, 2, 3],
  [4, 4],
  [1, 3],
  [10, 4],
  [3, 6],
];

export function powerCurveSpec(
  rows: PowerCurveDatum[],
  options: { title: string; series: string[]; target: number; xTitle: string },
) {
  const domain = options.series;
  const color = {
    field: "series",
    type: "nominal",
    title: null,
    scale: { domain, range: domain.map((_, i) => COLOURS[i % COLOURS.length]) },
  };
  return {
    $schema: VEGA_LITE_SCHEMA,
    description: options.title,
    width: 420,
    height: 260,
    config: { ...baseConfig, legend: { ...baseConfig.legend, columns: 2, labelLimit: 260 } },
    layer: [
      {
        data: { values: rows },
        mark: { type: "line", strokeWidth: 2 },
        encoding: {
          x: { field: "nPerArm", type: "quantitative", title: options.xTitle, scale: { zero: true } },
          y: {
            field: "power",
            type: "quantitative",
            title: "Power",
            axis: { format: ".0%" },
            scale: { domain: [0, 1] },
          },
          color,
          strokeDash: {
            field: "series",
            type: "nominal",
            title: null,
            scale: { domain, range: domain.map((_, i) => DASHES[i % DASHES.length]) },
          },
          tooltip: [
            { field: "series", title: "Series" },
            { field: "nPerArm", title: "Children per arm", format: ",.0f" },
            { field: "power", title: "Power", format: ".1%" },
          ],
        },
      },
      {
        data: { values: [{ target: options.target }] },
        mark: { type: "rule", color: "#505a5f", strokeDash: [4, 4] },
        encoding: { y: { field: "target", type: "quantitative" } },
      },
    ],
  };
}
