/**
 * The attacker: reads results.json as published, writes down everything it implies (each
 * breakdown adds up to its `all` cell, no stage counts more
 * than the one before, counts are whole and at least 0) and tries to recover every `c`, first by
 * differencing (a table with one hidden cell) and then by linear programming (the smallest and
 * largest value each hidden cell can take). It must fail: every hidden cell keeps at least two
 * possible values, and every hidden count of 1 to 5 a range at least `protection` (2) wide.
 * Criterion: width of the LP interval, max − min ≥ 1 for every hidden cell and ≥ 2 for every
 * hidden small count; that the true value lies inside the interval checks the attacker's model.
 */
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { areaMeasures, measureOrder } from "../../src/areas/measures.js";
import { defaultAreaPlan } from "../../src/areas/plan.js";
import type { AreaResult } from "../../src/areas/result.js";
import { cellKey, type ReturnCell } from "../../src/areas/return-cell.js";
import { readReturn } from "../../src/areas/read-return.js";
import { runAreas } from "../../src/areas/run.js";
import { readRawFile } from "../../src/io/node/read-raw-file.js";
import { breakdownCategories } from "../../src/schema/codes/return-breakdown-codes.js";
import { stableStringify } from "../../src/util/stable-json.js";
import { type LinearConstraint, lpBounds } from "./lp-bounds.js";
import { simulatedCells } from "./sim-cells.js";

const samples = join(import.meta.dirname, "../../data-samples/areas");

interface Attack {
  hidden: string[];
  recoveredByDifferencing: string[];
  bounds: Map<string, [number, number]>;
  inconsistent: string[];
}

/** Everything the attacker can read: published count cells from the rates of results.json. */
function publishedCells(result: AreaResult): {
  values: Map<string, number | string>;
  inconsistent: string[];
} {
  const values = new Map<string, number | string>();
  const inconsistent: string[] = [];
  const measures = new Map(areaMeasures.map((m) => [m.id, m]));
  const put = (key: string, v: number | string) => {
    const old = values.get(key);
    if (old !== undefined && old !== v) inconsistent.push(`${key}: ${old} and ${v}`);
    values.set(key, v);
  };
  for (const r of result.rates) {
    const m = measures.get(r.measure);
    // The pooled rows add published counts of published areas only: nothing new to read.
    if (!m || r.la === "all_areas") continue;
    const at = { la: r.la, period: r.period, breakdown: r.breakdown, category: r.category };
    put(cellKey({ ...at, measure: m.numerator }), r.numerator);
    put(cellKey({ ...at, measure: r.denominatorMeasure }), r.denominator);
  }
  // Funnel points repeat counts: they must agree with the rates.
  for (const f of result.funnels)
    for (const p of f.points) {
      const m = measures.get(f.measure);
      if (!m) continue;
      const at = { la: p.la, period: f.period, breakdown: "all", category: "all" };
      put(cellKey({ ...at, measure: m.numerator }), p.events);
      const den = result.rates.find(
        (r) => r.la === p.la && r.period === f.period && r.measure === f.measure && r.breakdown === "all",
      );
      put(cellKey({ ...at, measure: den?.denominatorMeasure ?? m.denominator }), p.n);
    }
  return { values, inconsistent };
}

