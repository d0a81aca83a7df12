/**
 * The chart renderer's worker thread (io/node/chart-renderer.ts): loads Vega and Vega-Lite as
 * soon as it starts, while the main thread reads the input and runs the analysis, then draws the
 * SVG of each chart it is sent and posts it back at once, so that the main thread rasterises it
 * to PNG while the next one is drawn. From dist/, Vega comes from the CommonJS bundle
 * dist/chart-draw.cjs (scripts/build.mjs) through V8's code cache (io/node/cached-script.ts),
 * which spares each run most of compiling it; without that bundle, from ./draw-svgs.js.
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parentPort } from "node:worker_threads";
import { loadCachedScript } from "./cached-script.js";
import type { ChartJob, ChartReply } from "./chart-renderer.js";
import type { drawSvgs as DrawSvgs } from "./draw-svgs.js";

interface ChartDrawer {
  drawSvgs: typeof DrawSvgs;
  /** Saves the compiled code for the next run, once the first charts are drawn. */
  saveCache(): void;
}

const port = parentPort;
const loading = loadChartDrawer();
loading.catch(() => {}); // awaited on the first job, where its error is reported
port?.on("message", async (job: ChartJob) => {
  try {
    const drawer = await loading;
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
    const loaded = loadCachedScript<{ drawSvgs: typeof DrawSvgs }>(bundle);
    return { drawSvgs: loaded.exports.drawSvgs, saveCache: loaded.saveCache };
  }
  const { drawSvgs } = await import("./draw-svgs.js");
  return { drawSvgs, saveCache: () => {} };
}
