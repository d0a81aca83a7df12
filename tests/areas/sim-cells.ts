/** Synthetic return cells for tests, straight from simulateReturns (no file round trip). */
import { resolveLa } from "../../src/areas/la-lookup.js";
import type { ReturnCell } from "../../src/areas/return-cell.js";
import { type SimulateReturnsOptions, simulateReturns } from "../../src/areas/simulate-returns.js";
import { createRng } from "../../src/util/rng.js";

export function simulatedCells(seed: number, options: SimulateReturnsOptions): ReturnCell[] {
  return simulateReturns(createRng(seed), options).map((r, i) => ({
    la: resolveLa(r.la_code)?.dfe as string,
    period: r.period,
    breakdown: r.breakdown,
    category: r.category,
    measure: r.measure,
    value: r.value,
    file: "simulated.csv",
    row: i + 2,
  }));
}
