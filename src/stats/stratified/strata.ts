// The input of the stratified estimators: one 2×2 table per stratum (e.g. per local authority),
// as parallel arrays, and the per-stratum cells the formulas use.
import { StatsError } from "../../util/errors.js";
import { assertEvents } from "../assert.js";

/** Parallel arrays, one entry per stratum: `a` events of `n1` exposed, `c` events of `n0` comparator. */
export interface Strata {
  a: ArrayLike<number>;
  n1: ArrayLike<number>;
  c: ArrayLike<number>;
  n0: ArrayLike<number>;
}

/** One stratum's 2×2 table: a, b events / non-events exposed; c, d comparator; N the total. */
export interface StratumTable {
  a: number;
  b: number;
  c: number;
  d: number;
  n1: number;
  n0: number;
  N: number;
}

/**
 * Checks the arrays and returns the informative strata (both arms non-empty) plus a note for
 * strata dropped because an arm is empty (they carry no information on the comparison).
 */
export function stratumTables(fn: string, strata: Strata): { tables: StratumTable[]; notes: string[] } {
  const k = strata.a.length;
  for (const key of ["n1", "c", "n0"] as const) {
    if (strata[key].length !== k) {
      throw new StatsError(fn, key, strata[key].length, `an array of the same length as a (${k})`);
    }
  }
  if (k === 0) throw new StatsError(fn, "a", k, "at least one stratum");
  const tables: StratumTable[] = [];
  let dropped = 0;
  for (let i = 0; i < k; i++) {
    const { a, n1, c, n0 } = { a: strata.a[i], n1: strata.n1[i], c: strata.c[i], n0: strata.n0[i] };
    assertEvents(fn, a, n1, [`a[${i}]`, `n1[${i}]`], true);
    assertEvents(fn, c, n0, [`c[${i}]`, `n0[${i}]`], true);
    if (n1 === 0 || n0 === 0) {
      dropped++;
      continue;
    }
    tables.push({ a, b: n1 - a, c, d: n0 - c, n1, n0, N: n1 + n0 });
  }
  const notes = dropped > 0 ? [`${dropped} stratum/strata with an empty arm dropped (no information)`] : [];
  return { tables, notes };
}

export function sum(tables: StratumTable[], f: (t: StratumTable) => number): number {
  let s = 0;
  for (const t of tables) s += f(t);
  return s;
}
