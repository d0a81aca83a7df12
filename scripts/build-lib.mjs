// Compiles the library entries (src/index.ts, src/node.ts) to ESM JavaScript and .d.ts files in
// lib/ with tsc (tsconfig.build.json), one file per source file, so package.json's `exports`
// point at code plain `node` runs and types any TypeScript consumer reads. The CLI build is
// scripts/build.mjs (esbuild, dist/); `prepare` runs both.
import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import { createRequire } from "node:module";

const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
rmSync("lib", { recursive: true, force: true });
execFileSync(process.execPath, [tsc, "-p", "tsconfig.build.json"], { stdio: "inherit" });
