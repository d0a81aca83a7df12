/**
 * The compiled `fgc trial` (as bin/fgc.js runs it from dist/) draws its charts on a worker thread
 * (jobs/chart-renderer.ts) and writes exactly the files, and the bytes, of the same run drawing
 * on the main thread: results.json, the report, every table, every SVG and every PNG. The build
 * goes to a temporary folder (never dist/, which other runs may be using), with node_modules
 * linked beside it so the compiled CLI finds its packages. The CLI's bundle (dist/cli.cjs, run by
 * bin/fgc.js and dist/start.cjs) loads through V8's code cache (jobs/cached-script.ts): the first
 * run compiles it and saves the cache, the second loads the cache, and both write the same bytes.
 * Every trial chart has a static drawer, so Vega's bundle (dist/chart-draw.cjs) is not loaded.
 */
import { execFile } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { promisify } from "node:util";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";
import {
  buildAscii,
  buildOptions,
  chartDrawBuildOptions,
  cliBuildOptions,
  startBuildOptions,
} from "../../scripts/build.mjs";
import { startChartRenderer } from "../../src/jobs/chart-renderer.js";
import { RESVG_MEMORY_SETTINGS } from "../../src/jobs/resvg-memory.js";
import { runCli } from "../../src/cli/run-cli.js";
import type { CliIo } from "../../src/cli/cli-io.js";

const root = join(import.meta.dirname, "../..");
const sample = join(root, "data-samples/trial/analysis.csv");

function silentIo(): CliIo {
  return { stdout: () => {}, stderr: () => {}, isTTY: false };
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

describe("fgc trial's chart worker", () => {
  it("is not used from the TypeScript sources: the charts are drawn on the calling thread", async () => {
    const charts = startChartRenderer();
    expect(charts.mode).toBe("thread");
    charts.drawAhead({ spec: { mark: "point" } }); // no static drawer: drawn in turn
    await charts.close();
  });

  it("draws, from the compiled CLI, the same files and bytes as the main thread", async () => {
    const dir = mkdtempSync(join(tmpdir(), "fgc-chart-worker-"));
    symlinkSync(join(root, "node_modules"), join(dir, "node_modules"), "dir");
    await build({
      ...buildOptions,
      entryPoints: Object.fromEntries(
        Object.entries(buildOptions.entryPoints).map(([name, path]) => [name, join(root, path)]),
      ),
      outdir: join(dir, "dist"),
    });
    await build({
      ...chartDrawBuildOptions,
      entryPoints: chartDrawBuildOptions.entryPoints.map((path) => join(root, path)),
      outfile: join(dir, "dist", "chart-draw.cjs"),
    });
    await buildAscii({
      ...cliBuildOptions,
      entryPoints: cliBuildOptions.entryPoints.map((path) => join(root, path)),
      outfile: join(dir, "dist", "cli.cjs"),
    });
    await build({
      ...startBuildOptions,
      entryPoints: startBuildOptions.entryPoints.map((path) => join(root, path)),
      outfile: join(dir, "dist", "start.cjs"),
    });
    // bin/fgc.js as shipped, with the sources beside it (older than this build).
    cpSync(join(root, "bin"), join(dir, "bin"), { recursive: true });
    symlinkSync(join(root, "src"), join(dir, "src"), "dir");
    // A temporary folder of its own, so the code cache starts empty.
    const tmp = join(dir, "tmp");
    mkdirSync(tmp);
    const cacheFiles = () => readdirSync(join(tmp, "fgc-toolkit-cache")).filter((f) => f.endsWith(".v8"));
    // The user's environment without the settings, so that the CLI makes them.
    const env = Object.fromEntries(
      Object.entries(process.env).filter(([name]) => !RESVG_MEMORY_SETTINGS.some((x) => x.name === name)),
    );
    const runCompiled = (out: string, more: NodeJS.ProcessEnv = {}) =>
      promisify(execFile)(process.execPath, [join(dir, "bin", "fgc.js"), "trial", sample, "--out", out], {
        env: { ...env, TMPDIR: tmp, ...more },
      });
    const viaWorker = join(dir, "worker");
    // resvg's allocator, asked to list its options, keeps the memory it frees and takes large
    // pages (jobs/resvg-memory.ts).
    const run = await runCompiled(viaWorker, { MIMALLOC_VERBOSE: "1" });
    // Its options, the large pages it could not get (mimalloc then takes 2 MiB ones) and its
    // closing statistics only: no other error or warning, from it or from fgc.
    const stderr = run.stderr.split("\n");
    expect(stderr).toContain("mimalloc: option 'purge_delay': -1");
    expect(stderr).toContain("mimalloc: option 'allow_large_os_pages': 1");
    expect(stderr).toContain("mimalloc: option 'eager_commit_delay': 0");
    const pageKinds =
      /^mimalloc: warning: unable to (allocate huge|directly request hinted aligned OS memory)/;
    expect(
      stderr.filter(
        (line) =>
          /error|warn|fgc/i.test(line) && !line.startsWith("mimalloc: option ") && !pageKinds.test(line),
      ),
    ).toEqual([]);
    const wrote = /Wrote (\d+) files/.exec(run.stdout);
    // Every chart has a static drawer: Vega is not loaded, and only the CLI's cache is made.
    expect(cacheFiles()).toEqual([expect.stringMatching(/^cli\.cjs-[0-9a-f]{24}-trial\.v8$/)]);
    const savedAt = cacheFiles().map((f) => statSync(join(tmp, "fgc-toolkit-cache", f)).mtimeMs);
    const viaCache = join(dir, "cached");
    expect((await runCompiled(viaCache)).stderr).toBe("");
    // Accepted by V8, so not written again.
    expect(cacheFiles().length).toBe(1);
    expect(cacheFiles().map((f) => statSync(join(tmp, "fgc-toolkit-cache", f)).mtimeMs)).toEqual(savedAt);

    const inThread = join(dir, "thread");
    expect(await runCli(["trial", sample, "--out", inThread], silentIo())).toBe(0);

    const files = filesUnder(inThread);
    expect(files.filter((f) => f.endsWith(".png")).length).toBe(6);
    expect(filesUnder(viaWorker)).toEqual(files);
    expect(filesUnder(viaCache)).toEqual(files);
    // The summary counts what is on disk (files, not folders).
    expect(Number(wrote?.[1])).toBe(files.length);
    for (const f of files) {
      expect(readFileSync(join(viaWorker, f)).equals(readFileSync(join(inThread, f))), f).toBe(true);
      expect(readFileSync(join(viaCache, f)).equals(readFileSync(join(inThread, f))), f).toBe(true);
    }
    // A build and three whole runs: generous on a shared 2-core machine (a limit, not a timing).
  }, 240_000);
});
