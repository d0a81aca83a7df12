// Entry of the compiled `fgc` (dist/start.js, which bin/fgc.js runs when the build is current):
// loads the CLI's CommonJS bundle, dist/cli.cjs, through V8's code cache (jobs/cached-script.ts),
// one cache per command, and runs it. Compiling the CLI's modules was the largest part of its
// start: ESM modules have no compile cache in Node 20. The cache is saved after a successful
// run, so the functions the command compiled as it ran are in it; a run that stopped early
// (bad usage, bad data) may have compiled too little to be worth keeping.
import { fileURLToPath } from "node:url";
import { loadCachedScript } from "../jobs/cached-script.js";
import { codeCacheVariant } from "./code-cache-variant.js";
import type { runMain } from "./run-main.js";

const argv = process.argv.slice(2);
const bundle = loadCachedScript<{ runMain: typeof runMain }>(
  fileURLToPath(new URL("./cli.cjs", import.meta.url)),
  codeCacheVariant(argv),
);
await bundle.exports.runMain(argv);
if (process.exitCode === 0) bundle.saveCache();
