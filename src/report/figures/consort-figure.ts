// The CONSORT flow diagram drawn without Vega (issue 13 §3): the boxes, lines and arrows of
// report/specs/consort.ts from the same boxes and edges — three columns of boxes by row, each
// box's first line bold, an arm's boxes outlined in its colour, arrows from box to box.
// Better than Vega's: every box is as wide as the widest line of text needs (textWidth) and at
// least the spec's 280 px, so no line runs out of its box; each row is as tall as its lines need
// (not the spec's fixed 84 px, which leaves most boxes half empty); the arms' columns stand side
// by side under the randomised box, without the spec's empty middle column; the arrows from the
// randomised box turn square corners (down, across, down) as CONSORT's template draws them,
// with the arrowhead along the last leg. A smaller picture is also a faster PNG.
import type { ConsortBox, ConsortEdge } from "../specs/consort.js";
import { line, text } from "./axis.js";
import { figureStyle as s } from "./figure-style.js";
import { svgDocument, svgElement, svgNumber } from "./svg.js";
import { textWidth } from "./text-width.js";

const PAD = 10;
/** The spec's box width (280 px) is the least a box takes; its height fits two lines at least. */
const MIN_BOX = { width: 280, lines: 2 };
const INSET = 12;
const LINE_STEP = 16;
/** Between columns; between the arms' columns when the middle one is set over them; between rows. */
const GAP = { column: 20, arms: 40, row: 30 };
const ARROW = { colour: "#505a5f", width: 1.5, head: 7, halfBase: 4 };
const OUTLINE = "#1b1b1b";

/**
 * The CONSORT diagram as a complete SVG document, from consortSpec's boxes and edges (an edge
 * naming a missing box is left out, as the spec does); `doc` gives the title and description.
 * @example consortSvg([{ id: "a", column: 1, row: 0, lines: ["Randomised"] }], [], { title: "CONSORT", description: "d" }).includes(">Randomised</text>") // true
 */
export function consortSvg(
  boxes: readonly ConsortBox[],
  edges: readonly ConsortEdge[],
  doc: { title: string; description: string },
): string {
  // Columns 0 and 2 (the arms) share one width, so the diagram stays symmetric; each row is as
  // tall as its longest box.
  const need = (b: ConsortBox) =>
    Math.max(0, ...b.lines.map((l, i) => textWidth(l, s.fontSize, { bold: i === 0 }))) + 2 * INSET;
  const columns = Math.max(0, ...boxes.map((b) => b.column)) + 1;
  const rows = Math.max(0, ...boxes.map((b) => b.row)) + 1;
  const columnNeed = (c: number) =>
    Math.ceil(Math.max(MIN_BOX.width, ...boxes.filter((b) => b.column === c).map(need)));
  const widths = Array.from({ length: columns }, (_, c) =>
    c === 1 ? columnNeed(1) : Math.max(columnNeed(0), columnNeed(2)),
  );
  const heights = Array.from({ length: rows }, (_, r) =>
    Math.max(
      0,
      ...boxes
        .filter((b) => b.row === r)
        .map((b) => Math.max(MIN_BOX.lines, b.lines.length) * LINE_STEP + 2 * INSET),
    ),
  );
  const centres = columnCentres(boxes, widths);
  const topOf = (r: number) => PAD + heights.slice(0, r).reduce((a, h) => a + h + GAP.row, 0);
  const frame = (b: ConsortBox) => ({
    cx: centres.at[b.column],
    cy: topOf(b.row) + heights[b.row] / 2,
    width: widths[b.column],
    height: heights[b.row],
  });
  const byId = new Map(boxes.map((b) => [b.id, b]));

  const body: string[] = [];
  for (const [from, to] of edges) {
    const a = byId.get(from);
    const b = byId.get(to);
    if (a && b) body.push(...arrow(frame(a), frame(b)));
  }
  for (const b of boxes) {
    const { cx, cy, width, height } = frame(b);
    body.push(
      svgElement("rect", {
        x: cx - width / 2,
        y: cy - height / 2,
        width,
        height,
        rx: 4,
        fill: "white",
        stroke: b.arm ? s.arm[b.arm] : OUTLINE,
        "stroke-width": 2,
      }),
    );
    const firstBaseline = cy - ((b.lines.length - 1) * LINE_STEP) / 2 + s.fontSize * (s.ascent - 0.5);
    body.push(...b.lines.map((l, i) => text(l, cx, firstBaseline + i * LINE_STEP, "middle", i === 0)));
  }
  return svgDocument({ width: centres.width, height: topOf(rows) - GAP.row + PAD }, doc, body);
}

