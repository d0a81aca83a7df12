/**
 * resvg's pixels freed between charts (jobs/raster-memory.ts): after releaseRasters and a turn of
 * the event loop, the next chart of the same size reuses the pages of the last instead of
 * touching fresh memory (counted in minor page faults, in a process of its own with resvg's
 * allocator set as the compiled CLI sets it); V8's collector is borrowed without a `gc` global;
 * and the warm-up (jobs/raster-warm-up.ts) draws nothing that changes a chart's bytes. That the
 * compiled CLI's code cache is still accepted run after run is tested in
 * tests/cli/chart-worker.test.ts.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { chartFontFiles } from "../../src/jobs/chart-fonts.js";
import { renderPng } from "../../src/jobs/png-image.js";
import { releaseRasters } from "../../src/jobs/raster-memory.js";
import { WARM_UP_SVG, warmUpRasteriser } from "../../src/jobs/raster-warm-up.js";

const chart =
  '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="120"><rect width="300" height="120" fill="white"/>' +
  '<line x1="10" y1="100" x2="290" y2="100" stroke="#888"/><rect x="40" y="30" width="60" height="70" fill="#1d70b8" opacity="0.7"/>' +
  '<text x="150" y="20" font-family="DejaVu Sans, sans-serif" font-size="12" text-anchor="middle">Risk difference −11.5</text></svg>';

describe("resvg's pixels between charts", () => {
  it("borrows V8's collector without leaving a gc global behind", () => {
    const before = typeof (globalThis as { gc?: unknown }).gc;
    expect(releaseRasters()).toBe(true);
    expect(typeof (globalThis as { gc?: unknown }).gc).toBe(before);
  });

  it("warms up without changing a chart's bytes", () => {
    const fonts = chartFontFiles() ?? undefined;
    const first = renderPng(chart, 2, fonts);
    expect(warmUpRasteriser(fonts)).toBe(true);
    expect(Buffer.from(renderPng(chart, 2, fonts)).equals(Buffer.from(first))).toBe(true);
    expect(WARM_UP_SVG).toContain('width="800" height="500"');
  });

  it("reuses the last chart's memory once it is released", async () => {
    const dir = mkdtempSync(join(tmpdir(), "fgc-raster-memory-"));
    const entry = join(dir, "faults.mts");
    const src = (file: string) => JSON.stringify(join(import.meta.dirname, "../../src/jobs", file));
    writeFileSync(
      entry,
      [
        `import { renderPng } from ${src("png-image.ts")};`,
        `import { releaseRasters } from ${src("raster-memory.ts")};`,
        `import { WARM_UP_SVG } from ${src("raster-warm-up.ts")};`,
        "const release = process.argv[2] === 'release';",
        "const faults = () => process.resourceUsage().minorPageFault;",
        "const counts = [];",
        "for (let i = 0; i < 4; i++) {",
        "  const before = faults();",
        "  renderPng(WARM_UP_SVG, 2);",
        "  counts.push(faults() - before);",
        "  if (release) releaseRasters();",
        "  await new Promise((resolve) => setImmediate(resolve));",
        "}",
        "console.log(JSON.stringify(counts.slice(1)));",
      ].join("\n"),
    );
    const run = async (mode: string) =>
      JSON.parse(
        (
          await promisify(execFile)(process.execPath, ["--import", "tsx", entry, mode], {
            env: { ...process.env, MIMALLOC_PURGE_DELAY: "-1" },
          })
        ).stdout,
      ) as number[];
    const kept = await run("keep");
    const released = await run("release");
    const sum = (a: number[]) => a.reduce((s, x) => s + x, 0);
    // A 1600 × 1000 pixmap is 6.4 MB: ~1,560 pages, touched afresh by each chart while the last
    // is still held.
    expect(sum(kept)).toBeGreaterThan(3 * 1000);
    expect(sum(released)).toBeLessThan(sum(kept) / 2);
  });
});
