// Compiles the CLI to plain JavaScript in dist/ (esbuild, ESM, code-split so each command still
// loads only what it needs). bin/fgc.js runs dist/ when it is newer than every file in src/, and
// the TypeScript sources through tsx otherwise, so an edit is never hidden by a stale build.
// `buildOptions` is exported for tests that build a copy elsewhere (tests/cli/chart-worker.test.ts).
import { readFileSync, realpathSync, rmSync } from "node:fs";
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

export const buildOptions = {
  // The chart worker is an entry of its own: jobs/chart-renderer.ts starts dist/chart-worker.js.
  entryPoints: { main: "src/cli/main.ts", "chart-worker": "src/jobs/chart-worker.ts" },
  outdir: "dist",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  external: Object.keys(packageJson.dependencies).filter((name) => !BUNDLED.has(name)),
  sourcemap: false,
  logLevel: "warning",
};

/**
 * The chart worker's Vega as one CommonJS file, dist/chart-draw.cjs, which the worker
 * (jobs/chart-worker.ts) loads through V8's code cache (jobs/cached-script.ts): compiling
 * its 1.7 MB was the worker's largest cost on every run. vega-canvas is its browser build, the
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
  await Promise.all([build(buildOptions), build(chartDrawBuildOptions)]);
}
