// Charts as PNG files: an SVG (report/images.ts) rasterised by resvg, on the calling thread or on
// libuv's thread pool.
import { createRequire } from "node:module";

type ResvgModule = typeof import("@resvg/resvg-js");

let resvg: ResvgModule | undefined;

/**
 * resvg's native addon, loaded on first use: `fgc trial`'s main thread draws at most a PNG or
 * two, at the end of a run, and loading the addon at its start had cost 4–8 ms there (the chart
 * worker loads it as it starts, jobs/chart-worker.ts).
 * @example loadResvg().Resvg
 */
export function loadResvg(): ResvgModule {
  resvg ??= createRequire(import.meta.url)("@resvg/resvg-js") as ResvgModule;
  return resvg;
}

/**
 * PNG bytes at `scale` times the SVG's size (2 gives crisp images for documents). With
 * `fontFiles` (the charts' DejaVu Sans files, jobs/chart-fonts.ts, which draw the characters
 * chartFontCovers accepts) resvg loads only those instead of every system font, when they cover
 * every character of the SVG; otherwise, and without them, it uses the system's fonts so that
 * no character goes missing.
 */
export function renderPng(svg: string, scale = 2, fontFiles?: readonly string[]): Uint8Array {
  return new (loadResvg().Resvg)(svg, pngOptions(svg, scale, fontFiles)).render().asPng();
}

/** As renderPng, on libuv's thread pool: several charts rasterise in parallel. */
export async function renderPngAsync(
  svg: string,
  scale = 2,
  fontFiles?: readonly string[],
): Promise<Uint8Array> {
  return (await loadResvg().renderAsync(svg, pngOptions(svg, scale, fontFiles))).asPng();
}

/**
 * The characters that DejaVu Sans, regular and bold, both draw and that chart text may hold:
 * the ranges of fc-query's charset of both files (DejaVu Sans 2.37) for letters, digits,
 * punctuation, arrows and mathematical operators.
 */
const CHART_FONT_RANGES: readonly [number, number][] = [
  [0x09, 0x0a],
  [0x0d, 0x0d],
  [0x20, 0x7e],
  [0xa0, 0x24f],
  [0x2000, 0x2064],
  [0x2190, 0x2311],
];

/** @example chartFontCovers(0x2212) // true: the minus sign */
export function chartFontCovers(codePoint: number): boolean {
  return CHART_FONT_RANGES.some(([first, last]) => codePoint >= first && codePoint <= last);
}

/**
 * Whether the charts' font files draw every character of the SVG (chartFontCovers). A numeric
 * character reference is not read, so it counts as not covered.
 * @example coveredByChartFont("<text>−12.5 ≤ 3 × 4</text>") // true
 */
export function coveredByChartFont(svg: string): boolean {
  return !svg.includes("&#") && !NOT_COVERED.test(svg);
}

/** A character outside CHART_FONT_RANGES (a regular expression: one native scan of the SVG). */
const NOT_COVERED = new RegExp(
  `[^${CHART_FONT_RANGES.map(([first, last]) => `\\u{${first.toString(16)}}-\\u{${last.toString(16)}}`).join("")}]`,
  "u",
);

function pngOptions(svg: string, scale: number, fontFiles: readonly string[] | undefined) {
  const own = fontFiles !== undefined && fontFiles.length > 0 && coveredByChartFont(svg);
  return {
    fitTo: { mode: "zoom" as const, value: scale },
    background: "white",
    font: own
      ? { loadSystemFonts: false, fontFiles: [...(fontFiles as string[])], defaultFontFamily: "DejaVu Sans" }
      : { loadSystemFonts: true, defaultFontFamily: "DejaVu Sans" },
  };
}
