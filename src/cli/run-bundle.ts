// The compiled `fgc` (dist/start.cjs, which bin/fgc.js runs when the build is current): loads the
// CLI's CommonJS bundle, dist/cli.cjs, through V8's code cache (jobs/cached-script.ts), one cache
// per command, and runs it. Compiling the CLI's modules was the largest part of its start: ESM
// modules have no compile cache in Node 20. The cache is saved after a successful run, so the
// functions the command compiled as it ran are in it; a run that stopped early (bad usage, bad
// data) may have compiled too little to be worth keeping. resvg's loader is spared its C-library
// probe (jobs/skip-resvg-libc-probe.ts), and its allocator keeps the memory it frees
// (jobs/resvg-memory.ts) and the chart worker may free its pixels early (jobs/raster-memory.ts);
// V8 optimises later than its default (cli/v8-tiering.ts). `fgc trial`
// starts its chart worker before anything else (jobs/chart-worker-start.ts). The process ends as
// soon as the command has returned and its output is flushed (cli/exit-when-flushed.ts).
import { dirname, join } from "node:path";
import { loadCachedScript } from "../jobs/cached-script.js";
import { startChartWorkerEarly } from "../jobs/chart-worker-start.js";
import { exposeCollector } from "../jobs/raster-memory.js";
import { keepResvgMemory } from "../jobs/resvg-memory.js";
import { skipResvgLibcProbe } from "../jobs/skip-resvg-libc-probe.js";
import { codeCacheVariant } from "./code-cache-variant.js";
import { exitWhenFlushed } from "./exit-when-flushed.js";
import { raiseInterruptBudget } from "./v8-tiering.js";
import type { runMain } from "./run-main.js";

/**
 * Runs `fgc` with the arguments from the bundle (the path of dist/cli.cjs) and ends the process
 * with its exit code once its output is flushed.
 * @example await runBundle("dist/cli.cjs", ["--version"]); // prints 0.1.0, exits 0
 */
export async function runBundle(bundle: string, argv: readonly string[]): Promise<void> {
  keepResvgMemory();
  exposeCollector();
  raiseInterruptBudget(process.execArgv, process.env.NODE_OPTIONS);
  skipResvgLibcProbe(bundle);
  const command = codeCacheVariant(argv);
  // The chart worker boots on the other core while this thread loads the CLI.
  if (command === "trial") startChartWorkerEarly(join(dirname(bundle), "chart-worker.cjs"));
  const loaded = loadCachedScript<{ runMain: typeof runMain }>(bundle, command);
  await loaded.exports.runMain(argv);
  if (process.exitCode === 0) loaded.saveCache();
  await exitWhenFlushed();
}
