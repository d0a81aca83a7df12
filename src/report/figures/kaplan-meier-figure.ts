// The Kaplan–Meier chart drawn without Vega (issue 13 §3): the same picture as
// report/specs/kaplan-meier.ts from the same inputs — the cumulative share entered care (1 − S)
// by arm as steps with their confidence bands, the control arm dashed as well as coloured, the
// day axis from 0 to the window's end ticked at the at-risk days, y as whole percentages on
// Vega's round ticks, the numbers at risk under each tick, and the legend.
// Better than Vega's: the tick labels are centred on their ticks like the counts under them, and
// the margins are measured (textWidth) so that the day-0 and last counts never leave the picture.
import { atRiskLabels, type AtRiskPoint, type CurvePoints } from "../specs/kaplan-meier.js";
import { formatCount } from "../../util/format-count.js";
import { bottomAxis, leftAxis, text } from "./axis.js";
import { figureStyle as s } from "./figure-style.js";
import { legend } from "./legend.js";
import { niceDomain, niceTicks } from "./nice-ticks.js";
import { linearScale, type PositionScale } from "./scale.js";
import { escapeXml, svgDocument, svgElement, svgNumber } from "./svg.js";
import { textWidth } from "./text-width.js";

const PLOT = { width: 520, height: 300 };
const PAD = 8;
/** The at-risk counts' font size, as the Vega chart's text marks. */
const COUNT_SIZE = 11;
/** The control arm's dash, as the spec's strokeDash scale ([6, 4]). */
const DASH = { fgc: null, control: "6,4" } as const;

/**
 * The Kaplan–Meier chart as a complete SVG document, from kaplanMeierSpec's curves and numbers
 * at risk; `doc` gives the document's title and description.
 * @example kaplanMeierSvg([], [{ day: 0, fgc: 1, control: 1 }, { day: 365, fgc: 1, control: 1 }], { title: "KM", description: "d" }).slice(0, 4) // "<svg"
 */
export function kaplanMeierSvg(
  curves: readonly CurvePoints[],
  atRisk: readonly AtRiskPoint[],
  doc: { title: string; description: string },
): string {
  const days = atRisk.map((r) => r.day);
  const end = Math.max(0, ...days);
  const steps = curves.map((c) => ({ arm: c.arm, points: curveSteps(c, end) }));
  // Vega's y domain: zero and every drawn value (shares and limits), rounded out.
  let [low, high] = [0, 0];
  for (const c of steps)
    for (const p of c.points)
      for (const v of [p.entered, p.lo, p.hi])
        if (v !== null && Number.isFinite(v)) [low, high] = [Math.min(low, v), Math.max(high, v)];
  let yDomain = niceDomain([low, high]);
  if (!(yDomain[1] > yDomain[0])) yDomain = [0, 1];
  const yTicks = niceTicks(yDomain[0], yDomain[1], Math.ceil(PLOT.height / 40));

  // Horizontal layout: the wider of the y axis and the at-risk labels left of the plot.
  const countWidth = (n: number) => textWidth(formatCount(n), COUNT_SIZE);
  const first = atRisk[0] ?? { day: 0, fgc: 0, control: 0 };
  const last = atRisk.at(-1) ?? first;
  const firstHalf = Math.max(countWidth(first.fgc), countWidth(first.control)) / 2;
  const labelWidth = Math.max(
    textWidth(atRiskLabels.fgc, s.fontSize),
    textWidth(atRiskLabels.control, s.fontSize),
  );
  const yAxisOptions = (scale: PositionScale, gridTo: number) => ({
    scale,
    ticks: yTicks,
    format: percent,
    title: "Children who entered care",
    gridTo,
  });
  const top = PAD + s.fontSize / 2;
  const y = linearScale(yDomain, [top + PLOT.height, top]);
  const yAxisWidth = leftAxis(yAxisOptions(y, 0), 0).width;
  const left = PAD + Math.max(yAxisWidth, labelWidth + 10 + firstHalf);
  const right = left + PLOT.width;
  const x = linearScale([0, end > 0 ? end : 1], [left, right]);
  const bottom = top + PLOT.height;

  const body: string[] = [];
  const yAxis = leftAxis(yAxisOptions(y, right), left);
  const xAxis = bottomAxis(
    {
      scale: x,
      ticks: days,
      format: (d) => String(Math.round(d)),
      title: "Days since the pre-proceedings letter",
      gridTo: top,
    },
    bottom,
  );
  body.push(...yAxis.svg, ...xAxis.svg);
  for (const c of steps) body.push(band(c.points, c.arm, x, y));
  for (const c of steps) body.push(stepLine(c.points, c.arm, x, y));

  // Numbers at risk: a plain title, then one row per arm, each count centred under its day.
  const riskTop = bottom + xAxis.height + 12;
  body.push(text("Number at risk", PAD, riskTop + s.fontSize * s.ascent, "start"));
  const arms = ["fgc", "control"] as const;
  arms.forEach((arm, i) => {
    const mid = riskTop + s.lineHeight + 4 + 11 + i * 22;
    body.push(text(atRiskLabels[arm], x(0) - firstHalf - 10, mid + s.fontSize * (s.ascent - 0.5), "end"));
    for (const r of atRisk)
      body.push(count(formatCount(r[arm]), x(r.day), mid + COUNT_SIZE * (s.ascent - 0.5)));
  });
  const legendTop = riskTop + s.lineHeight + 4 + 2 * 22 + 14;
  const key = legend(
    "Arm",
    arms.map((arm) => ({
      label: s.armLabel[arm],
      colour: s.arm[arm],
      swatch: "line" as const,
      dash: DASH[arm] ?? undefined,
    })),
    left,
    legendTop,
    PLOT.width,
  );
  body.push(...key.svg);

  const lastHalf =
    Math.max(countWidth(last.fgc), countWidth(last.control), textWidth(String(end), s.fontSize)) / 2;
  const width = right + lastHalf + PAD;
  return svgDocument({ width, height: legendTop + key.height + PAD }, doc, body);
}