/**
 * The x of each column's centre and the drawing's width. When no row holds a middle-column box
 * beside another box (the CONSORT flow: the randomised box alone on its row), the arms' columns
 * sit side by side and the middle column is centred over them, leaving no empty column between
 * the arms; otherwise the columns stand side by side.
 */
function columnCentres(boxes: readonly ConsortBox[], widths: number[]): { at: number[]; width: number } {
  const middleShares = boxes.some(
    (b) => b.column === 1 && boxes.some((o) => o.row === b.row && o.column !== 1),
  );
  if (widths.length === 3 && !middleShares) {
    const arms = 2 * widths[0] + GAP.arms;
    const inner = Math.max(arms, widths[1]);
    const first = PAD + (inner - arms) / 2 + widths[0] / 2;
    return { at: [first, PAD + inner / 2, first + widths[0] + GAP.arms], width: inner + 2 * PAD };
  }
  const at: number[] = [];
  let left = PAD;
  for (const w of widths) {
    at.push(left + w / 2);
    left += w + GAP.column;
  }
  return { at, width: left - GAP.column + PAD };
}

/** A box's centre and size in the drawing. */
interface Frame {
  cx: number;
  cy: number;
  width: number;
  height: number;
}

/**
 * The arrow from box a to box b: side to side within a row; otherwise from a's bottom straight
 * down, or down, across and down when the columns differ; the head's tip on b's edge.
 */
function arrow(a: Frame, b: Frame): string[] {
  if (a.cy === b.cy) {
    const dir = Math.sign(b.cx - a.cx) || 1;
    const tip = b.cx - (dir * b.width) / 2;
    return [segment(a.cx + (dir * a.width) / 2, a.cy, tip - dir * ARROW.head, b.cy), head(tip, b.cy, dir, 0)];
  }
  const dir = Math.sign(b.cy - a.cy) || 1;
  const start = a.cy + (dir * a.height) / 2;
  const tip = b.cy - (dir * b.height) / 2;
  const out: string[] = [];
  if (a.cx === b.cx) out.push(segment(a.cx, start, b.cx, tip - dir * ARROW.head));
  else {
    const mid = (start + tip) / 2;
    out.push(
      segment(a.cx, start, a.cx, mid),
      segment(a.cx, mid, b.cx, mid),
      segment(b.cx, mid, b.cx, tip - dir * ARROW.head),
    );
  }
  out.push(head(b.cx, tip, 0, dir));
  return out;
}

function segment(x1: number, y1: number, x2: number, y2: number): string {
  return line(x1, y1, x2, y2, ARROW.colour, ARROW.width);
}

/** A filled triangle with its tip at (x, y), pointing along (dx, dy), one of the four axes. */
function head(x: number, y: number, dx: number, dy: number): string {
  const [bx, by] = [x - dx * ARROW.head, y - dy * ARROW.head];
  const [px, py] = [-dy * ARROW.halfBase, dx * ARROW.halfBase];
  const points = [
    [x, y],
    [bx + px, by + py],
    [bx - px, by - py],
  ]
    .map(([u, v]) => `${svgNumber(u)},${svgNumber(v)}`)
    .join(" ");
  return svgElement("polygon", { points, fill: ARROW.colour });
}
