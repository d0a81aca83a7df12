/**
 * The chart renderer's worker thread (jobs/chart-renderer.ts): loads Vega and Vega-Lite as
 * soon as it starts, while the main thread reads the input and runs the analysis, then draws the
 * SVG of each chart it is sent and posts it back at once, so that the main thread rasterises it
 * to PNG while the next one is drawn.
 */
import { parentPort } from "node:worker_threads";
import type { ChartJob, ChartReply } from "./chart-renderer.js";
import { drawSvgs } from "./draw-svgs.js";

const port = parentPort;
port?.on("message", (job: ChartJob) => {
  drawSvgs(job.specs, (svg, index) => port.postMessage({ svg, index } satisfies ChartReply)).then(
    () => port.postMessage({ done: true } satisfies ChartReply),
    (error: unknown) => port.postMessage({ error: String(error) } satisfies ChartReply),
  );
});
