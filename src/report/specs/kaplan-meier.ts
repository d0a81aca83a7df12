/**
 * Kaplan–Meier curves of time to first care entry by arm, drawn as the cumulative share entered
 * care (1 − S), with the pointwise confidence band.
 */
import { armLabels, armScale, baseConfig, VEGA_LITE_SCHEMA } from "./common.js";

export interface CurvePoints {
  arm: "fgc" | "control";
  time: number[];
  surv: number[];
  lower: (number | null)[];
  upper: (number | null)[];
}

export function kaplanMeierSpec(curves: CurvePoints[], title: string) {
  const values: Record<string, unknown>[] = [];
  for (const c of curves) {
    // Start every curve at time 0 with nobody in care.
    values.push({ arm: armLabels[c.arm], time: 0, entered: 0, lo: 0, hi: 0 });
    c.time.forEach((t, i) => {
      const lo = c.upper[i] === null ? null : 1 - (c.upper[i] as number);
      const hi = c.lower[i] === null ? null : 1 - (c.lower[i] as number);
      values.push({ arm: armLabels[c.arm], time: t, entered: 1 - c.surv[i], lo, hi });
    });
  }
  const color = { field: "arm", type: "nominal", scale: armScale, title: "Arm" };
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
  const x = { field: "time", type: "quantitative", title: "Days since the pre-proceedings letter" };
  return {
    $schema: VEGA_LITE_SCHEMA,
    description: title,
    width: 520,
    height: 300,
    data: { values },
    config: baseConfig,
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
