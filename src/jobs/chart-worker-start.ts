// Starting the chart worker (jobs/chart-worker.ts), and starting it early. A worker thread takes
// ~130 ms of its own core before it can take a job: Node's bootstrap of the thread, the worker's
// bundle, resvg's native addon. Started by the chart renderer (jobs/chart-renderer.ts), that
// happened while the main thread read the input, and the worker's first job, the trial's
// re-randomisation and bootstrap, waited for it. The compiled `fgc trial` starts the worker as
// its very first step (cli/run-bundle.ts, startChartWorkerEarly), before the CLI's own bundle is
// loaded, so that the worker boots beside the main thread's start; the renderer then adopts it
// (takeEarlyChartWorker). A worker started early and never adopted (a usage error, `--help`)
// does not keep the process alive; one that failed or stopped before it was adopted is not
// adopted: the renderer starts one of its own as before.
import { Worker } from "node:worker_threads";
import { type ChartWorkerData, PNG_CLAIMS } from "./chart-worker-messages.js";

/** A chart worker and the PNG claims it shares with the main thread (PNG_CLAIMS). */
export interface ChartWorker {
  worker: Worker;
  claims: Int32Array;
}

/** The early worker, from run-bundle's bundle to the CLI's (two bundles: no shared module). */
const EARLY = Symbol.for("fgc-toolkit.earlyChartWorker");

interface EarlyChartWorker extends ChartWorker {
  script: string;
  /** Whether it has failed or stopped. */
  gone: boolean;
}

type WithEarly = typeof globalThis & { [EARLY]?: EarlyChartWorker };

/**
 * Starts the worker on `script` (dist/chart-worker.cjs); throws as `new Worker` does.
 * @example const { worker, claims } = startChartWorker(fileURLToPath(new URL("./chart-worker.cjs", import.meta.url)));
 */
export function startChartWorker(script: string): ChartWorker {
  const claims = new Int32Array(new SharedArrayBuffer(4 * PNG_CLAIMS));
  const worker = new Worker(script, { workerData: { claims } satisfies ChartWorkerData });
  return { worker, claims };
}

/**
 * Starts the worker on `script` now, for the chart renderer to adopt later; returns whether it
 * started. It does not keep the process alive until adopted.
 * @example startChartWorkerEarly(join(__dirname, "chart-worker.cjs"))
 */
export function startChartWorkerEarly(script: string): boolean {
  const slot = globalThis as WithEarly;
  if (slot[EARLY]) return false;
  let started: ChartWorker;
  try {
    started = startChartWorker(script);
  } catch {
    return false;
  }
  const early: EarlyChartWorker = { ...started, script, gone: false };
  started.worker.unref();
  // Heard until adopted (an unheard "error" would end the process), and remembered.
  for (const event of ["error", "exit"])
    started.worker.on(event, () => {
      early.gone = true;
    });
  slot[EARLY] = early;
  return true;
}

/**
 * The worker started early on `script`, still running, handed over once; undefined when there is
 * none (a worker on another script, or one gone, is stopped). Its "error" and "exit" events
 * cannot be missed between this call and the caller's own listeners, added in the same turn of
 * the event loop.
 * @example const early = takeEarlyChartWorker(script) ?? startChartWorker(script);
 */
export function takeEarlyChartWorker(script: string): ChartWorker | undefined {
  const slot = globalThis as WithEarly;
  const early = slot[EARLY];
  if (!early) return undefined;
  delete slot[EARLY];
  if (early.gone || early.script !== script) {
    void early.worker.terminate();
    return undefined;
  }
  return { worker: early.worker, claims: early.claims };
}
