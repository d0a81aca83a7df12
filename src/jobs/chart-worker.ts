// The chart renderer's worker thread (jobs/chart-renderer.ts): loads Vega and Vega-Lite as
// soon as it starts, while the main thread reads the input and runs the analysis, then draws the
// SVG of each chart it is sent and posts it back at once, so that the main thread rasterises it
// to PNG while the next one is drawn. From dist/, Vega comes from the CommonJS bundle
// dist/chart-draw.cjs (scripts/build.mjs) through V8's code cache (jobs/cached-script.ts),
// which spares each run most of compiling it; without that bundle, from ./draw-svgs.js.
// A chart sent ahead (ChartAheadJob) is drawn at once (draw-svgs.ts, drawSvgAhead), its SVG
// posted back so that its PNG rasterises, and used when the report's drawing reaches the very
// same spec, its clip paths numbered as in turn (jobs/number-clip-paths.ts).
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parentPort } from "node:worker_threads";
import { loadCachedScript } from "./cached-script.js";
import { chartSpecKey } from "./chart-spec-key.js";
import { numberClipPaths } from "./number-clip-paths.js";
import type { ChartAheadJob, ChartJob, ChartReply } from "./chart-renderer.js";
import type { drawSvgAhead as DrawSvgAhead, drawSvgs as DrawSvgs } from "./draw-svgs.js";

interface ChartDrawer {
  drawSvgs: typeof DrawSvgs;
  drawSvgAhead: typeof DrawSvgAhead;
  /** Saves the compiled code for the next run, once the first charts are drawn. */
  saveCache(): void;
}

const port = parentPort;
const loading = loadChartDrawer();
loading.catch(() => {}); // awaited on the first job, where its error is reported
/** Charts drawn ahead, by their spec's JSON: the SVG, or null to draw it in turn. */
const ahead = new Map<string, Promise<string | null>>();

port?.on("message", async (job: ChartJob | ChartAheadJob) => {
  if ("ahead" in job) {
    const key = chartSpecKey(job.ahead);
    if (!ahead.has(key)) ahead.set(key, drawAhead(job.ahead));
    return;
  }
  try {
    const drawer = await loading;
    await drawer.drawSvgs(
      job.specs,
      (svg, index) => port.postMessage({ svg, index } satisfies ChartReply),
      (spec) => ahead.get(chartSpecKey(spec)),
    );
    drawer.saveCache();
    port.postMessage({ done: true } satisfies ChartReply);
  } catch (error) {
    port.postMessage({ error: String(error) } satisfies ChartReply);
  }
});

async function drawAhead(spec: Record<string, unknown>): Promise<string | null> {
  try {
    const svg = await (await loading).drawSvgAhead(spec);
    // Numbered from 1, as the main thread keys the PNGs it rasterises ahead (chart-renderer.ts).
    if (svg !== null) port?.postMessage({ aheadSvg: numberClipPaths(svg, 1).svg } satisfies ChartReply);
    return svg;
  } catch {
    return null; // drawn again in turn, where its error is the real one
  }
}

async function loadChartDrawer(): Promise<ChartDrawer> {
  const bundle = fileURLToPath(new URL("./chart-draw.cjs", import.meta.url));
  if (existsSync(bundle)) {
    const loaded = loadCachedScript<Omit<ChartDrawer, "saveCache">>(bundle);
    return { ...loaded.exports, saveCache: loaded.saveCache };
  }
  const { drawSvgs, drawSvgAhead } = await import("./draw-svgs.js");
  return { drawSvgs, drawSvgAhead, saveCache: () => {} };
}
