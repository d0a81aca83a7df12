/**
 * Charts as PNG files: an SVG (report/images.ts) rasterised by resvg, on the calling thread or on
 * libuv's thread pool.
 */
import { Resvg, renderAsync } from "@resvg/resvg-js";

/**
 * PNG bytes at `scale` times the SVG's size (2 gives crisp images for documents). With
 * `fontFiles` (the charts' DejaVu Sans files, io/node/chart-fonts.ts) resvg loads only those
 * instead of every system font, when they cover every character of the SVG; otherwise, and
 * without them, it uses the system's fonts so that no character goes missing.
 */
export function renderPng(svg: string, scale = 2, fontFiles?: readonly string[]): Uint8Array {
  return new Resvg(svg, pngOptions(svg, scale, fontFiles)).render().asPng();
}

/** As renderPng, on libuv's thread pool: several charts rasterise in parallel. */
export async function renderPngAsync(
  svg: string,
  scale = 2,
  fontFiles?: readonly string[],
): Promise<Uint8Array> {
  return (await renderAsync(svg, pngOptions(svg, scale, fontFiles))).asPng();
}

/**
 * Whether DejaVu Sans (regular and bold) has a glyph for every character of the SVG: the ranges
 * both files cover (fc-query's charset of DejaVu Sans 2.37) that hold letters, digits,
 * punctuation, arrows and mathematical operators. A numeric character reference is not read,
 * so it counts as not covered.
 * @example coveredByChartFont("<text>−12.5 ≤ 3 × 4</text>") // true
 */
export function coveredByChartFont(svg: string): boolean {
  return !svg.includes("&#") && /^[\t\n\r\x20-\x7e\xa0-\u024f\u2000-\u2064\u2190-\u2311]*$/.test(svg);
}

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
