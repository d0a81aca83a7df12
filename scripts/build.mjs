// Compiles the CLI to plain JavaScript in dist/ (esbuild, ESM, code-split so each command still
// loads only what it needs). bin/fgc.js runs dist/ when it is newer than every file in src/, and
// the TypeScript sources through tsx otherwise, so an edit is never hidden by a stale build.
import { rmSync } from "node:fs";
import { build } from "esbuild";

rmSync("dist", { recursive: true, force: true });

await build({
  entryPoints: ["src/cli/main.ts"],
  outdir: "dist",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  packages: "external",
  sourcemap: false,
  logLevel: "warning",
});
