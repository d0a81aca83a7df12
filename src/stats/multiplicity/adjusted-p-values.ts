// The result shape shared by the p-value adjustments (Holm, Hochberg, Benjamini–Hochberg), and
// the bookkeeping they share: checking the p-values and setting missing ones aside.
import { StatsError } from "../../util/errors.js";
import type { MethodId } from "../estimate.js";

/** Adjusted p-values in the order given; NaN where the input was NaN. */
export interface AdjustedPValues {
  /** adjusted p-values, same order and length as the input, each in [raw p, 1] */
  adjusted: number[];
  /** number of tests: the non-missing p-values */
  n: number;
  method: MethodId;
  references: string[];
  notes: string[];
}

/** Indices of the non-missing p-values; throws StatsError for values outside [0, 1]. */
export function presentIndices(fn: string, p: ArrayLike<number>): number[] {
  const present: number[] = [];
  for (let i = 0; i < p.length; i++) {
    const v = p[i];
    if (Number.isNaN(v)) continue;
    if (!(v >= 0 && v <= 1)) throw new StatsError(fn, `p[${i}]`, v, "a p-value in [0, 1] (NaN for missing)");
    present.push(i);
  }
  return present;
}

/**
 * Indices of the non-missing p-values sorted by p (ascending, or descending), ties in input
 * order. Tied p-values receive equal adjusted values whichever order ties take.
 */
export function orderByP(p: ArrayLike<number>, present: number[], descending: boolean): number[] {
  const sign = descending ? -1 : 1;
  return [...present].sort((i, j) => sign * (p[i] - p[j]) || i - j);
}

/** Notes for missing p-values. */
export function missingNotes(total: number, present: number): string[] {
  const missing = total - present;
  return missing > 0
    ? [`${missing} missing (NaN) p-value(s) passed through as NaN and not counted as tests`]
    : [];
}
