// The outcome rates by arm drawn as SVG without Vega: the static figure of
// report/specs/arm-rates.ts's spec, from the same rows. One panel per outcome (in the spec's
// facet order, alphabetical), headed by the outcome, with a bar per arm in the arm's colour and
// the rate's interval as a line across it; one percentage axis under the last panel, then the
// arms' legend. The arm labels' column is as wide as the labels, so none is cut.
import { armColours, armLabels } from "../specs/common.js";
import type { ArmRateRow } from "../specs/arm-rates.js";
import { bottomAxis, line, text as textLine } from "./axis.js";
import { figureStyle as s } from "./figure-style.js";
import { legend } from "./legend.js";
import { linearScale } from "./scale.js";
import { svgDocument, svgElement } from "./svg.js";
import { textWidth } from "./text-width.js";

/** The spec's sizes: a plot 380 px wide, 22 px an arm, bars 90% of the band, as Vega's band scale. */
const PLOT_WIDTH = 380;
const STEP = 22;
const BAR = { inset: 1.1, height: 19.8, opacity: 0.85 };
const INTERVAL = { colour: "#1b1b1b", width: 1.5 };
const MARGIN = 6;
/** Space from a panel's heading's top to the panel, and between panels. */
const HEADING = 18;
const PANEL_GAP = 12;
/** Grid lines and ticks every 10%, labelled every 20% (Vega hides every other label of 0%…100%). */
const GRID = [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1];
const LABELLED = [0, 0.2, 0.4, 0.6, 0.8, 1];

/**
 * The SVG document of the outcome rates by arm (armRatesSpec's rows), titled and described for
 * screen readers by `text` (the report chart's title and description).
 * @example armRatesFigure([{ outcome: "Looked after", arm: "fgc", rate: 0.36, lower: 0.33, upper: 0.39 }], { title: "Outcome rates by arm", description: "Rates" }).startsWith("<svg") // true
 */
export function armRatesFigure(rows: ArmRateRow[], text: { title: string; description: string }): string {
  const outcomes = [...new Set(rows.map((r) => r.outcome))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const arms = (["fgc", "control"] as const).filter((arm) => rows.some((r) => r.arm === arm));
  const labelWidth = Math.max(0, ...arms.map((arm) => textWidth(armLabels[arm], s.fontSize)));
  const left = MARGIN + labelWidth + s.tickLength + 2;
  const right = left + PLOT_WIDTH;
  const x = linearScale([0, 1], [left, right]);
  const panelHeight = STEP * arms.length;

  const svg: string[] = [];
  let top = MARGIN;
  let width = right;
  outcomes.forEach((outcome, k) => {
    if (k > 0) top += PANEL_GAP;
    svg.push(textLine(outcome, MARGIN, top + s.fontSize * s.ascent, "start", true));
    width = Math.max(width, MARGIN + textWidth(outcome, s.fontSize, { bold: true }));
    top += HEADING;
    svg.push(
      ...panel(
        rows.filter((r) => r.outcome === outcome),
        arms,
        x,
        top,
      ),
    );
    top += panelHeight;
  });

  const axis = bottomAxis(
    { scale: x, ticks: LABELLED, format: (t) => `${Math.round(t * 100)}%`, title: "Percentage of children" },
    top,
  );
  for (const t of GRID.filter((g) => !LABELLED.includes(g)))
    svg.push(line(x(t), top, x(t), top + s.tickLength, s.axis));
  svg.push(...axis.svg);
  width = Math.max(width, right + textWidth("100%", s.fontSize) / 2);
  top += axis.height + PANEL_GAP;

  const entries = arms.map((arm) => ({
    label: armLabels[arm],
    colour: armColours[arm],
    swatch: "square" as const,
  }));
  const key = legend("Arm", entries, left, top, Math.max(PLOT_WIDTH, width - left));
  svg.push(...key.svg);
  const legendWidth = entries.reduce((w, e) => w + 22 + textWidth(e.label, s.fontSize) + 24, -24);
  width = Math.max(width, left + legendWidth);
  return svgDocument({ width: width + MARGIN, height: top + key.height + MARGIN }, text, svg);
}

/** One outcome's panel with its top at `top`: grid, arm labels, bars and intervals. */
function panel(
  rows: ArmRateRow[],
  arms: readonly ("fgc" | "control")[],
  x: (v: number) => number,
  top: number,
): string[] {
  const [left, right] = [x(0), x(1)];
  const bottom = top + STEP * arms.length;
  const svg = GRID.map((t) => line(x(t), top, x(t), bottom, s.grid));
  for (let i = 0; i < arms.length; i++)
    svg.push(line(left, top + STEP * (i + 0.5), right, top + STEP * (i + 0.5), s.grid));
  svg.push(line(left - 0.5, top, left - 0.5, bottom, s.axis));
  arms.forEach((arm, i) => {
    const mid = top + STEP * (i + 0.5);
    svg.push(line(left - s.tickLength, mid, left, mid, s.axis));
    svg.push(textLine(armLabels[arm], left - s.tickLength - 2, mid + s.fontSize * (s.ascent - 0.5), "end"));
    const r = rows.find((row) => row.arm === arm);
    if (!r) return;
    svg.push(
      svgElement("rect", {
        x: left,
        y: top + STEP * i + BAR.inset,
        width: x(r.rate) - left,
        height: BAR.height,
        fill: armColours[arm],
        opacity: BAR.opacity,
      }),
    );
    svg.push(line(x(r.lower), mid, x(r.upper), mid, INTERVAL.colour, INTERVAL.width));
  });
  return svg;
}
