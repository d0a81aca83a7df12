import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import type * as SuppressCounts from "../../src/disclosure/suppress-counts.js";
import { runFgc } from "./run-cli-helper.js";

// The CLI has no protection option and the samples are protectable with the default plan, so the
// heuristic's failure is injected: the real suppression runs, and its first primary cell is then
// reported as one it could not protect (the library test runs the real condition).
vi.mock("../../src/disclosure/suppress-counts.js", async (importOriginal) => {
  const real = await importOriginal<typeof SuppressCounts>();
  return {
    ...real,
    suppressCounts: (...args: Parameters<typeof real.suppressCounts>) => {
      const s = real.suppressCounts(...args);
      const first = [...s.hidden].find(([, status]) => status === "primary")?.[0];
      return { ...s, unprotected: first === undefined ? [] : [first] };
    },
  };
});

describe("fgc areas when disclosure control cannot protect a cell", () => {
  it("exits 1 (a data problem, not a bug) naming the file, row, column and rule", async () => {
    const out = mkdtempSync(join(tmpdir(), "fgc-unprotected-"));
    const r = await runFgc("areas", "data-samples/areas/return-2023-24.csv", "--out", out);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /return-2023-24\.csv row \d+, value "\d": .*cannot keep this count's feasible range at least plan\.protection = 2 wide \(plan\.threshold = 5\).*\[return-disclosure-unprotected\]/,
    );
    expect(r.stderr).not.toMatch(/internal error|at .*\.ts:\d+/);
  });
});