/** A point of a drawn curve: day, share entered care, and the band's limits (null: none). */
interface StepPoint {
  time: number;
  entered: number;
  lo: number | null;
  hi: number | null;
}

/**
 * The spec's points of one curve: day 0 with nobody in care, each step up to `end`, and the
 * step in force at `end` when follow-up runs on past it.
 */
function curveSteps(c: CurvePoints, end: number): StepPoint[] {
  let last: StepPoint = { time: 0, entered: 0, lo: 0, hi: 0 };
  const points = [last];
  c.time.forEach((t, i) => {
    if (t > end) return;
    const upper = c.upper[i];
    const lower = c.lower[i];
    last = {
      time: t,
      entered: 1 - c.surv[i],
      lo: upper === null ? null : 1 - upper,
      hi: lower === null ? null : 1 - lower,
    };
    points.push(last);
  });
  if (last.time < end && c.time.some((t) => t >= end)) points.push({ ...last, time: end });
  return points;
}

/** The step line (step-after: flat to the next day, then up), dashed for the control arm. */
function stepLine(
  points: readonly StepPoint[],
  arm: "fgc" | "control",
  x: PositionScale,
  y: PositionScale,
): string {
  let d = `M${svgNumber(x(points[0].time))},${svgNumber(y(points[0].entered))}`;
  for (let i = 1; i < points.length; i++)
    d += `H${svgNumber(x(points[i].time))}V${svgNumber(y(points[i].entered))}`;
  return svgElement("path", {
    d,
    fill: "none",
    stroke: s.arm[arm],
    "stroke-width": 2,
    "stroke-dasharray": DASH[arm],
  });
}

/**
 * The confidence band as step-after areas at 15% opacity, one for each run of consecutive points
 * that have both limits: as Vega's area, a point with a missing limit breaks the band.
 */
function band(
  points: readonly StepPoint[],
  arm: "fgc" | "control",
  x: PositionScale,
  y: PositionScale,
): string {
  const runs: { time: number; lo: number; hi: number }[][] = [[]];
  for (const p of points) {
    if (p.lo === null || p.hi === null) runs.push([]);
    else runs[runs.length - 1].push({ time: p.time, lo: p.lo, hi: p.hi });
  }
  let d = "";
  for (const run of runs) {
    if (run.length < 2) continue;
    d += `M${svgNumber(x(run[0].time))},${svgNumber(y(run[0].hi))}`;
    for (let i = 1; i < run.length; i++) d += `H${svgNumber(x(run[i].time))}V${svgNumber(y(run[i].hi))}`;
    d += `V${svgNumber(y(run[run.length - 1].lo))}`;
    for (let i = run.length - 2; i >= 0; i--) d += `V${svgNumber(y(run[i].lo))}H${svgNumber(x(run[i].time))}`;
    d += "Z";
  }
  return d === "" ? "" : svgElement("path", { d, fill: s.arm[arm], "fill-opacity": 0.15 });
}

/** An at-risk count, centred on its day, in the counts' smaller font. */
function count(content: string, x: number, y: number): string {
  return svgElement(
    "text",
    { x, y, "text-anchor": "middle", "font-family": s.fontFamily, "font-size": COUNT_SIZE, fill: s.text },
    [escapeXml(content)],
  );
}

/** A share as a whole percentage, as d3-format ".0%" writes it. */
function percent(v: number): string {
  return `${Math.round(v * 100)}%`;
}