function attack(result: AreaResult): Attack & { constraints: LinearConstraint[] } {
  const { values, inconsistent } = publishedCells(result);
  const hidden = [...values]
    .filter(([, v]) => v === "c")
    .map(([k]) => k)
    .sort();
  const index = new Map(hidden.map((k, i) => [k, i]));
  // Linear constraints: Σ coef·x = or ≤ rhs over hidden cells, published values moved to the right.
  const constraints: LinearConstraint[] = [];
  const addSum = (total: string, parts: string[]) => {
    const all = [total, ...parts];
    if (all.some((k) => typeof values.get(k) !== "number" && values.get(k) !== "c")) return;
    const coef = new Map<number, number>();
    let rhs = 0;
    all.forEach((k, j) => {
      const sign = j === 0 ? 1 : -1;
      const v = values.get(k);
      if (v === "c") coef.set(index.get(k) as number, (coef.get(index.get(k) as number) ?? 0) + sign);
      else rhs -= sign * (v as number);
    });
    if (coef.size > 0) constraints.push({ coef, kind: "eq", rhs });
  };
  const keys = [...values.keys()].map((k) => k.split("|"));
  const las = [...new Set(keys.map((k) => k[0]))].filter((la) => la !== "all_areas");
  const periods = [...new Set(keys.map((k) => k[1]))];
  const countMeasures = [...new Set(keys.map((k) => k[4]))];
  for (const period of periods)
    for (const measure of countMeasures) {
      for (const la of las)
        for (const [breakdown, list] of Object.entries(breakdownCategories)) {
          if (breakdown === "all") continue;
          addSum(
            cellKey({ la, period, breakdown: "all", category: "all", measure }),
            Object.keys(list.codes).map((category) => cellKey({ la, period, breakdown, category, measure })),
          );
        }
    }
  for (const key of values.keys()) {
    const [la, period, breakdown, category, measure] = key.split("|");
    for (const [smaller, larger] of measureOrder) {
      if (measure !== smaller) continue;
      const other = cellKey({ la, period, breakdown, category, measure: larger });
      const a = values.get(key);
      const b = values.get(other);
      if (b === undefined || (a !== "c" && b !== "c")) continue;
      const coef = new Map<number, number>();
      let rhs = 0;
      if (a === "c") coef.set(index.get(key) as number, 1);
      else rhs -= a as number;
      if (b === "c") coef.set(index.get(other) as number, (coef.get(index.get(other) as number) ?? 0) - 1);
      else rhs += b as number;
      constraints.push({ coef, kind: "le", rhs });
    }
  }
  const recoveredByDifferencing = constraints
    .filter((c) => c.kind === "eq" && c.coef.size === 1)
    .map((c) => hidden[[...c.coef.keys()][0]]);
  // LP per connected component of hidden cells.
  const parent = hidden.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  for (const c of constraints) {
    const ids = [...c.coef.keys()];
    for (const id of ids.slice(1)) parent[find(id)] = find(ids[0]);
  }
  const components = new Map<number, number[]>();
  hidden.forEach((_, i) => {
    const r = find(i);
    components.set(r, [...(components.get(r) ?? []), i]);
  });
  const bounds = new Map<string, [number, number]>();
  for (const members of components.values()) {
    const local = new Map(members.map((g, l) => [g, l]));
    const mine = constraints
      .filter((c) => local.has([...c.coef.keys()][0]))
      .map((c) => ({ ...c, coef: new Map([...c.coef].map(([g, a]) => [local.get(g) as number, a])) }));
    const b = lpBounds(members.length, mine);
    members.forEach((g, l) => {
      bounds.set(hidden[g], b[l]);
    });
  }
  return { hidden, recoveredByDifferencing, bounds, inconsistent, constraints };
}

function assertNotRecovered(cells: ReturnCell[], result: AreaResult) {
  const truth = new Map(cells.map((c) => [cellKey(c), c.value as number]));
  const a = attack(result);
  expect(a.inconsistent).toEqual([]);
  expect(a.hidden.length).toBeGreaterThan(0);
  expect(a.recoveredByDifferencing).toEqual([]);
  const tooNarrow: string[] = [];
  for (const key of a.hidden) {
    const [lo, hi] = a.bounds.get(key) as [number, number];
    const v = truth.get(key);
    if (v !== undefined) {
      expect(v).toBeGreaterThanOrEqual(lo - 1e-6);
      expect(v).toBeLessThanOrEqual(hi + 1e-6);
    }
    const need = v !== undefined && v >= 1 && v <= result.plan.threshold ? result.plan.protection : 1;
    if (Math.floor(hi + 1e-6) - Math.ceil(lo - 1e-6) < need)
      tooNarrow.push(`${key} = ${v} in [${lo}, ${hi}]`);
  }
  expect(tooNarrow).toEqual([]);
}

