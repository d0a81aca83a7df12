// Imported first by the chart worker (jobs/chart-worker.ts), before anything loads resvg: spares
// the worker's own require of resvg its C-library probe (jobs/skip-resvg-libc-probe.ts), as
// dist/start.cjs does for the main thread; each thread has its own require cache.
import { fileURLToPath } from "node:url";
import { skipResvgLibcProbe } from "./skip-resvg-libc-probe.js";

if (import.meta.url.startsWith("file:")) skipResvgLibcProbe(fileURLToPath(import.meta.url));
