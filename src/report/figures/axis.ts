// Axes of the static figures (report/figures/): a value axis along the bottom or the left of a
// plot, with its grid lines, ticks, labels and title, in the look of figure-style.ts.
import { figureStyle as s } from "./figure-style.js";
import type { PositionScale } from "./scale.js";
import { escapeXml, svgElement } from "./svg.js";
import { textWidth } from "./text-width.js";

/** What an axis draws: its scale, tick values and how a tick's label is written. */
export interface AxisOptions {
  /** The plot's position scale along this axis. */
  scale: PositionScale;
  /** Values to mark (outside the scale's domain: left out). */
  ticks: readonly number[];
  /** A tick's label. */
  format: (value: number) => string;
  /** Axis title, bold, centred along the axis (none when empty or absent). */
  title?: string;
  /** Grid lines across the plot, to this coordinate of the other axis (none when absent). */
  gridTo?: number;
}

/**
 * A horizontal axis at height `y` (the plot's bottom edge): axis line, ticks below it, labels
 * centred under the ticks, the title under the labels; grid lines up to `gridTo`. Returns the
 * SVG elements and the height the axis takes below `y`.
 * @example bottomAxis({ scale: linearScale([0, 1], [0, 300]), ticks: [0, 0.5, 1], format: String, title: "Share" }, 200).height // 39
 */
export function bottomAxis(options: AxisOptions, y: number): { svg: string[]; height: number } {
  const { scale, format, title, gridTo } = options;
  const ticks = inDomain(options);
  const [x0, x1] = [Math.min(...scale.range), Math.max(...scale.range)];
  const svg: string[] = [];
  if (gridTo !== undefined) for (const t of ticks) svg.push(line(scale(t), gridTo, scale(t), y, s.grid));
  svg.push(line(x0, y + 0.5, x1, y + 0.5, s.axis));
  const labelY = y + s.tickLength + 2 + s.fontSize * s.ascent;
  for (const t of ticks) {
    svg.push(line(scale(t), y, scale(t), y + s.tickLength, s.axis));
    svg.push(text(format(t), scale(t), labelY, "middle"));
  }
  let height = s.tickLength + 2 + s.fontSize + 2;
  if (title) {
    height += 4;
    svg.push(text(title, (x0 + x1) / 2, y + height + s.fontSize * s.ascent, "middle", true));
    height += s.fontSize + 2;
  }
  return { svg, height };
}

/**
 * A vertical axis at `x` (the plot's left edge): axis line, ticks to its left, labels right-aligned
 * against the ticks, the title rotated along the axis; grid lines across to `gridTo`. Returns the
 * SVG elements and the width the axis takes left of `x`.
 * @example leftAxis({ scale: linearScale([0, 1], [200, 0]), ticks: [0, 1], format: String }, 50).width // 14.632
 */
export function leftAxis(options: AxisOptions, x: number): { svg: string[]; width: number } {
  const { scale, format, title, gridTo } = options;
  const ticks = inDomain(options);
  const [y0, y1] = [Math.min(...scale.range), Math.max(...scale.range)];
  const svg: string[] = [];
  if (gridTo !== undefined) for (const t of ticks) svg.push(line(x, scale(t), gridTo, scale(t), s.grid));
  svg.push(line(x - 0.5, y0, x - 0.5, y1, s.axis));
  const labels = ticks.map(format);
  const labelWidth = Math.max(0, ...labels.map((l) => textWidth(l, s.fontSize)));
  ticks.forEach((t, i) => {
    svg.push(line(x - s.tickLength, scale(t), x, scale(t), s.axis));
    svg.push(text(labels[i], x - s.tickLength - 2, scale(t) + s.fontSize * (s.ascent - 0.5), "end"));
  });
  let width = s.tickLength + 2 + labelWidth;
  if (title) {
    width += 6 + s.fontSize * (1 - s.ascent);
    const cx = x - width - s.fontSize * s.ascent;
    svg.push(
      svgElement(
        "text",
        {
          transform: `translate(${round(cx + s.fontSize * s.ascent)},${round((y0 + y1) / 2)}) rotate(-90)`,
          "text-anchor": "middle",
          "font-family": s.fontFamily,
          "font-size": s.fontSize,
          "font-weight": "bold",
          fill: s.text,
        },
        [escapeXml(title)],
      ),
    );
    width += s.fontSize * s.ascent;
  }
  return { svg, width };
}

/** A one-pixel line in `stroke`. */
export function line(x1: number, y1: number, x2: number, y2: number, stroke: string, width = 1): string {
  return svgElement("line", { x1, y1, x2, y2, stroke, "stroke-width": width });
}

/** One line of text at its baseline (x, y), anchored "start", "middle" or "end". */
export function text(
  content: string,
  x: number,
  y: number,
  anchor: "start" | "middle" | "end",
  bold = false,
): string {
  return svgElement(
    "text",
    {
      x,
      y,
      "text-anchor": anchor === "start" ? null : anchor,
      "font-family": s.fontFamily,
      "font-size": s.fontSize,
      "font-weight": bold ? "bold" : null,
      fill: s.text,
    },
    [escapeXml(content)],
  );
}

function inDomain(options: AxisOptions): number[] {
  const [a, b] = options.scale.domain;
  const [lo, hi] = [Math.min(a, b), Math.max(a, b)];
  const slack = (hi - lo) * 1e-9;
  return options.ticks.filter((t) => t >= lo - slack && t <= hi + slack);
}

function round(x: number): string {
  return String(Math.round(x * 100) / 100);
}
