// Draws a report's charts: SVG by Vega (jobs/draw-svgs.ts), PNG by resvg
// (jobs/png-image.ts, at twice the SVG's size, with the charts' own font files). Started
// before the analysis, it loads Vega on a worker thread (jobs/chart-worker.ts) while the main
// thread reads the input and computes; the worker then draws the SVGs, and the main thread, done
// with its own work, rasterises each as it arrives (the pixels on libuv's threads). On two cores
// the report's cost mostly hides behind the analysis; the bytes are those of drawing on one
// thread. Charts whose part of the result comes early (trial/run.ts, TrialPart) can be sent
// ahead (drawAhead): the worker draws them, and their PNGs rasterise, while the analysis goes on,
// when the worker would otherwise wait; each PNG is then reused for the same SVG in the
// report's drawing (the same but for the numbering of its clip paths, which changes no pixel). Run from the TypeScript sources (tests, tsx), where a worker cannot load .ts files, or
// when the worker cannot start or stops, it draws on the calling thread, so no chart is lost.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { renderPngAsync } from "./png-image.js";
import { chartFontFiles } from "./chart-fonts.js";
import { numberClipPaths } from "./number-clip-paths.js";

export interface ChartImage {
  svg: string;
  /** PNG bytes at twice the SVG's size; absent when PNGs were not asked for. */
  png?: Uint8Array;
}

/** A message to the worker: the Vega-Lite specs to draw, in order. */
export interface ChartJob {
  specs: Record<string, unknown>[];
}

/** A message to the worker: one chart to draw now, ahead of the report's drawing. */
export interface ChartAheadJob {
  ahead: Record<string, unknown>;
}

/**
 * The worker's messages: each chart's SVG as it is drawn, then done, or the error that stopped
 * it; and the SVG of a chart drawn ahead, as soon as it is drawn.
 */
export type ChartReply =
  | { svg: string; index: number }
  | { done: true }
  | { error: string }
  | { aheadSvg: string };

export interface ChartRenderer {
  /** Where the SVGs are drawn: on a worker thread, or on the calling thread. */
  readonly mode: "worker" | "thread";
  draw(specs: Record<string, unknown>[], options: { png: boolean }): Promise<ChartImage[]>;
  /**
   * Starts on a chart before the others (on the worker, which draws it when it safely can);
   * draw() still lists it and returns the same bytes. Nothing on the calling thread.
   */
  drawAhead(spec: Record<string, unknown>): void;
  /** Stops the worker; safe to call more than once. */
  close(): Promise<void>;
}

/**
 * `png`: whether the charts drawn ahead are rasterised at once (as draw() will want them).
 * @example const charts = startChartRenderer(); … await charts.draw(specs, { png: true }); await charts.close();
 */
export function startChartRenderer(options: { png?: boolean } = {}): ChartRenderer {
  const script = fileURLToPath(new URL("./chart-worker.js", import.meta.url));
  // Compiled (dist/cli.cjs, or an ESM build), not the TypeScript sources.
  if (!/\.c?js$/.test(import.meta.url) || !existsSync(script)) return inThreadRenderer();
  let worker: Worker;
  try {
    worker = new Worker(script);
  } catch {
    return inThreadRenderer();
  }
  // The worker keeps the process alive only while a drawing is awaited, so a run that stops
  // early (a data error, a bad plan) exits without waiting for it.
  worker.unref();
  let broken = false;
  let current: { images: ImageCollector; settle: (ok: boolean) => void } | undefined;
  // PNGs of the charts drawn ahead, by their SVG with its clip paths numbered from 1 (the same
  // pixels whatever the numbering).
  const early = new Map<string, Promise<Uint8Array>>();
  const end = (ok: boolean) => {
    const c = current;
    current = undefined;
    worker.unref();
    c?.settle(ok);
  };
  worker.on("message", (reply: ChartReply) => {
    if ("aheadSvg" in reply) {
      if (options.png !== false && !early.has(reply.aheadSvg)) {
        const raster = renderPngAsync(reply.aheadSvg, 2, chartFontFiles() ?? undefined);
        raster.catch(() => {}); // awaited by draw(), where its error is the real one
        early.set(reply.aheadSvg, raster);
      }
    } else if ("svg" in reply) current?.images.add(reply.svg, reply.index);
    else end("done" in reply);
  });
  for (const event of ["error", "exit"])
    worker.on(event, () => {
      broken = true;
      end(false);
    });
  const local = inThreadRenderer();
  return {
    mode: "worker",
    async draw(specs, options) {
      if (broken || current) return local.draw(specs, options);
      const images = imageCollector(options.png, early);
      const ok = await new Promise<boolean>((settle) => {
        current = { images, settle };
        worker.ref();
        worker.postMessage({ specs } satisfies ChartJob);
      });
      // A worker that failed, stopped or threw: draw here, where any error is the real one.
      return ok ? images.finish(specs.length) : local.draw(specs, options);
    },
    drawAhead(spec) {
      if (!broken && !current) worker.postMessage({ ahead: spec } satisfies ChartAheadJob);
    },
    async close() {
      broken = true;
      await worker.terminate();
    },
  };
}

/** Draws on the calling thread, loading Vega when first asked. */
export function inThreadRenderer(): ChartRenderer {
  return {
    mode: "thread",
    async draw(specs, options) {
      const { drawSvgs } = await import("./draw-svgs.js");
      const images = imageCollector(options.png);
      await drawSvgs(specs, images.add);
      return images.finish(specs.length);
    },
    drawAhead() {},
    async close() {},
  };
}

interface ImageCollector {
  /** An SVG as it is drawn: its PNG starts rasterising at once. */
  add(svg: string, index: number): void;
  /** Every chart's SVG and PNG, in the specs' order. */
  finish(count: number): Promise<ChartImage[]>;
}

/** `early`: PNGs already rasterising, by their SVG, reused for the identical SVG. */
function imageCollector(png: boolean, early?: ReadonlyMap<string, Promise<Uint8Array>>): ImageCollector {
  const fonts = png ? (chartFontFiles() ?? undefined) : undefined;
  const svgs: string[] = [];
  const pngs: Promise<Uint8Array>[] = [];
  return {
    add(svg, index) {
      svgs[index] = svg;
      if (png) pngs[index] = early?.get(numberClipPaths(svg, 1).svg) ?? renderPngAsync(svg, 2, fonts);
    },
    async finish(count) {
      const rasters = await Promise.all(pngs);
      return Array.from({ length: count }, (_, i) =>
        png ? { svg: svgs[i], png: rasters[i] } : { svg: svgs[i] },
      );
    },
  };
}
