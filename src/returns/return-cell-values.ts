// What each counted cell of the return is written as: the count, `c` (hidden by disclosure
// control) or `:` (not available). The three 12-month outcomes of a category are counted over
// the category's children followed for the full window (`children_followed_12m`, written beside
// them as their denominator); a category with no child followed has no denominator, so its
// outcomes are `:`, never 0 (0 would claim that none of the children had the outcome).
//
// `:` tells a reader that the category's followed count is 0, so when disclosure control hides
// that followed count, the outcomes are written `c` instead: `:` would undo the suppression.
import type { ReturnCount } from "./aggregate-return.js";

/** The outcomes counted over children followed for the full window. */
export const OUTCOME_MEASURES: ReadonlySet<string> = new Set([
  "children_proceedings_12m",
  "children_entered_care_12m",
  "children_looked_after_12m",
]);

/** The denominator of the outcome measures. */
export const FOLLOWED_MEASURE = "children_followed_12m";

export interface ReturnCellValues {
  /** Per count, in the same order. */
  values: (number | "c" | ":")[];
  /** Outcome cells written `:` (no child of their category followed for the full window). */
  notAvailable: number;
  /** Outcome cells written `c` because `:` would show that a hidden followed count is 0. */
  hiddenWithFollowed: number;
}

/**
 * @example returnCellValues(counts, hidden).values[0] // 117
 */
export function returnCellValues(
  counts: readonly ReturnCount[],
  hidden: readonly boolean[],
): ReturnCellValues {
  const key = (c: ReturnCount) => `${c.breakdown}|${c.category}`;
  const followed = new Map<string, { count: number; hidden: boolean }>();
  counts.forEach((c, i) => {
    if (c.measure === FOLLOWED_MEASURE) followed.set(key(c), { count: c.count, hidden: hidden[i] });
  });
  let notAvailable = 0;
  let hiddenWithFollowed = 0;
  const values = counts.map((c, i): number | "c" | ":" => {
    if (hidden[i]) return "c";
    if (!OUTCOME_MEASURES.has(c.measure)) return c.count;
    const f = followed.get(key(c));
    if (f === undefined || f.count > 0) return c.count;
    if (f.hidden) {
      hiddenWithFollowed++;
      return "c";
    }
    notAvailable++;
    return ":";
  });
  return { values, notAvailable, hiddenWithFollowed };
}
