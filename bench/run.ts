/**
 * `npm run bench`: runs every bench/*.bench.ts (or those named on the command line) and prints
 * each figure against its target. Timings live here, never in the test suite.
 *   npm run bench                 all benches
 *   npm run bench -- regression   only bench/regression.bench.ts
 */
import { readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { BenchResult, BenchRun } from "./types.js";

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith(".bench.ts"))
  .filter((f) => only.length === 0 || only.some((o) => f.startsWith(o)))
  .sort();

const rows: BenchResult[] = [];
for (const file of files) {
  const mod = (await import(pathToFileURL(join(here, file)).href)) as { run: BenchRun };
  process.stderr.write(`running ${file} …\n`);
  for (const r of await mod.run()) {
    rows.push(r);
    console.log(formatRow(r));
  }
}
const misses = rows.filter(
  (r) =>
    (r.targetSeconds !== undefined && r.seconds > r.targetSeconds) ||
    (r.targetMB !== undefined && (r.peakMB ?? 0) > r.targetMB),
);
console.log(
  `\n${rows.length} benchmarks, ${rows.length - misses.length} within target, ${misses.length} over`,
);

function formatRow(r: BenchResult): string {
  const time = `${r.seconds.toFixed(3)} s${r.targetSeconds !== undefined ? ` (target ${r.targetSeconds} s)` : ""}`;
  const mem =
    r.peakMB !== undefined
      ? `, peak ${Math.round(r.peakMB)} MB${r.targetMB !== undefined ? ` (target ${r.targetMB} MB)` : ""}`
      : "";
  const ok =
    (r.targetSeconds === undefined || r.seconds <= r.targetSeconds) &&
    (r.targetMB === undefined || (r.peakMB ?? 0) <= r.targetMB);
  return `${ok ? "ok  " : "OVER"} ${r.name}: ${time}${mem}${r.detail ? ` — ${r.detail}` : ""}`;
}
