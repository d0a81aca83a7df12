import type { DisclosureProblem } from "./disclosure-problem.js";
import {
  type IndexedProblem,
  indexProblem,
  intervalBounds,
  type SuppressionStatus,
} from "./interval-bounds.js";

/** Options of suppressCounts. */
export interface SuppressionOptions {
  /** Counts 1 to threshold are hidden (primary suppression). */
  threshold: number;
  /** Narrowest feasible range a hidden small count must keep given everything published. */
  protection: number;
}

/** Which cells suppressCounts hides (primary or secondary), with counts and notes. */
export interface Suppression {
  hidden: Map<string, SuppressionStatus>;
  primary: number;
  secondary: number;
  rounds: number;
  protection: number;
  /** Cells the heuristic could not protect (the pipeline refuses to publish if any). */
  unprotected: string[];
  notes: string[];
}

/**
 * Small-number suppression as the DfE publishes children's social care statistics (domain.md
 * §6.1): counts 1 to the threshold are hidden (`c`), and complementary cells are hidden until no
 * hidden count can be narrowed to a range narrower than `protection` from what is published
 * (breakdown totals and stage order; disclosure-problem.ts).
 *
 * Method: primary suppression; cells of one stage chain (entering, offered, held) in one row
 * hidden together (disclosure-problem.ts `linked`, so that an attacker cannot combine two
 * measures' tables through the stage order); the classic rule that no table may hold exactly one
 * hidden cell (else it is its total minus the others); then rounds of an audit by interval
 * propagation (interval-bounds.ts) with a greedy complement for every cell still too narrow, in
 * the spirit of Fischetti & Salazar-González (1999) [fischetti1999]. Primary cells must keep a
 * range at least `protection` wide; complementary cells must not be recoverable exactly.
 * Choices: the attacker knows every published value, every constraint and that counts are whole
 * and at least 0, but not which hidden cells are small (the DfE publishes one symbol, `c`); an
 * attacker who also knew which `c` are 1 to 5 could pin some cells of tables whose non-zero cells
 * are all small (the DfE convention has the same exposure). Complements are the smallest
 * published count in a table of the insecure cell, preferring parts to totals and non-zero counts
 * to zeros, never a zero below a published zero (it would stay known); ties by key; one new
 * complement per table per round; tables and cells in key order, so the pattern does not depend
 * on the order of the input rows.
 * Checked against: tests/areas/disclosure-attack.test.ts (differencing and linear programming).
 * Defaults: none; the pipelines pass threshold 5 (DfE) and protection 2.
 * @example
 * ```ts
 * import { suppressCounts } from "fgc-toolkit";
 * // 20 children by sex: 3 girls (1 to 5, hidden) and 17 boys (hidden too, else 20 − 17 = 3)
 * const problem = {
 *   values: new Map([["total", 20], ["girls", 3], ["boys", 17]]),
 *   sums: [{ total: "total", parts: ["girls", "boys"], exact: true }],
 *   orders: [],
 *   linked: [],
 * };
 * const s = suppressCounts(problem, { threshold: 5, protection: 2 });
 * [...s.hidden]; // => [["girls", "primary"], ["boys", "secondary"]]
 * s.unprotected; // => []
 * ```
 */
