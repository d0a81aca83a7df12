/**
 * resvg's pixels freed between charts (jobs/raster-memory.ts): after releaseRasters and a turn of
 * the event loop, the next chart of the same size reuses the pages of the last instead of
 * touching fresh memory (counted in minor page faults, in a process of its own with resvg's
 * allocator set as the compiled CLI sets it); and V8's collector is borrowed without a `gc`
 * global. That the compiled CLI's code cache is still accepted run after run, and that the
 * charts' bytes are those of a run on one thread, is tested in tests/cli/chart-worker.test.ts.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { releaseRasters } from "../../src/jobs/raster-memory.js";

describe("resvg's pixels between charts", () => {
  it("borrows V8's collector without leaving a gc global behind", () => {
    const before = typeof (globalThis as { gc?: unknown }).gc;
    expect(releaseRasters()).toBe(true);
    expect(typeof (globalThis as { gc?: unknown }).gc).toBe(before);
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
        "const release = process.argv[2] === 'release';",
        `const BLANK = '<svg xmlns="http://www.w3.org/2000/svg" width="800" height="500"><rect width="800" height="500" fill="white"/></svg>';`,
        "const faults = () => process.resourceUsage().minorPageFault;",
        "const counts = [];",
        "for (let i = 0; i < 4; i++) {",
        "  const before = faults();",
        "  renderPng(BLANK, 2);",
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
