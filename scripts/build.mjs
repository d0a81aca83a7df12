// Compiles the CLI to plain JavaScript in dist/ (esbuild, ESM, code-split so each command still
// loads only what it needs). bin/fgc.js runs dist/ when it is newer than every file in src/, and
// the TypeScript sources through tsx otherwise, so an edit is never hidden by a stale build.
// `buildOptions` is exported for tests that build a copy elsewhere (tests/cli/chart-worker.test.ts).
import { readFileSync, realpathSync, rmSync } from "node:fs";
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

// Run as a script (npm run build, prepare), not imported.
if (process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) {
  rmSync("dist", { recursive: true, force: true });
  await build(buildOptions);
}
