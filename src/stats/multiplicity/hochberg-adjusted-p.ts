import { type AdjustedPValues, missingNotes, orderByP, presentIndices } from "./adjusted-p-values.js";

/**
 * Hochberg's step-up adjusted p-values (family-wise error rate under independence or positive
 * dependence).
 *
 * Method: Hochberg (1988) [hochberg1988]. With the m non-missing p-values sorted ascending,
 * p̃(i) = min(1, min_{j ≥ i} (m − j + 1) p(j)).
 * Choices: as R's p.adjust(method = "hochberg"): NaN p-values pass through as NaN and are not
 * counted in m; ties receive equal adjusted values.
 * Checked against: multiplicity.hochberg in ../shared/reference (R 4.2.2 p.adjust).
 * @example
 * ```ts
 * import { hochbergAdjustedP } from "fgc-toolkit";
 * hochbergAdjustedP([0.01, 0.04, 0.03]).adjusted; // => [0.03, 0.04, 0.04]
 * ```
 */
export function hochbergAdjustedP(p: ArrayLike<number>): AdjustedPValues {
  const present = presentIndices("hochbergAdjustedP", p);
  const m = present.length;
  const adjusted = Array.from({ length: p.length }, () => Number.NaN);
  let running = Number.POSITIVE_INFINITY;
  // Descending order: the k-th largest p-value (k = 1, 2, …) has multiplier k.
  orderByP(p, present, true).forEach((idx, k) => {
    running = Math.min(running, (k + 1) * p[idx]);
    adjusted[idx] = Math.min(1, running);
  });
  return {
    adjusted,
    n: m,
    method: "multiplicity.hochberg",
    references: ["hochberg1988"],
    notes: missingNotes(p.length, m),
  };
}
