/**
 * Every 2×2 table with both groups of size 1 … 10 (3,025 tables), as house style §7 asks where a
 * grid is small: the score intervals of all three measures contain their estimate, stay in their
 * parameter space, and transform when the arms are swapped (to 1e-10: where the restricted MLE
 * leaves the boundary, the cubic's rounding differs between the two orientations by ~1e-12).
 */
import { describe, expect, it } from "vitest";
import { oddsRatio } from "../../../src/stats/two-groups/odds-ratio.js";
import { riskDifference } from "../../../src/stats/two-groups/risk-difference.js";
import { riskRatio } from "../../../src/stats/two-groups/risk-ratio.js";

interface Table {
  a: number;
  n1: number;
  c: number;
  n0: number;
}

const tables: Table[] = [];
for (let n1 = 1; n1 <= 10; n1++)
  for (let n0 = 1; n0 <= 10; n0++)
    for (let a = 0; a <= n1; a++) for (let c = 0; c <= n0; c++) tables.push({ a, n1, c, n0 });

const close = (x: number, y: number, tol: number) =>
  x === y || Math.abs(x - y) <= tol * Math.max(1, Math.abs(x), Math.abs(y));
const describeTable = (t: Table) => `${t.a}/${t.n1} vs ${t.c}/${t.n0}`;

describe("score intervals on every table up to 10 per group", () => {
  it("risk difference: contains the estimate, stays in [−1, 1], negates on swapping", () => {
    const bad: string[] = [];
    for (const t of tables) {
      const ab = riskDifference({ events: t.a, n: t.n1 }, { events: t.c, n: t.n0 });
      const ba = riskDifference({ events: t.c, n: t.n0 }, { events: t.a, n: t.n1 });
      const ok =
        ab.ci[0] <= ab.estimate &&
        ab.estimate <= ab.ci[1] &&
        ab.ci[0] >= -1 &&
        ab.ci[1] <= 1 &&
        close(ab.ci[0], -ba.ci[1], 1e-10) &&
        close(ab.ci[1], -ba.ci[0], 1e-10);
      if (!ok) bad.push(describeTable(t));
    }
    expect(bad).toEqual([]);
  });

  it("risk ratio and odds ratio: contain the estimate, stay in [0, ∞], invert on swapping", () => {
    const bad: string[] = [];
    for (const t of tables) {
      for (const fn of [riskRatio, oddsRatio]) {
        const ab = fn({ events: t.a, n: t.n1 }, { events: t.c, n: t.n0 });
        const ba = fn({ events: t.c, n: t.n0 }, { events: t.a, n: t.n1 });
        if (Number.isNaN(ab.estimate)) {
          if (!Number.isNaN(ba.estimate)) bad.push(`${fn.name} ${describeTable(t)}`);
          continue;
        }
        const ok =
          ab.ci[0] <= ab.estimate &&
          ab.estimate <= ab.ci[1] &&
          ab.ci[0] >= 0 &&
          close(ab.ci[0], 1 / ba.ci[1], 1e-11) &&
          close(ab.ci[1], 1 / ba.ci[0], 1e-11);
        if (!ok) bad.push(`${fn.name} ${describeTable(t)}`);
      }
    }
    expect(bad).toEqual([]);
  });
});
