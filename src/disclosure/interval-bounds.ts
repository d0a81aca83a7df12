// The range each hidden count can take given everything published: published counts are fixed,
// hidden ones start from [0, ∞) (the symbol `c` does not say whether a cell is small or a
// complement), and the constraints of disclosure-problem.ts are applied until nothing changes:
// interval constraint propagation with integer rounding, the feasibility audit of cell
// suppression (Fischetti & Salazar-González 1999 [fischetti1999]) done by bounds propagation.
// Propagation can be weaker than linear programming on tables with cycles, so
// tests/areas/disclosure-attack.test.ts checks published patterns with an LP as well.
import type { DisclosureProblem } from "./disclosure-problem.js";

export type SuppressionStatus = "primary" | "secondary";

/** The problem with cells as integer indices, built once and reused by every audit round. */
export interface IndexedProblem {
  keys: string[];
  index: Map<string, number>;
  values: Float64Array;
  /** sums[i] = [total, ...parts]; exact[i] whether total = Σ parts (else ≥). */
  sums: Int32Array[];
  exact: boolean[];
  orders: [smaller: number, larger: number][];
  /** Constraints touching each cell: sum ids, and order ids. */
  sumsOf: number[][];
  ordersOf: number[][];
}

/** @example indexProblem(problem).keys.length === problem.values.size */
export function indexProblem(problem: DisclosureProblem): IndexedProblem {
  // Cells in the problem's order; tables sorted by their cells' keys, so that every later choice
  // (which table first, ties broken by key) is the same whatever the order of the input rows.
  const keys = [...problem.values.keys()];
  const index = new Map(keys.map((k, i) => [k, i]));
  const values = Float64Array.from(keys, (k) => problem.values.get(k) as number);
  const sumsOf: number[][] = keys.map(() => []);
  const ordersOf: number[][] = keys.map(() => []);
  const sorted = problem.sums
    .map((s) => ({ s, key: `${s.total}|${s.parts[0] ?? ""}` }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map((x) => x.s);
  const sums = sorted.map((s, i) => {
    const ids = Int32Array.from([s.total, ...s.parts], (k) => index.get(k) as number);
    for (const id of ids) sumsOf[id].push(i);
    return ids;
  });
  const orders = problem.orders.map((o, i): [number, number] => {
    const a = index.get(o.smaller) as number;
    const b = index.get(o.larger) as number;
    ordersOf[a].push(i);
    ordersOf[b].push(i);
    return [a, b];
  });
  return { keys, index, values, sums, exact: sorted.map((s) => s.exact), orders, sumsOf, ordersOf };
}

/**
 * Lower and upper bounds of every cell (published cells: their value) given which are hidden.
 * @example intervalBounds(indexed, hiddenMask).hi[i] - intervalBounds(indexed, hiddenMask).lo[i]
 */
export function intervalBounds(
  p: IndexedProblem,
  hidden: Uint8Array,
): { lo: Float64Array; hi: Float64Array } {
  const n = p.keys.length;
  const lo = new Float64Array(n);
  const hi = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    lo[i] = hidden[i] ? 0 : p.values[i];
    hi[i] = hidden[i] ? Number.POSITIVE_INFINITY : p.values[i];
  }
  const inSumQueue = new Uint8Array(p.sums.length);
  const inOrderQueue = new Uint8Array(p.orders.length);
  const sumQueue: number[] = [];
  const orderQueue: number[] = [];
  for (let i = 0; i < n; i++) if (hidden[i]) enqueue(i);
  function enqueue(cell: number) {
    for (const s of p.sumsOf[cell])
      if (!inSumQueue[s]) {
        inSumQueue[s] = 1;
        sumQueue.push(s);
      }
    for (const o of p.ordersOf[cell])
      if (!inOrderQueue[o]) {
        inOrderQueue[o] = 1;
        orderQueue.push(o);
      }
  }
  const tighten = (cell: number, l: number, h: number) => {
    if (!hidden[cell]) return;
    const nl = Math.max(lo[cell], Math.ceil(l - 1e-9));
    const nh = Math.min(hi[cell], Math.floor(h + 1e-9));
    if (nl === lo[cell] && nh === hi[cell]) return;
    lo[cell] = nl;
    hi[cell] = nh;
    enqueue(cell);
  };
  let steps = 0;
  const maxSteps = 200 * (p.sums.length + p.orders.length) + 1000;
  while ((sumQueue.length > 0 || orderQueue.length > 0) && steps++ < maxSteps) {
    if (sumQueue.length > 0) {
      const s = sumQueue.pop() as number;
      inSumQueue[s] = 0;
      const ids = p.sums[s];
      const exact = p.exact[s];
      let sumLo = 0;
      let sumHi = 0;
      let infinite = 0;
      for (let j = 1; j < ids.length; j++) {
        sumLo += lo[ids[j]];
        const h = hi[ids[j]];
        if (h === Number.POSITIVE_INFINITY) infinite++;
        else sumHi += h;
      }
      const t = ids[0];
      tighten(t, sumLo, exact && infinite === 0 ? sumHi : Number.POSITIVE_INFINITY);
      const tLo = lo[t];
      const tHi = hi[t];
      for (let j = 1; j < ids.length; j++) {
        const c = ids[j];
        if (!hidden[c]) continue;
        const h = hi[c];
        const othersLo = sumLo - lo[c];
        const othersInfinite = infinite - (h === Number.POSITIVE_INFINITY ? 1 : 0);
        const newHi = tHi - othersLo;
        const newLo =
          exact && othersInfinite === 0
            ? tLo - (sumHi - (h === Number.POSITIVE_INFINITY ? 0 : h))
            : Number.NEGATIVE_INFINITY;
        tighten(c, newLo, newHi);
      }
    } else {
      const o = orderQueue.pop() as number;
      inOrderQueue[o] = 0;
      const [a, b] = p.orders[o];
      tighten(a, Number.NEGATIVE_INFINITY, hi[b]);
      tighten(b, lo[a], Number.POSITIVE_INFINITY);
    }
  }
  return { lo, hi };
}
