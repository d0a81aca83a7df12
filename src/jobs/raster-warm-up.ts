// A warm-up for resvg on the chart worker (jobs/chart-worker.ts): while the worker waits for its
// first job (the main thread is still reading the input), it draws a blank chart as large as the
// trial's largest, with a word in each of the charts' fonts, and releases it
// (jobs/raster-memory.ts). The pages of its pixels and of the PNG encoder's copy are then touched
// once, before any chart needs them (resvg's allocator keeps them: jobs/resvg-memory.ts), and
// resvg's code for text, drawing and encoding is paged in. Nothing it draws is kept.
import { renderPng } from "./png-image.js";
import { releaseRasters } from "./raster-memory.js";

/**
 * A blank chart of 800 × 500 (1600 × 1000 pixels at twice its size, as large as `fgc trial`'s
 * largest), with text in the charts' regular and bold font.
 */
export const WARM_UP_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" width="800" height="500">' +
  '<rect width="800" height="500" fill="white"/>' +
  '<text x="10" y="20" font-family="DejaVu Sans, sans-serif" font-size="12">0</text>' +
  '<text x="10" y="40" font-family="DejaVu Sans, sans-serif" font-size="12" font-weight="bold">0</text>' +
  "</svg>";

/**
 * Draws WARM_UP_SVG to PNG with these fonts and releases it (releaseRasters), so that the
 * charts after it reuse its memory; nothing is kept. Returns whether it drew.
 * @example warmUpRasteriser(chartFontFiles() ?? undefined)
 */
export function warmUpRasteriser(fontFiles?: readonly string[]): boolean {
  try {
    renderPng(WARM_UP_SVG, 2, fontFiles);
  } catch {
    return false; // a real chart reports resvg's error
  }
  releaseRasters();
  return true;
}
