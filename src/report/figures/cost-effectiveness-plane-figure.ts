// The cost-effectiveness plane (Black 1990) drawn as SVG without Vega: the static figure of
// report/specs/cost-effectiveness-plane.ts's spec, from the same inputs. Each bootstrap replicate
// a faint point, the zero lines, the four quadrants named in their corners, the observed
// differences as a diamond; axes symmetric about zero with Vega's own tick values (nice-ticks.ts).
import { armColours } from "../specs/common.js";
import type { PlanePoint } from "../specs/cost-effectiveness-plane.js";
import { formatFixed } from "./axis-number.js";
import { bottomAxis, leftAxis, line } from "./axis.js";
import { figureStyle as s } from "./figure-style.js";
import { niceTicks, tickDecimals } from "./nice-ticks.js";
import { linearScale } from "./scale.js";
import { escapeXml, svgDocument, svgElement, svgNumber } from "./svg.js";
import { textWidth } from "./text-width.js";

/** The spec's plot size, marks and colours. */
const PLOT = { width: 520, height: 360 };
const MARGIN = 8;
const REPLICATE = { radius: Math.sqrt(12) / 2, opacity: 0.35 };
const OBSERVED_HALF = Math.sqrt(160) / 2;
const ZERO = "#333333";
const QUADRANT_TEXT = "#222222";
const TITLES = {
  x: "Difference in children looked after (FGC − control, percentage points)",
  y: "Difference in cost per child (FGC − control, £)",
};

/**
 * The SVG document of the cost-effectiveness plane of `points` (bootstrap replicates) and the
 * `observed` differences (costEffectivenessPlaneSpec's inputs), titled and described by `text`.
 * @example costEffectivenessPlaneFigure([{ x: -10, y: -900 }], { x: -11, y: -960 }, { title: "Cost-effectiveness plane", description: "" }).includes("saves money") // true
 */
export function costEffectivenessPlaneFigure(
  points: PlanePoint[],
  observed: PlanePoint | null,
  text: { title: string; description: string },
): string {
  // The spec's domains: symmetric about 0, 10% beyond the farthest point.
  const xMax = Math.max(1, ...[...points.map((p) => p.x), observed?.x ?? 0, 0].map(Math.abs)) * 1.1;
  const yMax = Math.max(1, ...[...points.map((p) => p.y), observed?.y ?? 0, 0].map(Math.abs)) * 1.1;
  const xTicks = niceTicks(-xMax, xMax, Math.ceil(PLOT.width / 40));
  const yTicks = niceTicks(-yMax, yMax, Math.ceil(PLOT.height / 40));
  const yFormat = (v: number) => formatFixed(v, 0);
  const xDecimals = tickDecimals(-xMax, xMax, Math.ceil(PLOT.width / 40));
  const xFormat = (v: number) => formatFixed(v, xDecimals);

  const top = MARGIN + s.fontSize / 2;
  const bottom = top + PLOT.height;
  const probe = linearScale([-yMax, yMax], [bottom, top]);
  const yAxisWidth = leftAxis({ scale: probe, ticks: yTicks, format: yFormat, title: TITLES.y }, 0).width;
  const xTitleOverhang = Math.max(0, textWidth(TITLES.x, s.fontSize, { bold: true }) / 2 - PLOT.width / 2);
  const left = MARGIN + Math.max(yAxisWidth, xTitleOverhang);
  const right = left + PLOT.width;
  const x = linearScale([-xMax, xMax], [left, right]);
  const y = linearScale([-yMax, yMax], [bottom, top]);

  const svg: string[] = [];
  const yAxis = leftAxis({ scale: y, ticks: yTicks, format: yFormat, title: TITLES.y, gridTo: right }, left);
  const xAxis = bottomAxis(
    { scale: x, ticks: xTicks, format: xFormat, title: TITLES.x, gridTo: top },
    bottom,
  );
  svg.push(...yAxis.svg, ...xAxis.svg);
  // Thousands of replicates: one group carries their fill and its opacity (inherited by each
  // circle, so overlapping points still darken as Vega's do), each circle only its centre.
  const r = svgNumber(REPLICATE.radius);
  let circles = "";
  for (const p of points) circles += `<circle cx="${svgNumber(x(p.x))}" cy="${svgNumber(y(p.y))}" r="${r}"/>`;
  svg.push(svgElement("g", { fill: armColours.fgc, "fill-opacity": REPLICATE.opacity }, [circles]));
  svg.push(line(x(0), top, x(0), bottom, ZERO), line(left, y(0), right, y(0), ZERO));
  svg.push(
    quadrant("fewer looked after, saves money", x(-xMax * 0.95), y(-yMax * 0.95), "start", "bottom"),
    quadrant("more looked after, saves money", x(xMax * 0.95), y(-yMax * 0.95), "end", "bottom"),
    quadrant("fewer looked after, costs more", x(-xMax * 0.95), y(yMax * 0.95), "start", "top"),
    quadrant("more looked after, costs more", x(xMax * 0.95), y(yMax * 0.95), "end", "top"),
  );
  if (observed) {
    const [cx, cy, h] = [x(observed.x), y(observed.y), OBSERVED_HALF];
    const p = (dx: number, dy: number) => `${svgNumber(cx + dx)},${svgNumber(cy + dy)}`;
    svg.push(
      svgElement("path", {
        d: `M${p(-h, 0)}L${p(0, -h)}L${p(h, 0)}L${p(0, h)}Z`,
        fill: armColours.control,
        opacity: 0.7,
      }),
    );
  }
  const xTitleRight = (left + right) / 2 + textWidth(TITLES.x, s.fontSize, { bold: true }) / 2;
  const lastLabel = x(xTicks[xTicks.length - 1] ?? 0);
  const width =
    Math.max(right, xTitleRight, lastLabel + textWidth(xFormat(xTicks.at(-1) ?? 0), s.fontSize) / 2) + MARGIN;
  return svgDocument({ width, height: bottom + xAxis.height + MARGIN }, text, svg);
}

/** A quadrant's name with its top or bottom at `y`, as the spec's text marks' baseline. */
function quadrant(
  content: string,
  x: number,
  y: number,
  anchor: "start" | "end",
  baseline: "top" | "bottom",
) {
  const base = baseline === "top" ? y + s.fontSize * s.ascent : y - s.fontSize * (1 - s.ascent);
  return svgElement(
    "text",
    {
      x,
      y: base,
      "text-anchor": anchor === "start" ? null : anchor,
      "font-family": s.fontFamily,
      "font-size": s.fontSize,
      fill: QUADRANT_TEXT,
    },
    [escapeXml(content)],
  );
}
