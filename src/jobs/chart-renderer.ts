// Draws a report's charts: each chart's SVG by its static drawer (report/figures/, a few
// milliseconds, on the calling thread) or, for a chart without one (none of `fgc trial`'s), by
// Vega on the calling thread (jobs/draw-svgs.ts); each PNG by resvg (jobs/png-image.ts, at twice
// the SVG's size, with the charts' own font files). Started before the analysis, the renderer
// starts a worker thread (jobs/chart-worker.ts) that loads resvg while the main thread reads the
// input and computes, or adopts the one the compiled CLI started before it loaded
// (jobs/chart-worker-start.ts). A chart whose part of the result comes early (trial/run.ts,
// TrialPart) is sent ahead (drawAhead): its SVG is drawn at once and its PNG rasterised on the
// worker, one after another, while the analysis goes on, so that on two cores the pixels mostly
// hide behind the statistics; draw() then reuses them for the very same spec, and the calling
// thread takes the PNGs still queued from the back while the worker works from the front. The worker also
// runs a trial's re-randomisation and bootstrap (startResampling). Run from the TypeScript
// sources (tests, tsx), where a worker cannot load .ts files, or when the worker cannot start or
// stops, everything is drawn on the calling thread (PNGs on libuv's thread pool), with the same
// bytes.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Worker } from "node:worker_threads";
import type { ReportChart } from "../report/document.js";
import { chartFontFiles } from "./chart-fonts.js";
import { chartSpecKey } from "./chart-spec-key.js";
import { type ChartReply, PNG_CLAIMS, type PngJob } from "./chart-worker-messages.js";
import { type ChartWorker, startChartWorker, takeEarlyChartWorker } from "./chart-worker-start.js";
import type { StartResampling } from "../trial/sensitivity.js";
import { renderPng, renderPngAsync } from "./png-image.js";
import { resamplingOnWorker } from "./resampling-on-worker.js";

/** A chart to draw: its Vega-Lite spec, and its static drawer when it has one. */
export type ChartToDraw = Pick<ReportChart, "spec" | "drawSvg">;

export interface ChartImage {
  svg: string;
  /** PNG bytes at twice the SVG's size; absent when PNGs were not asked for. */
  png?: Uint8Array;
}

export interface ChartRenderer {
  /** Where the PNGs are made: on a worker thread, or on the calling thread. */
  readonly mode: "worker" | "thread";
  draw(charts: ChartToDraw[], options: { png: boolean }): Promise<ChartImage[]>;
  /**
   * Starts on a chart with a static drawer before the others: its SVG now, its PNG on the
   * worker; draw() still lists it and returns the same bytes. A chart without one waits its turn.
   */
  drawAhead(chart: ChartToDraw): void;
  /**
   * Stops the worker; safe to call more than once. Resolves once the worker is told to stop,
   * without waiting for its thread to wind down (~7 ms at the end of every `fgc trial`): the
   * worker holds nothing of the caller's, and it keeps no process alive.
   */
  close(): Promise<void>;
  /**
   * With a worker: runs a trial's re-randomisation and bootstrap on it (jobs/resampling-on-worker.ts),
   * for runTrial's `startResampling`.
   */
  readonly startResampling?: StartResampling;
}

/** The renderer's two kinds of work: PNGs on a worker or on the calling thread, Vega on the calling thread. */
interface ChartBackend {
  rasterise(svg: string): Promise<Uint8Array>;
  drawVega(specs: Record<string, unknown>[]): Promise<string[]>;
  /** The calling thread is free: it may take some of the queued work. */
  share?(): void;
}

/**
 * `png`: whether charts sent ahead are rasterised at once (as draw() will want them).
 * @example const charts = startChartRenderer({ png: true }); … await charts.draw(charts, { png: true }); await charts.close();
 */
export function startChartRenderer(options: { png?: boolean } = {}): ChartRenderer {
  const script = fileURLToPath(new URL("./chart-worker.cjs", import.meta.url));
  // Compiled (dist/cli.cjs), not the TypeScript sources.
  if (!/\.c?js$/.test(import.meta.url) || !existsSync(script)) return inThreadRenderer();
  let started: ChartWorker;
  try {
    started = takeEarlyChartWorker(script) ?? startChartWorker(script);
  } catch {
    return inThreadRenderer();
  }
  const { worker, claims } = started;
  return {
    ...rendererOn(workerBackend(worker, claims), "worker", options.png !== false, () => worker.terminate()),
    startResampling: resamplingOnWorker((message, transfer) => worker.postMessage(message, transfer)),
  };
}

/** Draws on the calling thread: Vega loaded when first asked, PNGs on libuv's thread pool. */
export function inThreadRenderer(): ChartRenderer {
  return rendererOn(threadBackend(), "thread", false, async () => {});
}

