#!/usr/bin/env node
// Entry point for `npx fgc` (CommonJS, as bin/package.json says: Node starts it without its ESM
// loader). Runs the compiled CLI in dist/ (npm run build; built on install by the `prepare`
// script) when it is newer than every source file, else the TypeScript sources through tsx, so
// that an edited source is never shadowed by a stale build. dist/start.cjs loads the CLI's
// bundle, dist/cli.cjs, through V8's code cache (src/cli/run-bundle.ts).
"use strict";
const { existsSync, readdirSync, statSync } = require("node:fs");
const { dirname, join } = require("node:path");
const { pathToFileURL } = require("node:url");

const root = dirname(__dirname);
const start = join(root, "dist", "start.cjs");
const bundle = join(root, "dist", "cli.cjs");

// Paths joined by hand: path.join's normalising of ~600 paths was most of this walk's time.
function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = `${dir}/${entry.name}`;
    const time = entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs;
    if (time > newest) newest = time;
  }
  return newest;
}

const builtAt = (file) => (existsSync(file) ? statSync(file).mtimeMs : Number.NEGATIVE_INFINITY);
if (Math.min(builtAt(start), builtAt(bundle)) >= newestSource(join(root, "src"))) {
  require(start).runBundle(bundle, process.argv.slice(2));
} else {
  import("tsx/esm/api").then(({ register }) => {
    register();
    return import(pathToFileURL(join(root, "src", "cli", "main.ts")).href);
  });
}