export function suppressCounts(problem: DisclosureProblem, options: SuppressionOptions): Suppression {
  const { threshold, protection } = options;
  const p = indexProblem(problem);
  const n = p.keys.length;
  const mask = new Uint8Array(n);
  let primary = 0;
  for (let i = 0; i < n; i++)
    if (p.values[i] >= 1 && p.values[i] <= threshold) {
      mask[i] = 1;
      primary++;
    }
  const linkedOf: number[][] = p.keys.map(() => []);
  for (const group of problem.linked) {
    const ids = group.map((k) => p.index.get(k) as number);
    for (const id of ids) linkedOf[id] = ids;
  }
  const closeLinks = () => {
    for (let i = 0; i < n; i++) if (mask[i]) for (const j of linkedOf[i]) if (!mask[j]) mask[j] = 2;
  };
  closeLinks();
  hideLoneCells(p, mask);
  closeLinks();
  let rounds = 0;
  let unprotected: number[] = [];
  for (;;) {
    rounds++;
    const { lo, hi } = intervalBounds(p, mask);
    const insecure: number[] = [];
    for (let i = 0; i < n; i++)
      if (mask[i] && hi[i] - lo[i] < (mask[i] === 1 ? protection : 1)) insecure.push(i);
    insecure.sort((a, b) => (p.keys[a] < p.keys[b] ? -1 : 1));
    if (insecure.length === 0 || rounds > 100) {
      unprotected = insecure;
      break;
    }
    const used = new Uint8Array(p.sums.length);
    let added = 0;
    for (const cell of insecure) {
      const choice = pickComplement(p, mask, cell, used);
      if (choice === undefined) continue;
      mask[choice.cell] = 2;
      used[choice.sum] = 1;
      added++;
    }
    if (added === 0) {
      unprotected = insecure;
      break;
    }
    closeLinks();
    hideLoneCells(p, mask);
    closeLinks();
  }
  const hidden = new Map<string, SuppressionStatus>();
  for (let i = 0; i < n; i++) if (mask[i]) hidden.set(p.keys[i], mask[i] === 1 ? "primary" : "secondary");
  return {
    hidden,
    primary,
    secondary: hidden.size - primary,
    rounds,
    protection,
    unprotected: unprotected.map((i) => p.keys[i]),
    notes: [
      `counts 1 to ${threshold} suppressed (c); complementary cells suppressed until every hidden count has a feasible range at least ${protection} wide given the published totals`,
    ],
  };
}

/** Until stable: a table (sum) with exactly one hidden cell gets a complement. */
function hideLoneCells(p: IndexedProblem, mask: Uint8Array): void {
  const queue = p.sums.map((_, i) => i).reverse();
  const queued = new Uint8Array(p.sums.length).fill(1);
  while (queue.length > 0) {
    const s = queue.pop() as number;
    queued[s] = 0;
    const ids = p.sums[s];
    let hiddenCount = 0;
    for (const id of ids) if (mask[id]) hiddenCount++;
    if (hiddenCount !== 1) continue;
    const c = bestIn(p, mask, ids, true) ?? bestIn(p, mask, ids, false);
    if (c === undefined) continue;
    mask[c] = 2;
    for (const t of p.sumsOf[c])
      if (!queued[t]) {
        queued[t] = 1;
        queue.push(t);
      }
  }
}

/** Smallest published cell of a table (parts only when `partsOnly`), non-zero first. */
function bestIn(
  p: IndexedProblem,
  mask: Uint8Array,
  ids: Int32Array,
  partsOnly: boolean,
): number | undefined {
  let best: number | undefined;
  const better = (a: number, b: number) => {
    const va = p.values[a];
    const vb = p.values[b];
    if ((va === 0) !== (vb === 0)) return vb === 0;
    return va < vb || (va === vb && p.keys[a] < p.keys[b]);
  };
  for (let j = partsOnly ? 1 : 0; j < ids.length; j++) {
    const id = ids[j];
    if (mask[id] || pinnedZero(p, id)) continue;
    if (best === undefined || better(id, best)) best = id;
  }
  return best;
}

/** A zero below a published zero (e.g. offered when none entered) stays known when hidden. */
function pinnedZero(p: IndexedProblem, id: number): boolean {
  if (p.values[id] !== 0) return false;
  for (const o of p.ordersOf[id]) if (p.orders[o][0] === id && p.values[p.orders[o][1]] === 0) return true;
  return false;
}

function pickComplement(
  p: IndexedProblem,
  mask: Uint8Array,
  cell: number,
  used: Uint8Array,
): { cell: number; sum: number } | undefined {
  for (const partsOnly of [true, false])
    for (const s of p.sumsOf[cell]) {
      if (used[s]) continue;
      const c = bestIn(p, mask, p.sums[s], partsOnly);
      if (c !== undefined) return { cell: c, sum: s };
    }
  return undefined;
}
