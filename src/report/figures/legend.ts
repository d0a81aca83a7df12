// A legend for the static figures (report/figures/): a bold title, then one swatch and label per
// entry in a row, wrapping to the next row at the given width.
import { text } from "./axis.js";
import { figureStyle as s } from "./figure-style.js";
import { svgElement } from "./svg.js";
import { textWidth } from "./text-width.js";

/** One legend entry: its label and how its swatch is drawn. */
export interface LegendEntry {
  label: string;
  colour: string;
  /** "square" for areas and bars, "line" (optionally dashed) for curves, "point" for markers. */
  swatch: "square" | "line" | "point";
  /** stroke-dasharray of a "line" swatch. */
  dash?: string;
}

/**
 * The legend's SVG with its top-left corner at (x, y), entries laid out in rows no wider than
 * `maxWidth`; returns the elements and the legend's height.
 * @example legend("Arm", [{ label: "FGC", colour: "#0072B2", swatch: "square" }], 0, 0, 400).height // 34
 */
export function legend(
  title: string,
  entries: readonly LegendEntry[],
  x: number,
  y: number,
  maxWidth: number,
): { svg: string[]; height: number } {
  const svg: string[] = [];
  let top = y;
  if (title) {
    svg.push(text(title, x, top + s.fontSize * s.ascent, "start", true));
    top += s.lineHeight + 4;
  }
  let left = x;
  for (const entry of entries) {
    const width = 22 + textWidth(entry.label, s.fontSize) + 24;
    if (left > x && left + width - 24 > x + maxWidth) {
      left = x;
      top += s.lineHeight + 2;
    }
    const mid = top + s.lineHeight / 2;
    svg.push(swatch(entry, left, mid));
    svg.push(text(entry.label, left + 22, mid + s.fontSize * (s.ascent - 0.5), "start"));
    left += width;
  }
  return { svg, height: top + s.lineHeight - y };
}

function swatch(entry: LegendEntry, x: number, mid: number): string {
  if (entry.swatch === "square")
    return svgElement("rect", { x, y: mid - 6, width: 14, height: 12, fill: entry.colour });
  if (entry.swatch === "point")
    return svgElement("circle", { cx: x + 7, cy: mid, r: 4.5, fill: entry.colour });
  return svgElement("line", {
    x1: x,
    y1: mid,
    x2: x + 16,
    y2: mid,
    stroke: entry.colour,
    "stroke-width": 2.5,
    "stroke-dasharray": entry.dash ?? null,
  });
}
