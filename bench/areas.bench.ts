/**
 * Issue 9 target: 150 areas × 5 periods × all breakdowns, computed and rendered, under 2 s for
 * the whole process: read the returns from CSV, check, suppress, compare, build the report and
 * write results.json, index.html, SVG charts and CSV tables (PNG timed separately).
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { defaultAreaPlan } from "../src/areas/plan.js";
import { readReturn } from "../src/areas/read-return.js";
import type { ReturnCell } from "../src/areas/return-cell.js";
import { runAreas } from "../src/areas/run.js";
import { simulateReturns } from "../src/areas/simulate-returns.js";
import { readRawFile } from "../src/io/node/read-raw-file.js";
import { writeReportFiles } from "../src/jobs/write-report.js";
import { buildAreasReport } from "../src/report/areas-report.js";
import { createRng } from "../src/util/rng.js";
import type { BenchResult, BenchRun } from "./types.js";

export const run: BenchRun = async () => {
  const periods = ["2019-20", "2020-21", "2021-22", "2022-23", "2023-24"];
  const rows = simulateReturns(createRng(20250401), { areas: 150, periods });
  const dir = mkdtempSync(join(tmpdir(), "fgc-areas-bench-"));
  const files = periods.map((p) => {
    const file = join(dir, `return-${p}.csv`);
    const lines = [
      "la_code,period,breakdown,category,measure,value",
      ...rows
        .filter((r) => r.period === p)
        .map((r) => `${r.la_code},${r.period},${r.breakdown},${r.category},${r.measure},${r.value}`),
    ];
    writeFileSync(file, `${lines.join("\n")}\n`);
    return file;
  });
  const t0 = performance.now();
  const cells: ReturnCell[] = [];
  for (const f of files) cells.push(...readReturn(await readRawFile(f)).cells);
  const t1 = performance.now();
  const result = runAreas(
    { cells, issues: [], inputs: [], toolVersion: "bench" },
    { ...defaultAreaPlan(), la: "202" },
  );
  const t2 = performance.now();
  const written = await writeReportFiles(join(dir, "out"), buildAreasReport(result), result, { png: false });
  const t3 = performance.now();
  await writeReportFiles(join(dir, "out-png"), buildAreasReport(result), result, { png: true });
  const t4 = performance.now();
  const results: BenchResult[] = [
    {
      name: `areas: 150 areas × 5 periods, all breakdowns (${rows.length.toLocaleString("en-GB")} rows): read, check, suppress, compare, report (SVG)`,
      seconds: (t3 - t0) / 1000,
      targetSeconds: 2,
      detail: `read ${((t1 - t0) / 1000).toFixed(2)} s, compute ${((t2 - t1) / 1000).toFixed(2)} s, render ${((t3 - t2) / 1000).toFixed(2)} s; ${written.length} files; ${result.disclosure.primary} + ${result.disclosure.secondary} cells suppressed`,
    },
    { name: "areas: the same report with PNG charts as well", seconds: (t4 - t3) / 1000 },
  ];
  // The whole process as a user runs it: the compiled CLI (as npm ci leaves it) on the same files.
  execFileSync(process.execPath, ["scripts/build.mjs"], { stdio: "ignore" });
  for (const png of [false, true]) {
    const args = [
      "bin/fgc.js",
      "areas",
      ...files,
      "--la",
      "202",
      "--out",
      join(dir, "cli"),
      ...(png ? [] : ["--no-png"]),
    ];
    execFileSync(process.execPath, args, { stdio: "ignore" });
    const t = performance.now();
    execFileSync(process.execPath, args, { stdio: "ignore" });
    results.push({
      name: `areas: fgc areas, whole process, 5 periods${png ? ", SVG + PNG" : ", SVG only"}`,
      seconds: (performance.now() - t) / 1000,
      targetSeconds: 2,
    });
  }
  return results;
};
