import { type AdjustedPValues, missingNotes, orderByP, presentIndices } from "./adjusted-p-values.js";

/**
 * Holm's step-down adjusted p-values (family-wise error rate).
 *
 * Method: Holm (1979) [holm1979]. With the m non-missing p-values sorted ascending,
 * p̃(i) = min(1, max_{j ≤ i} (m − j + 1) p(j)).
 * Choices: as R's p.adjust(method = "holm"): NaN p-values pass through as NaN and are not
 * counted in m; ties receive equal adjusted values.
 * Checked against: multiplicity.holm in ../shared/reference (R 4.2.2 p.adjust).
 * @example
 * ```ts
 * import { holmAdjustedP } from "fgc-toolkit";
 * holmAdjustedP([0.01, 0.04, 0.03]).adjusted; // => [0.03, 0.06, 0.06]
 * ```
 */
export function holmAdjustedP(p: ArrayLike<number>): AdjustedPValues {
  const present = presentIndices("holmAdjustedP", p);
  const m = present.length;
  const adjusted = Array.from({ length: p.length }, () => Number.NaN);
  let running = 0;
  orderByP(p, present, false).forEach((idx, rank) => {
    running = Math.max(running, (m - rank) * p[idx]);
    adjusted[idx] = Math.min(1, running);
  });
  return {
    adjusted,
    n: m,
    method: "multiplicity.holm",
    references: ["holm1979"],
    notes: missingNotes(p.length, m),
  };
}
