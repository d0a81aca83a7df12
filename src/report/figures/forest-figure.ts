// A forest plot drawn as SVG without Vega: the static figure of report/specs/forest-plot.ts's
// spec, from the same rows and options and on the same axis (specs/forest-axis.ts): one row per
// effect with its label on the left, the interval as a line, the estimate as a square, the dashed
// line of no effect, an arrowhead where an interval runs past the axis's end, and a row's note
// (a subgroup's interaction p-value) to the right. The label column is as wide as the longest
// label, so nothing is cut and no band is left empty.
import { FOREST_WIDTH, forestAxis } from "../specs/forest-axis.js";
import type { ForestRow } from "../specs/forest-plot.js";
import { formatAxisNumber } from "./axis-number.js";
import { bottomAxis, line, text as textLine } from "./axis.js";
import { figureStyle as s } from "./figure-style.js";
import { linearScale, logScale, type PositionScale } from "./scale.js";
import { escapeXml, svgDocument, svgElement, svgNumber } from "./svg.js";
import { textWidth } from "./text-width.js";

/** Height of a row, as the spec's `height: { step: 26 }`. */
const STEP = 26;
const MARGIN = 6;
/** The spec's marks: intervals, squares of area 70, arrowheads of area 90, the no-effect rule. */
const INTERVAL = "#1b1b1b";
const POINT = "#1d70b8";
const POINT_SIDE = Math.sqrt(70);
const ARROW = { radius: Math.sqrt(90) / 2, colour: "#1b1b1b" };
const NULL_LINE = { colour: "#505a5f", dash: "4,3" };
/** Gap between the plot's right edge and the notes, as the spec's notes layer (x = width + 12). */
const NOTE_GAP = 12;

/**
 * The SVG document of the forest plot of `rows` (forestPlotSpec's inputs), titled and described
 * for screen readers by `text` (the report chart's title and description).
 * @example forestPlotFigure([{ label: "RD", estimate: -12, lower: -16, upper: -8, text: "" }], { scale: "difference", title: "Risk differences", axisTitle: "Points" }, { title: "Risk differences", description: "Forest plot" }).startsWith("<svg") // true
 */
export function forestPlotFigure(
  rows: ForestRow[],
  options: { scale: "ratio" | "difference"; title: string; axisTitle: string },
  text: { title: string; description: string },
): string {
  const { shown, nullValue, domain, ticks } = forestAxis(rows, options.scale);
  // No row drawn leaves a difference axis of one point: widen it to draw the empty plot.
  const drawnDomain: [number, number] = domain[0] < domain[1] ? domain : [domain[0] - 1, domain[1] + 1];
  const makeScale = (left: number): PositionScale =>
    (options.scale === "ratio" ? logScale : linearScale)(drawnDomain, [left, left + FOREST_WIDTH]);

  // Left of the plot: the row labels, and whatever of the axis's labels and title overhangs it.
  const labels = shown.map((r) => r.label);
  const labelWidth = Math.max(0, ...labels.map((l) => textWidth(l, s.fontSize)));
  const relative = makeScale(0);
  const tickLabels = ticks
    .filter((t) => t >= drawnDomain[0] && t <= drawnDomain[1])
    .map((t) => ({ x: relative(t), half: textWidth(formatAxisNumber(t), s.fontSize) / 2 }));
  const titleHalf = textWidth(options.axisTitle, s.fontSize, { bold: true }) / 2;
  const left =
    MARGIN +
    Math.max(
      labelWidth ? labelWidth + s.tickLength + 2 : 0,
      ...tickLabels.map((t) => t.half - t.x),
      titleHalf - FOREST_WIDTH / 2,
    );
  const right = left + FOREST_WIDTH;
  const x = makeScale(left);

  const top = MARGIN;
  const bottom = top + STEP * shown.length;
  const rowY = (i: number) => top + STEP * (i + 0.5);
  const svg: string[] = [];
  shown.forEach((_, i) => {
    svg.push(line(left, rowY(i), right, rowY(i), s.grid));
  });
  const axis = bottomAxis(
    { scale: x, ticks, format: formatAxisNumber, title: options.axisTitle, gridTo: top },
    bottom,
  );
  svg.push(...axis.svg);
  svg.push(line(left - 0.5, top, left - 0.5, bottom, s.axis));
  shown.forEach((r, i) => {
    svg.push(line(left - s.tickLength, rowY(i), left, rowY(i), s.axis));
    svg.push(textLine(r.label, left - s.tickLength - 2, rowY(i) + s.fontSize * (s.ascent - 0.5), "end"));
  });
  svg.push(
    svgElement("line", {
      x1: x(nullValue),
      y1: top,
      x2: x(nullValue),
      y2: bottom,
      stroke: NULL_LINE.colour,
      "stroke-dasharray": NULL_LINE.dash,
    }),
  );
  shown.forEach((r, i) => {
    const ends = { estimate: r.estimate as number, lower: r.lower as number, upper: r.upper as number };
    svg.push(...rowMarks(ends, rowY(i), x, drawnDomain));
  });

  let width = right + MARGIN;
  shown.forEach((r, i) => {
    if (!r.note) return;
    svg.push(note(r.note, right + NOTE_GAP, rowY(i)));
    width = Math.max(width, right + NOTE_GAP + textWidth(r.note, s.fontSize) + MARGIN);
  });
  const overhang = Math.max(
    0,
    ...tickLabels.map((t) => t.x + t.half - FOREST_WIDTH),
    titleHalf - FOREST_WIDTH / 2,
  );
  width = Math.max(width, right + overhang + MARGIN);
  return svgDocument({ width, height: bottom + axis.height + MARGIN }, text, svg);
}

/** A row's interval (within the axis), its estimate's square and its arrowheads at the axis's ends. */
function rowMarks(
  r: { estimate: number; lower: number; upper: number },
  y: number,
  x: PositionScale,
  domain: [number, number],
): string[] {
  const [lo, hi] = domain;
  const marks = [line(x(Math.max(lo, r.lower)), y, x(Math.min(hi, r.upper)), y, INTERVAL, 2)];
  // The spec clips the square to the plot: one whose centre is past the axis is not drawn.
  if (r.estimate >= lo && r.estimate <= hi) {
    const half = POINT_SIDE / 2;
    marks.push(
      svgElement("rect", {
        x: x(r.estimate) - half,
        y: y - half,
        width: POINT_SIDE,
        height: POINT_SIDE,
        fill: POINT,
        opacity: 0.7,
      }),
    );
  }
  if (r.lower < lo) marks.push(arrowhead(x(lo), y, -1));
  if (r.upper > hi) marks.push(arrowhead(x(hi), y, 1));
  return marks;
}

/** An equilateral triangle centred on (cx, y), pointing left (−1) or right (1), as Vega's "triangle-left/right". */
function arrowhead(cx: number, y: number, direction: -1 | 1): string {
  const r = ARROW.radius;
  const h = (r * Math.sqrt(3)) / 2;
  const p = (dx: number, dy: number) => `${svgNumber(cx + direction * dx)},${svgNumber(y + dy)}`;
  return svgElement("path", {
    d: `M${p(h, 0)}L${p(-h, -r)}L${p(-h, r)}Z`,
    fill: ARROW.colour,
    opacity: 0.7,
  });
}

/** A row's note, left-aligned, its middle on the row's centre line. */
function note(content: string, x: number, y: number): string {
  const attributes = { x, y: y + s.fontSize * (s.ascent - 0.5), "font-family": s.fontFamily };
  return svgElement("text", { ...attributes, "font-size": s.fontSize, fill: INTERVAL }, [escapeXml(content)]);
}
