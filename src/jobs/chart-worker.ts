// The chart renderer's worker thread (jobs/chart-renderer.ts). It rasterises each SVG it is sent
// to PNG (resvg, jobs/png-image.ts, one after another so that the main thread keeps a core for
// the analysis, each chart's pixels freed before the next: jobs/raster-memory.ts) and posts the
// bytes back, and it runs a trial's re-randomisation and bootstrap when sent them
// (jobs/resampling-on-worker.ts).
// Built as CommonJS (dist/chart-worker.cjs): a worker started on an ES module first compiles
// Node's ES module loader, ~20-40 ms of every run.
import "./resvg-probe-skipped.js";
import { parentPort, workerData } from "node:worker_threads";
import { chartFontFiles } from "./chart-fonts.js";
import { type ChartReply, type ChartWorkerData, PNG_CLAIMS, type PngJob } from "./chart-worker-messages.js";
import { loadResvg, renderPng } from "./png-image.js";
import { releaseRasters } from "./raster-memory.js";
import { answerResampling, type ResamplingMessage } from "./resampling-on-worker.js";

const port = parentPort;
// resvg loads now, while the main thread is still reading the input.
loadResvg();
const data = workerData as ChartWorkerData | undefined;

// PNG jobs wait here and are drawn one per turn of the event loop, so that the pixels of the
// last chart, released after it (jobs/raster-memory.ts), are freed before the next is drawn.
const queued: PngJob[] = [];

port?.on("message", (job: PngJob | ResamplingMessage) => {
  if ("resample" in job) {
    answerResampling(job);
    return;
  }
  queued.push(job);
  if (queued.length === 1) setImmediate(drawNext);
});

function drawNext(): void {
  const job = queued.shift();
  if (job === undefined || port === null) return;
  if (queued.length > 0) setImmediate(drawNext);
  // Claimed by the main thread, which rasterises it itself (PNG_CLAIMS).
  const { id } = job.png;
  if (data && id < PNG_CLAIMS && Atomics.compareExchange(data.claims, id, 0, 1) !== 0) return;
  try {
    const png = renderPng(job.png.svg, 2, chartFontFiles() ?? undefined);
    port.postMessage({ pngId: id, png } satisfies ChartReply);
  } catch (error) {
    port.postMessage({ pngId: id, error: String(error) } satisfies ChartReply);
  }
  releaseRasters();
}
