// The cost-effectiveness plane (Black 1990): each cluster-bootstrap replicate a point, the
// difference in the proportion of children looked after (FGC − control, percentage points) across,
// the difference in mean cost per child (FGC − control, pounds) up, with zero lines and the four
// quadrants labelled in words, and the observed differences as a larger point.
import { armColours, baseConfig, VEGA_LITE_SCHEMA } from "./common.js";

export interface PlanePoint {
  /** Difference in the proportion looked after, percentage points. */
  x: number;
  /** Difference in mean cost per child, pounds. */
  y: number;
}

/**
 * @example costEffectivenessPlaneSpec([{ x: -10, y: -900 }], { x: -11, y: -960 }, "Cost-effectiveness plane")
 */
export function costEffectivenessPlaneSpec(points: PlanePoint[], observed: PlanePoint | null, title: string) {
  const xs = [...points.map((p) => p.x), observed?.x ?? 0, 0];
  const ys = [...points.map((p) => p.y), observed?.y ?? 0, 0];
  // Symmetric domains around 0, so every quadrant (and its label) is drawn.
  const xMax = Math.max(1, ...xs.map(Math.abs)) * 1.1;
  const yMax = Math.max(1, ...ys.map(Math.abs)) * 1.1;
  const x = {
    field: "x",
    type: "quantitative",
    title: "Difference in children looked after (FGC − control, percentage points)",
    scale: { domain: [-xMax, xMax], nice: false },
  };
  const y = {
    field: "y",
    type: "quantitative",
    title: "Difference in cost per child (FGC − control, £)",
    scale: { domain: [-yMax, yMax], nice: false },
    axis: { format: ",.0f" },
  };
  const quadrants = [
    {
      x: -xMax * 0.95,
      y: -yMax * 0.95,
      align: "left",
      baseline: "bottom",
      text: "fewer looked after, saves money",
    },
    {
      x: xMax * 0.95,
      y: -yMax * 0.95,
      align: "right",
      baseline: "bottom",
      text: "more looked after, saves money",
    },
    {
      x: -xMax * 0.95,
      y: yMax * 0.95,
      align: "left",
      baseline: "top",
      text: "fewer looked after, costs more",
    },
    {
      x: xMax * 0.95,
      y: yMax * 0.95,
      align: "right",
      baseline: "top",
      text: "more looked after, costs more",
    },
  ];
  return {
    $schema: VEGA_LITE_SCHEMA,
    description: title,
    config: baseConfig,
    width: 520,
    height: 360,
    layer: [
      {
        data: { values: points },
        mark: { type: "circle", size: 12, opacity: 0.35, color: armColours.fgc },
        encoding: { x, y },
      },
      {
        data: { values: [{ zero: 0 }] },
        mark: { type: "rule", color: "#333333" },
        encoding: { x: { field: "zero", type: "quantitative", scale: x.scale } },
      },
      {
        data: { values: [{ zero: 0 }] },
        mark: { type: "rule", color: "#333333" },
        encoding: { y: { field: "zero", type: "quantitative", scale: y.scale } },
      },
      ...quadrants.map((q) => ({
        data: { values: [q] },
        mark: { type: "text", align: q.align, baseline: q.baseline, fontSize: 12, color: "#222222" },
        encoding: {
          x: { field: "x", type: "quantitative", scale: x.scale },
          y: { field: "y", type: "quantitative", scale: y.scale },
          text: { field: "text" },
        },
      })),
      ...(observed
        ? [
            {
              data: { values: [{ ...observed, label: "observed difference" }] },
              mark: { type: "point", shape: "diamond", size: 160, filled: true, color: armColours.control },
              encoding: {
                x,
                y,
                tooltip: [
                  { field: "label", title: "Point" },
                  { field: "x", title: "Looked after (points)", format: ".1f" },
                  { field: "y", title: "Cost (£)", format: ",.0f" },
                ],
              },
            },
          ]
        : []),
    ],
  };
}
