// Compiles the CLI to plain JavaScript in dist/ (esbuild): the CLI as one CommonJS bundle,
// dist/cli.cjs, which dist/start.cjs loads through V8's code cache (src/cli/run-bundle.ts); the
// chart worker, dist/chart-worker.cjs, and Vega's drawing for a chart without a static drawer,
// dist/chart-draw.cjs. bin/fgc.js runs dist/ when it is newer than every file in src/, and the
// TypeScript sources through tsx otherwise, so an edit is never hidden by a stale build. The
// options are exported for tests that build a copy elsewhere (tests/cli/chart-worker.test.ts).
import { mkdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

/**
 * Packages compiled into dist/ rather than loaded from node_modules: pure ESM libraries that
 * `fgc trial` loads on every run. Node resolves, reads and links each of Vega's ~60 modules one
 * by one; bundled, they load in about a third of the time. The rest (native resvg, the readers
 * of Excel, Arrow and Parquet that load only for their files) stay external.
 */
const BUNDLED = new Set(["vega", "vega-lite", "zod", "pure-rand"]);
const packageJson = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));

/**
 * Packages the CLI bundle loads from node_modules: the native resvg, the Excel and Arrow readers
 * (CommonJS, large, loaded only for their files) and esbuild (`fgc app`). Every other package is
 * compiled in, so that it is in the code cache too; the ESM-only ones (arquero, hyparquet) must
 * be, since CommonJS cannot require them on every Node 20.
 */
const CLI_EXTERNAL = ["@resvg/resvg-js", "exceljs", "apache-arrow", "esbuild"];

/**
 * The CLI as one CommonJS file, dist/cli.cjs, exporting runMain (src/cli/run-main.ts); run by
 * dist/start.cjs through V8's code cache. A command's modules, imported when it runs, are compiled
 * in and initialised only then (a `require` for a package), so `fgc --help` still runs none of
 * trial's code. `import.meta.url` becomes the bundle's own URL (CommonJS has no import.meta), so
 * files found beside it (the chart worker) are found in dist/. The chart worker's Vega is not
 * compiled in: the chart renderer's fallback on the calling thread requires dist/chart-draw.cjs.
 */
export const cliBuildOptions = {
  entryPoints: ["src/cli/run-main.ts"],
  outfile: "dist/cli.cjs",
  bundle: true,
  format: "cjs",
  platform: "node",
  target: "node20",
  // import() of a package becomes require(): a dynamic import() cannot run in the vm.Script the
  // code cache needs.
  supported: { "dynamic-import": false },
  external: CLI_EXTERNAL,
  define: { "import.meta.url": "__fgcModuleUrl" },
  // Without comments and indentation the file is 30% smaller (1.6 MB), and each run reads it,
  // hashes it and copies it into a string before the cache can be used. Names are kept, so
  // profiles and stack traces still name functions.
  minifyWhitespace: true,
  banner: { js: 'var __fgcModuleUrl = require("node:url").pathToFileURL(__filename).href;' },
  sourcemap: false,
  logLevel: "warning",
  plugins: [
    {
      // commander loads Node's child_process (and with it net, dgram, streams: ~3 ms of every
      // start) for one use, spawning the executable subcommands fgc does not have; it gets a
      // child_process that loads the real one if spawn is ever called.
      name: "commander-child-process-on-use",
      setup(b) {
        b.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
          /[\\/]node_modules[\\/]commander[\\/]/.test(args.importer)
            ? { path: "child_process", namespace: "child-process-on-use" }
            : undefined,
        );
        b.onLoad({ filter: /.*/, namespace: "child-process-on-use" }, () => ({
          contents: 'module.exports = { spawn: (...args) => require("node:child_process").spawn(...args) };',
          loader: "js",
        }));
      },
    },
    {
      name: "chart-draw-from-its-own-bundle",
      setup(b) {
        b.onResolve({ filter: /^\.\/draw-svgs\.js$/ }, () => ({ path: "./chart-draw.cjs", external: true }));
      },
    },
  ],
};

/**
 * Builds with esbuild and writes the files in ASCII. esbuild escapes every other character of
 * strings, regular expressions and names, but copies some comments as they are; a comment's
 * character written as \uXXXX changes nothing, and a bundle in ASCII can be loaded as a
 * Latin-1 string, which Node makes without decoding (jobs/cached-script.ts).
 */
export async function buildAscii(options) {
  const result = await build({ ...options, write: false });
  for (const file of result.outputFiles) {
    mkdirSync(dirname(file.path), { recursive: true });
    writeFileSync(
      file.path,
      file.text.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`),
    );
  }
}

/** dist/start.cjs: loads dist/cli.cjs through the code cache and runs it (src/cli/run-bundle.ts). */
export const startBuildOptions = {
  entryPoints: ["src/cli/run-bundle.ts"],
  outfile: "dist/start.cjs",
  bundle: true,
  format: "cjs",
  platform: "node",
  target: "node20",
  sourcemap: false,
  logLevel: "warning",
};

/**
 * The chart worker, dist/chart-worker.cjs (jobs/chart-renderer.ts starts it), as CommonJS: a
 * worker started on an ES module compiles Node's ES module loader first. It rasterises PNGs and
 * runs the trial's resampling; it draws no Vega.
 */
export const buildOptions = {
  entryPoints: { "chart-worker": "src/jobs/chart-worker.ts" },
  outdir: "dist",
  outExtension: { ".js": ".cjs" },
  bundle: true,
  format: "cjs",
  platform: "node",
  target: "node20",
  supported: { "dynamic-import": false },
  external: Object.keys(packageJson.dependencies).filter((name) => !BUNDLED.has(name)),
  define: { "import.meta.url": "__fgcModuleUrl" },
  banner: cliBuildOptions.banner,
  sourcemap: false,
  logLevel: "warning",
};

/**
 * Vega's drawing as one CommonJS file, dist/chart-draw.cjs, which the compiled CLI's chart
 * renderer requires for a chart without a static drawer (none of `fgc trial`'s today; the
 * charts of other commands are drawn in-process by report/images.ts). vega-canvas is its browser build, the
 * one without a top-level `await import("canvas")` (which CommonJS cannot hold): in Node without
 * the optional node-canvas package, the only case before too, both give no canvas, and Vega
 * measures chart text by its own estimate, so the SVG bytes never depend on whether some
 * node-canvas happens to be installed.
 */
export const chartDrawBuildOptions = {
  entryPoints: ["src/jobs/draw-svgs.ts"],
  outfile: "dist/chart-draw.cjs",
  bundle: true,
  format: "cjs",
  platform: "node",
  target: "node20",
  external: buildOptions.external,
  sourcemap: false,
  logLevel: "warning",
  plugins: [
    {
      name: "vega-canvas-without-node-canvas",
      setup(b) {
        b.onResolve({ filter: /^vega-canvas$/ }, (args) => ({
          path: join(
            dirname(createRequire(join(args.resolveDir, "index.js")).resolve("vega-canvas")),
            "vega-canvas.browser.js",
          ),
        }));
      },
    },
  ],
};

// Run as a script (npm run build, prepare), not imported.
if (process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) {
  rmSync("dist", { recursive: true, force: true });
  await Promise.all([
    buildAscii(cliBuildOptions),
    build(startBuildOptions),
    build(buildOptions),
    build(chartDrawBuildOptions),
  ]);
}
