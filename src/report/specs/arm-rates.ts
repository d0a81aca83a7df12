// Arm rates with their confidence intervals, one panel row per outcome: the picture of "who was
// looked after, in each arm".
import { armLabels, armScale, baseConfig, VEGA_LITE_SCHEMA } from "./common.js";

export interface ArmRateRow {
  outcome: string;
  arm: "fgc" | "control";
  rate: number;
  lower: number;
  upper: number;
}

export function armRatesSpec(rows: ArmRateRow[], title: string) {
  const values = rows.map((r) => ({
    ...r,
    armLabel: armLabels[r.arm],
    text: `${(r.rate * 100).toFixed(1)}% (${(r.lower * 100).toFixed(1)}–${(r.upper * 100).toFixed(1)})`,
  }));
  const y = { field: "armLabel", type: "nominal", title: null, sort: [armLabels.fgc, armLabels.control] };
  const x = {
    type: "quantitative",
    scale: { domain: [0, 1] },
    axis: { format: ".0%" },
    title: "Percentage of children",
  };
  return {
    $schema: VEGA_LITE_SCHEMA,
    description: title,
    data: { values },
    config: baseConfig,
    facet: {
      row: {
        field: "outcome",
        type: "nominal",
        title: null,
        header: { labelAngle: 0, labelAlign: "left", labelFontSize: 12 },
      },
    },
    spec: {
      width: 380,
      height: { step: 22 },
      layer: [
        {
          mark: { type: "bar", opacity: 0.85 },
          encoding: {
            y,
            x: { ...x, field: "rate" },
            color: { field: "armLabel", type: "nominal", scale: armScale, title: "Arm" },
            tooltip: [
              { field: "armLabel", title: "Arm" },
              { field: "text", title: "Rate (95% CI)" },
            ],
          },
        },
        {
          mark: { type: "rule", color: "#1b1b1b", strokeWidth: 1.5 },
          encoding: { y, x: { ...x, field: "lower" }, x2: { field: "upper" } },
        },
      ],
    },
  };
}
