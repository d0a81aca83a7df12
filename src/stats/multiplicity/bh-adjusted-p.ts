import { type AdjustedPValues, missingNotes, orderByP, presentIndices } from "./adjusted-p-values.js";

/**
 * Benjamini–Hochberg adjusted p-values (false discovery rate).
 *
 * Method: Benjamini & Hochberg (1995) [benjamini1995]. With the m non-missing p-values sorted
 * ascending, p̃(i) = min(1, min_{j ≥ i} (m / j) p(j)).
 * Choices: as R's p.adjust(method = "BH"), including its arithmetic order m / j · p; NaN
 * p-values pass through as NaN and are not counted in m; ties receive equal adjusted values.
 * Checked against: multiplicity.bh in ../shared/reference (R 4.2.2 p.adjust).
 * @example
 * ```ts
 * import { bhAdjustedP } from "fgc-toolkit";
 * bhAdjustedP([0.01, 0.04, 0.03]).adjusted; // => [0.03, 0.04, 0.04]
 * ```
 */
export function bhAdjustedP(p: ArrayLike<number>): AdjustedPValues {
  const present = presentIndices("bhAdjustedP", p);
  const m = present.length;
  const adjusted = Array.from({ length: p.length }, () => Number.NaN);
  let running = Number.POSITIVE_INFINITY;
  // Descending order: the k-th largest (k = 0, 1, …) has ascending rank j = m − k.
  orderByP(p, present, true).forEach((idx, k) => {
    running = Math.min(running, (m / (m - k)) * p[idx]);
    adjusted[idx] = Math.min(1, running);
  });
  return {
    adjusted,
    n: m,
    method: "multiplicity.bh",
    references: ["benjamini1995"],
    notes: missingNotes(p.length, m),
  };
}
