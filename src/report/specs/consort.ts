// The CONSORT flow diagram (Schulz et al. 2010) as a chart: boxes for randomised, allocated and
// analysed by arm, with exclusions and their reasons.
import { armColours, VEGA_LITE_SCHEMA } from "./common.js";

export interface ConsortBox {
  id: string;
  column: 0 | 1 | 2;
  row: number;
  lines: string[];
  arm?: "fgc" | "control";
}

/** An arrow from one box to another, by id. */
export type ConsortEdge = [from: string, to: string];

export function consortSpec(boxes: ConsortBox[], edges: ConsortEdge[], title: string) {
  const colX = [150, 450, 750];
  const rowY = (r: number) => 60 + r * 120;
  const rects = boxes.map((b) => ({
    x: colX[b.column] - 140,
    x2: colX[b.column] + 140,
    y: rowY(b.row) - 42,
    y2: rowY(b.row) + 42,
    stroke: b.arm ? armColours[b.arm] : "#1b1b1b",
  }));
  const texts = boxes.flatMap((b) =>
    b.lines.map((line, i) => ({
      x: colX[b.column],
      y: rowY(b.row) - ((b.lines.length - 1) * 16) / 2 + i * 16,
      line,
      bold: i === 0,
    })),
  );
  const byId = new Map(boxes.map((b) => [b.id, b]));
  const lines = edges.flatMap(([from, to]) => {
    const a = byId.get(from);
    const b = byId.get(to);
    if (!a || !b) return [];
    if (a.row === b.row) {
      const dir = Math.sign(colX[b.column] - colX[a.column]);
      return [
        { x: colX[a.column] + dir * 140, y: rowY(a.row), x2: colX[b.column] - dir * 140, y2: rowY(b.row) },
      ];
    }
    return [{ x: colX[a.column], y: rowY(a.row) + 42, x2: colX[b.column], y2: rowY(b.row) - 42 }];
  });
  const height = rowY(Math.max(...boxes.map((b) => b.row))) + 60;
  const q = (field: string, domain: number[], reverse = false) => ({
    field,
    type: "quantitative",
    axis: null,
    scale: { domain, reverse },
  });
  return {
    $schema: VEGA_LITE_SCHEMA,
    description: title,
    width: 900,
    height,
    config: { view: { stroke: null }, font: "DejaVu Sans, system-ui, sans-serif" },
    layer: [
      {
        data: { values: rects },
        mark: { type: "rect", fill: "white", strokeWidth: 2, cornerRadius: 4 },
        encoding: {
          x: q("x", [0, 900]),
          x2: { field: "x2" },
          y: q("y", [0, height], true),
          y2: { field: "y2" },
          stroke: { field: "stroke", type: "nominal", scale: null },
        },
      },
      {
        data: { values: lines },
        mark: { type: "rule", color: "#505a5f", strokeWidth: 1.5 },
        encoding: {
          x: q("x", [0, 900]),
          x2: { field: "x2" },
          y: q("y", [0, height], true),
          y2: { field: "y2" },
        },
      },
      {
        data: { values: lines },
        mark: { type: "point", shape: "triangle-down", filled: true, size: 60, color: "#505a5f" },
        encoding: { x: q("x2", [0, 900]), y: q("y2", [0, height], true) },
      },
      ...[true, false].map((bold) => ({
        data: { values: texts.filter((t) => t.bold === bold) },
        mark: {
          type: "text",
          fontSize: 12,
          align: "center",
          baseline: "middle",
          fontWeight: bold ? "bold" : "normal",
        },
        encoding: { x: q("x", [0, 900]), y: q("y", [0, height], true), text: { field: "line" } },
      })),
    ],
  };
}
