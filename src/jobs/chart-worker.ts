// The chart renderer's worker thread (jobs/chart-renderer.ts). It rasterises each SVG it is sent
// to PNG (resvg, jobs/png-image.ts, one after another so that the main thread keeps a core for
// the analysis) and posts the bytes back; and it draws with Vega the charts that have no static
// drawer, posting each SVG as it is drawn. Vega loads on the first Vega job; from dist/, it comes
// from the CommonJS bundle dist/chart-draw.cjs (scripts/build.mjs) through V8's code cache
// (jobs/cached-script.ts), which spares each run most of compiling it; without that bundle,
// from ./draw-svgs.js. Built as CommonJS (dist/chart-worker.cjs): a worker started on an ES
// module first compiles Node's ES module loader, ~20-40 ms of every run.
import "./resvg-probe-skipped.js";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parentPort, workerData } from "node:worker_threads";
import { loadCachedScript } from "./cached-script.js";
import { chartFontFiles } from "./chart-fonts.js";
import {
  type ChartJob,
  type ChartReply,
  type ChartWorkerData,
  PNG_CLAIMS,
  type PngJob,
} from "./chart-renderer.js";
import type { drawSvgs as DrawSvgs } from "./draw-svgs.js";
import { renderPng } from "./png-image.js";
import { answerResampling, type ResamplingMessage } from "./resampling-on-worker.js";

interface ChartDrawer {
  drawSvgs: typeof DrawSvgs;
  /** Saves the compiled code for the next run, once the first charts are drawn. */
  saveCache(): void;
}

const port = parentPort;
const data = workerData as ChartWorkerData | undefined;
let loading: Promise<ChartDrawer> | undefined;
const vega = () => {
  loading ??= loadChartDrawer();
  return loading;
};

port?.on("message", async (job: PngJob | ChartJob | ResamplingMessage) => {
  if ("resample" in job) {
    answerResampling(job);
    return;
  }
  if ("png" in job) {
    // Claimed by the main thread, which rasterises it itself (chart-renderer.ts, PNG_CLAIMS).
    const { id } = job.png;
    if (data && id < PNG_CLAIMS && Atomics.compareExchange(data.claims, id, 0, 1) !== 0) return;
    try {
      const png = renderPng(job.png.svg, 2, chartFontFiles() ?? undefined);
      port.postMessage({ pngId: id, png } satisfies ChartReply);
    } catch (error) {
      port.postMessage({ pngId: id, error: String(error) } satisfies ChartReply);
    }
    return;
  }
  try {
    const drawer = await vega();
    await drawer.drawSvgs(job.specs, (svg, index) => port.postMessage({ svg, index } satisfies ChartReply));
    drawer.saveCache();
    port.postMessage({ done: true } satisfies ChartReply);
  } catch (error) {
    port.postMessage({ error: String(error) } satisfies ChartReply);
  }
});

async function loadChartDrawer(): Promise<ChartDrawer> {
  const bundle = fileURLToPath(new URL("./chart-draw.cjs", import.meta.url));
  if (existsSync(bundle)) {
    const loaded = loadCachedScript<Omit<ChartDrawer, "saveCache">>(bundle);
    return { ...loaded.exports, saveCache: loaded.saveCache };
  }
  const { drawSvgs } = await import("./draw-svgs.js");
  return { drawSvgs, saveCache: () => {} };
}