const run = (cells: ReturnCell[], threshold = 5) =>
  JSON.parse(
    stableStringify(
      runAreas(
        { cells, issues: [], inputs: [], toolVersion: "test" },
        { ...defaultAreaPlan(), threshold, la: "301", rankSimulations: 100 },
      ),
    ),
  ) as AreaResult;

describe("disclosure control against an attacker with results.json", () => {
  it("no suppressed cell of a small synthetic collection is recovered by differencing or LP", () => {
    const cells = simulatedCells(7, { areas: 12, periods: ["2022-23", "2023-24"], meanFamilies: 15 });
    assertNotRecovered(cells, run(cells));
  });

  it("no suppressed cell of the sample returns (150 areas, 3 periods) is recovered", async () => {
    const cells: ReturnCell[] = [];
    for (const p of ["2021-22", "2022-23", "2023-24"])
      cells.push(...readReturn(await readRawFile(join(samples, `return-${p}.csv`))).cells);
    assertNotRecovered(cells, run(cells));
  }, 120_000);

  it("holds with a threshold of 10", () => {
    const cells = simulatedCells(8, { areas: 8, periods: ["2023-24"], meanFamilies: 25 });
    assertNotRecovered(cells, run(cells, 10));
  });

  it("holds on random collections (fast-check, fixed seed)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.integer({ min: 2, max: 9 }),
        fc.integer({ min: 3, max: 40 }),
        (seed, areas, meanFamilies) => {
          const cells = simulatedCells(seed, { areas, periods: ["2023-24"], meanFamilies });
          assertNotRecovered(cells, run(cells));
        },
      ),
      { seed: 42, numRuns: 60 },
    );
  });

  it("the attacker does recover a cell when one complementary cell is published (the test can fail)", () => {
    const cells = simulatedCells(7, { areas: 12, periods: ["2023-24"], meanFamilies: 15 });
    const truth = new Map(cells.map((c) => [cellKey(c), c.value as number]));
    const result = run(cells);
    // Publish the true value of one hidden category of a breakdown with exactly two hidden cells.
    const hiddenOf = (r: AreaResult["rates"][number]) =>
      r.breakdown !== "all" && r.measure === "child_offer_rate" && r.denominator === "c";
    const byTable = new Map<string, AreaResult["rates"]>();
    for (const r of result.rates.filter(hiddenOf)) {
      const k = `${r.la}|${r.breakdown}`;
      byTable.set(k, [...(byTable.get(k) ?? []), r]);
    }
    const pair = [...byTable.values()].find((rows) => rows.length === 2) as AreaResult["rates"];
    expect(pair).toBeDefined();
    const leak = pair[0];
    leak.denominator = truth.get(
      cellKey({ ...leak, measure: "children_entering_pre_proceedings" }),
    ) as number;
    const a = attack(result);
    const other = cellKey({ ...pair[1], measure: "children_entering_pre_proceedings" });
    expect(a.recoveredByDifferencing).toContain(other);
  });

  it("publishes no count from 1 to the threshold anywhere in results.json", () => {
    const cells = simulatedCells(9, { areas: 10, periods: ["2023-24"], meanFamilies: 10 });
    const result = run(cells);
    const small: string[] = [];
    const visit = (v: unknown, path: string) => {
      if (Array.isArray(v)) {
        for (const [i, x] of v.entries()) visit(x, `${path}[${i}]`);
      } else if (v && typeof v === "object") for (const [k, x] of Object.entries(v)) visit(x, `${path}.${k}`);
      else if (
        typeof v === "number" &&
        !path.includes(".curve") &&
        /\.(numerator|denominator|events|n)$/.test(path) &&
        v >= 1 &&
        v <= 5
      )
        small.push(`${path} = ${v}`);
    };
    visit(result, "");
    expect(small).toEqual([]);
  });
});
