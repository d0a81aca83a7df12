// `fgc app [--out fgc.html]`: writes the browser app, one self-contained HTML file that works
// offline (from a USB stick, an e-mail attachment or an intranet page) and runs the toolkit's own
// modules in a Web Worker, so the data never leave the machine (issue 17).
//
// The app is bundled when the command runs, with esbuild (a runtime dependency for this reason),
// from the TypeScript sources the package ships in src/: one path from a fresh clone, an npm
// install or a checkout with edits, and the file always matches the code of the `fgc` beside it.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { appPageHtml } from "../app/app-page.js";
import { checkOutputPath } from "../io/node/check-output-path.js";
import { loadReportAssets } from "../jobs/report-assets.js";
import { writeFileAtomic } from "../io/node/write-file-atomic.js";
import { IoError } from "../util/errors.js";
import { TOOL_VERSION } from "../version.js";
import type { CliIo } from "./cli-io.js";
import { exitCodes } from "../util/exit-codes.js";

export interface AppOptions {
  out?: string;
}

/** The size issue 17 allows the file. */
export const APP_MAX_BYTES = 10_000_000;

/**
 * @example await appCommand({ out: "fgc.html" }, processIo()) // 0
 */
export async function appCommand(options: AppOptions, io: CliIo): Promise<number> {
  const out = options.out ?? "fgc.html";
  checkOutputPath(out, "file", { inputs: [] });
  const html = await buildAppHtml();
  const bytes = new TextEncoder().encode(html);
  if (bytes.length > APP_MAX_BYTES)
    throw new IoError(
      out,
      `the app came to ${bytes.length} bytes, over its limit of ${APP_MAX_BYTES}; nothing written`,
    );
  writeFileAtomic(out, bytes);
  io.stdout(
    `Wrote ${out} (${(bytes.length / 1e6).toFixed(1)} MB): open it in a browser (it works offline and sends nothing); hand the one file to a colleague.\n`,
  );
  return exitCodes.ok;
}

/**
 * The app's HTML: the worker bundled first (with the report's Vega builds), then the page script
 * holding the worker's code as a string, inlined in the page.
 * @example (await buildAppHtml()).startsWith("<!doctype html>") // true
 */
export async function buildAppHtml(): Promise<string> {
  const { build } = await import("esbuild");
  const appDir = join(packageRoot(), "src", "app");
  const common = {
    bundle: true,
    write: false,
    format: "iife",
    platform: "browser",
    target: "chrome109",
    minify: true,
    logLevel: "silent",
    legalComments: "eof",
  } as const;
  const worker = await build({
    ...common,
    entryPoints: [join(appDir, "worker.ts")],
    define: { FGC_REPORT_ASSETS: JSON.stringify(loadReportAssets()) },
  });
  const main = await build({
    ...common,
    entryPoints: [join(appDir, "main.ts")],
    define: { FGC_WORKER_SOURCE: JSON.stringify(worker.outputFiles[0].text) },
  });
  return appPageHtml(main.outputFiles[0].text, TOOL_VERSION);
}

/** The folder holding the package's package.json, from src/cli/ or from a bundle in dist/. */
function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, "package.json");
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, "utf8")).name === "fgc-toolkit") return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new IoError("package.json", "the fgc-toolkit package folder was not found");
    dir = parent;
  }
}