function rendererOn(
  backend: ChartBackend,
  mode: ChartRenderer["mode"],
  pngAhead: boolean,
  stop: () => Promise<unknown>,
): ChartRenderer {
  // Charts drawn ahead, by their spec's identity: the SVG, and the PNG when rasterised.
  const ahead = new Map<string, { svg: string; png?: Promise<Uint8Array> }>();
  let closed = false;
  return {
    mode,
    drawAhead(chart) {
      if (closed || !chart.drawSvg) return;
      const key = chartSpecKey(chart.spec);
      if (ahead.has(key)) return;
      let svg: string;
      try {
        svg = chart.drawSvg();
      } catch {
        return; // drawn again in turn, where its error is the real one
      }
      const png = pngAhead ? backend.rasterise(svg) : undefined;
      png?.catch(() => {}); // awaited by draw(), where its error is the real one
      ahead.set(key, { svg, png });
    },
    async draw(charts, options) {
      const svgs: (string | undefined)[] = [];
      const pngs: (Promise<Uint8Array> | undefined)[] = [];
      charts.forEach((chart, i) => {
        if (!chart.drawSvg) return;
        const early = ahead.get(chartSpecKey(chart.spec));
        svgs[i] = early?.svg ?? chart.drawSvg();
        if (options.png) pngs[i] = early?.png ?? backend.rasterise(svgs[i] as string);
      });
      const byVega = charts.flatMap((chart, i) => (chart.drawSvg ? [] : [i]));
      if (byVega.length > 0) {
        const drawn = await backend.drawVega(byVega.map((i) => charts[i].spec));
        byVega.forEach((i, k) => {
          svgs[i] = drawn[k];
          if (options.png) pngs[i] = backend.rasterise(drawn[k]);
        });
      }
      // The caller writes what needs no PNG (results, HTML, tables) on this thread first; only
      // then does this thread take PNGs from the worker's queue, so that the worker is not left
      // idle while this thread writes.
      if (backend.share) {
        await new Promise<void>((resolve) => setImmediate(resolve));
        backend.share();
      }
      const rasters = await Promise.all(pngs);
      return charts.map((_, i) =>
        options.png ? { svg: svgs[i] as string, png: rasters[i] } : { svg: svgs[i] as string },
      );
    },
    async close() {
      closed = true;
      stop().catch(() => {});
    },
  };
}

function threadBackend(): ChartBackend {
  return {
    rasterise: (svg) => renderPngAsync(svg, 2, chartFontFiles() ?? undefined),
    async drawVega(specs) {
      const { drawSvgs } = await import("./draw-svgs.js");
      const svgs: string[] = [];
      await drawSvgs(specs, (svg, i) => {
        svgs[i] = svg;
      });
      return svgs;
    },
  };
}

/**
 * The worker's backend: PNGs on the worker; Vega, for a chart without a static drawer (none of
 * `fgc trial`'s), on the calling thread. The worker keeps the process alive only while a PNG is
 * awaited, so a run that stops early (a data error, a bad plan) exits without waiting for it. A
 * worker that fails or stops hands every waiting and later PNG to the calling thread, where any
 * error is the real one.
 */
function workerBackend(worker: Worker, claims: Int32Array): ChartBackend {
  worker.unref();
  const local = threadBackend();
  let broken = false;
  let nextId = 1;
  const rasters = new Map<number, { svg: string; settle: (png: Promise<Uint8Array>) => void }>();
  const release = () => {
    if (rasters.size === 0) worker.unref();
  };
  worker.on("message", (reply: ChartReply) => {
    const job = rasters.get(reply.pngId);
    if (!job) return;
    rasters.delete(reply.pngId);
    job.settle("png" in reply ? Promise.resolve(reply.png) : local.rasterise(job.svg));
    release();
  });
  for (const event of ["error", "exit"])
    worker.on(event, () => {
      broken = true;
      for (const job of rasters.values()) job.settle(local.rasterise(job.svg));
      rasters.clear();
      release();
    });
  return {
    rasterise(svg) {
      if (broken) return local.rasterise(svg);
      const id = nextId++;
      return new Promise<Uint8Array>((resolve, reject) => {
        rasters.set(id, { svg, settle: (png) => png.then(resolve, reject) });
        worker.ref();
        worker.postMessage({ png: { id, svg } } satisfies PngJob);
      });
    },
    share() {
      // The PNGs the worker has not started, taken one at a time from the back of its queue and
      // rasterised here while the worker works from the front, until they meet: on two cores
      // the tail halves whatever the charts' sizes. Drawn synchronously: the calling thread
      // has nothing else to do until the PNGs are in.
      for (;;) {
        const queued = [...rasters.keys()].filter((id) => id < PNG_CLAIMS && Atomics.load(claims, id) === 0);
        const id = queued.at(-1);
        if (id === undefined) break;
        if (Atomics.compareExchange(claims, id, 0, 2) !== 0) continue;
        const job = rasters.get(id) as { svg: string; settle: (png: Promise<Uint8Array>) => void };
        rasters.delete(id);
        let png: Promise<Uint8Array>;
        try {
          png = Promise.resolve(renderPng(job.svg, 2, chartFontFiles() ?? undefined));
        } catch (error) {
          png = Promise.reject(error);
        }
        job.settle(png);
      }
      release();
    },
    drawVega: local.drawVega,
  };
}
