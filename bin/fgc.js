#!/usr/bin/env node
// Entry point for `npx fgc`. Runs the compiled CLI in dist/ (npm run build; built on install by
// the `prepare` script) when it is newer than every source file, else the TypeScript sources
// through tsx, so that an edited source is never shadowed by a stale build. dist/start.js loads
// the CLI's bundle, dist/cli.cjs, through V8's code cache (src/cli/run-bundle.ts).
import { existsSync, readdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const built = join(root, "dist", "start.js");
const bundle = join(root, "dist", "cli.cjs");

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

const builtAt = (file) => (existsSync(file) ? statSync(file).mtimeMs : Number.NEGATIVE_INFINITY);
if (Math.min(builtAt(built), builtAt(bundle)) >= newestSource(join(root, "src"))) {
  await import(pathToFileURL(built).href);
} else {
  const { register } = await import("tsx/esm/api");
  register();
  await import(pathToFileURL(join(root, "src", "cli", "main.ts")).href);
}
