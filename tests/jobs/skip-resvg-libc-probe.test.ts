/**
 * jobs/skip-resvg-libc-probe.ts: with resvg's C-library probe skipped, `require("@resvg/resvg-js")`
 * never asks process.report for a report, and draws the same PNG bytes as resvg's own loader.
 * Each load runs in a Node process of its own (the require cache is per process).
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "esbuild";
import { beforeAll, describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "../..");

describe("skipResvgLibcProbe", () => {
  let runner: string;
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), "fgc-resvg-probe-"));
    symlinkSync(join(root, "node_modules"), join(dir, "node_modules"), "dir");
    await build({
      entryPoints: [join(root, "src/jobs/skip-resvg-libc-probe.ts")],
      outfile: join(dir, "skip.cjs"),
      bundle: true,
      format: "cjs",
      platform: "node",
      logLevel: "warning",
    });
    runner = join(dir, "runner.cjs");
    writeFileSync(
      runner,
      `const reports = { n: 0 };
const getReport = process.report.getReport.bind(process.report);
process.report.getReport = (...args) => { reports.n++; return getReport(...args); };
const skipped = process.argv[2] === "skip" ? require("./skip.cjs").skipResvgLibcProbe(__filename) : false;
const { Resvg, renderAsync } = require("@resvg/resvg-js");
const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><rect x="2" y="3" width="30" height="12" fill="#1f77b4"/><circle cx="30" cy="10" r="6" fill="#d62728"/></svg>';
const png = new Resvg(svg, { fitTo: { mode: "zoom", value: 2 } }).render().asPng();
renderAsync(svg).then((image) => {
  console.log(JSON.stringify({ skipped, reports: reports.n, png: Buffer.from(png).toString("base64"), asyncPng: Buffer.from(image.asPng()).toString("base64") }));
});
`,
    );
  });
  const run = (mode: string) =>
    JSON.parse(execFileSync(process.execPath, [runner, mode], { encoding: "utf8" })) as {
      skipped: boolean;
      reports: number;
      png: string;
      asyncPng: string;
    };

  it("draws the same PNG bytes as resvg's own loader, without a report where it applies", () => {
    const own = run("");
    const skipped = run("skip");
    expect(own.png.length).toBeGreaterThan(100);
    expect(skipped.png).toBe(own.png);
    expect(skipped.asyncPng).toBe(own.asyncPng);
    // resvg's own loader asks for the report on Linux (its glibc or musl question).
    if (process.platform === "linux") expect(own.reports).toBe(1);
    // On Linux with glibc (this machine's Node) the probe is skipped, and no report is made.
    if (skipped.skipped) expect(skipped.reports).toBe(0);
    else expect(skipped.reports).toBe(own.reports);
    const header = (process.report.getReport() as { header: { glibcVersionRuntime?: string } }).header;
    if (process.platform === "linux" && header.glibcVersionRuntime !== undefined)
      expect(skipped.skipped).toBe(true);
  });
});
