// Giving resvg's pixels back between charts, on the chart worker (jobs/chart-worker.ts). A chart
// at twice its size is a 3–5 MB pixmap, held in native memory by resvg's RenderedImage until V8
// collects that object and Node then runs its finaliser. The worker allocates almost nothing on
// its JavaScript heap, so V8 hardly ever collects there: every chart's pixmap was fresh memory,
// and on a virtual machine where a page fault costs ~10 µs, touching it cost 10–15 ms a chart.
// After each PNG the worker asks V8 for a minor collection (a scavenge of its few young objects,
// ~1 ms), which frees the spent RenderedImage; Node runs the finaliser on the next turn of the
// event loop, and resvg's allocator, which keeps freed memory (jobs/resvg-memory.ts), hands the
// same pages to the next chart. Six charts: 13,700 → 7,600 page faults, ~45 ms of CPU time less.
// V8 lends its collector to scripts only under --expose-gc: the flag is set for this process
// and the function taken from a fresh context (vm), which gets it; the worker's own globals
// stay as they were. Where this fails, charts are drawn as before.
// While the worker waits for its first job, it draws a blank chart as large as the trial's
// largest (warmUpRasteriser), with a word in each of the charts' fonts: the pages of pixels
// and of the PNG encoder's copy are then touched once, before any chart needs them, and
// resvg's code for text, drawing and encoding is paged in.
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { renderPng } from "./png-image.js";

type Collect = (options: { type: "minor" }) => void;

let collect: Collect | null | undefined;

/**
 * Asks V8 for a minor garbage collection on this thread, so that resvg images no longer
 * referenced are finalised (on the event loop's next turn) and their pixels freed. Returns
 * whether it could.
 * @example renderPng(svg); releaseRasters(); // then yield to the event loop before the next
 */
export function releaseRasters(): boolean {
  if (collect === undefined) {
    try {
      setFlagsFromString("--expose-gc");
      const gc: unknown = runInNewContext("typeof gc === 'function' ? gc : null");
      collect = typeof gc === "function" ? (gc as Collect) : null;
    } catch {
      collect = null;
    }
  }
  if (collect === null) return false;
  collect({ type: "minor" });
  return true;
}

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
