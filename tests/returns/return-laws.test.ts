/**
 * Laws of the return on random synthetic LAs: the order of children in the files does not change
 * a byte of the return; no count 1–5 is shown; no hidden cell can be recovered by differencing a
 * breakdown against its total; without suppression, each breakdown's categories add up to `all`.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { runReturn } from "../../src/returns/run.js";
import { simulateReturnChildren } from "../../src/returns/simulate-return-children.js";
import { createRng } from "../../src/util/rng.js";
import { d, REF_2023_24, REF_2024_25 } from "../../scripts/return-sample-children.js";
import { readFiles, returnFiles } from "./returns-fixture.js";

function simulate(seed: number, n: number) {
  return simulateReturnChildren(createRng(seed), {
    children: n,
    firstDay: d("2023-01-01"),
    lastDay: d("2025-03-01"),
    referenceDays: [REF_2023_24, REF_2024_25],
  });
}

describe("return laws", () => {
  it("does not depend on the order of children in the files", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), (seed) => {
        const { children, episodes } = simulate(seed, 40);
        const shuffled = [...children].reverse();
        const a = runReturn(readFiles(returnFiles(children, episodes)), { period: "2023-24" }).rows;
        const b = runReturn(readFiles(returnFiles(shuffled, [...episodes].reverse())), {
          period: "2023-24",
        }).rows;
        expect(JSON.stringify(b)).toBe(JSON.stringify(a));
      }),
      { seed: 42, numRuns: 20 },
    );
  });

  it("shows no count 1–5 and leaves no hidden cell recoverable from its breakdown and total", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 15, max: 120 }), (seed, n) => {
        const { children, episodes } = simulate(seed, n);
        const input = readFiles(returnFiles(children, episodes));
        let rows: ReturnType<typeof runReturn>["rows"];
        try {
          rows = runReturn(input, { period: "2023-24" }).rows;
        } catch {
          return; // no letter in the period: nothing published
        }
        for (const r of rows)
          if (typeof r.value === "number") expect(r.value === 0 || r.value > 5).toBe(true);
        const total = new Map(rows.filter((r) => r.breakdown === "all").map((r) => [r.measure, r.value]));
        const hiddenIn = new Map<string, number>();
        for (const r of rows) {
          if (r.breakdown === "all") continue;
          const k = `${r.measure}|${r.breakdown}`;
          hiddenIn.set(k, (hiddenIn.get(k) ?? 0) + (r.value === "c" ? 1 : 0));
        }
        for (const [k, hidden] of hiddenIn) {
          const t = total.get(k.split("|")[0]);
          if (t !== "c") expect(hidden, k).not.toBe(1);
          else expect(hidden, k).toBeGreaterThan(0);
        }
      }),
      { seed: 42, numRuns: 40 },
    );
  });

  it("without suppression, every breakdown adds up to the all cell", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), (seed) => {
        const { children, episodes } = simulate(seed, 60);
        const rows = runReturn(readFiles(returnFiles(children, episodes)), {
          period: "2023-24",
          threshold: 0,
        }).rows;
        const total = new Map(
          rows.filter((r) => r.breakdown === "all").map((r) => [r.measure, r.value as number]),
        );
        const sums = new Map<string, number>();
        for (const r of rows)
          if (r.breakdown !== "all")
            sums.set(
              `${r.measure}|${r.breakdown}`,
              (sums.get(`${r.measure}|${r.breakdown}`) ?? 0) + (r.value as number),
            );
        expect(sums.size).toBe(4 * 7);
        for (const [k, sum] of sums) expect(sum, k).toBe(total.get(k.split("|")[0]));
      }),
      { seed: 42, numRuns: 20 },
    );
  });
});
