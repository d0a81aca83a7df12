// What the chart renderer (jobs/chart-renderer.ts) and its worker (jobs/chart-worker.ts) say to
// each other, in a module of its own so that the worker's bundle holds none of the renderer.

/** A message to the worker: the SVG to rasterise, with the number its reply carries. */
export interface PngJob {
  png: { id: number; svg: string };
}

/** The worker's messages: a PNG, or the error that stopped it. */
export type ChartReply = { pngId: number; png: Uint8Array } | { pngId: number; error: string };

/** The data the worker starts with: the claims on PNG jobs it shares with the main thread (PNG_CLAIMS). */
export interface ChartWorkerData {
  claims: Int32Array;
}

/**
 * PNG jobs that can be claimed: job `id` is claimed by whichever thread first turns
 * `claims[id]` from 0 (the worker to 1, the main thread to 2), so that once the main thread is
 * done with its own work it can take the PNGs still queued on the worker, each drawn once.
 * Jobs numbered beyond these are left to the worker.
 */
export const PNG_CLAIMS = 4096;
