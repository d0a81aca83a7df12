/**
 * The chart renderer's worker thread (io/node/chart-renderer.ts): loads Vega and Vega-Lite as
 * soon as it starts, while the main thread reads the input and runs the analysis, then draws the
 * SVG of each chart it is sent and posts it back at once, so that the main thread rasterises it
 * to PNG while the next one is drawn. From dist/, Vega comes from the CommonJS bundle
 * dist/chart-draw.cjs (scripts/build.mjs) through V8's code cache (io/node/cached-script.ts),
 * which spares each run most of compiling it; without that bundle, from ./draw-svgs.js.
 * A chart sent ahead (ChartAheadJob) is drawn at once when it can be drawn out of turn with the
 * same bytes (draw-svgs.ts, drawSvgAhead), its SVG posted back, and reused when the report's
 * drawing reaches the identical spec.
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parentPort } from "node:worker_threads";
import { loadCachedScript } from "./cached-script.js";
import { chartSpecKey } from "./chart-spec-key.js";
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
/** Set when a chart drawn ahead held a numbered reference after all: then nothing is reused. */
let outOfTurn = false;

port?.on("message", async (job: ChartJob | ChartAheadJob) => {
  if ("ahead" in job) {
    const key = chartSpecKey(job.ahead);
    if (!ahead.has(key)) ahead.set(key, drawAhead(job.ahead));
    return;
  }
  try {
    const drawer = await loading;
    for (const [index, spec] of job.specs.entries()) {
      const early = await ahead.get(chartSpecKey(spec));
      if (outOfTurn) {
        // The main thread then draws every chart itself, in turn.
        port.postMessage({
          error: "a chart drawn ahead changed Vega's numbering of clip paths",
        } satisfies ChartReply);
        return;
      }
      if (early) port.postMessage({ svg: early, index } satisfies ChartReply);
      else await drawer.drawSvgs([spec], (svg) => port.postMessage({ svg, index } satisfies ChartReply));
    }
    drawer.saveCache();
    port.postMessage({ done: true } satisfies ChartReply);
  } catch (error) {
    port.postMessage({ error: String(error) } satisfies ChartReply);
  }
});

async function drawAhead(spec: Record<string, unknown>): Promise<string | null> {
  try {
    const svg = await (await loading).drawSvgAhead(spec);
    if (svg === null) return null;
    if (svg.includes("url(#")) {
      outOfTurn = true;
      return null;
    }
    port?.postMessage({ aheadSvg: svg } satisfies ChartReply);
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
