// The family measures of the la-return schema, when a child-to-family lookup is supplied (neither
// statutory return carries a family): under breakdown `all` only,
// - families_entering_pre_proceedings: distinct families of the population's children;
// - families_offered_fgc: families with a child whose index block has FGDMMeetingOffer true;
// - families_fgc_held: families with a child whose index block has FGDMMeetingFac true;
// (an FGC is the commonest model of FGDM, and the census records FGDM);
// - families_accepted_fgc is not available (`:`): the census has no item for acceptance.
// A child missing from the lookup is reported (`return-family-missing`) and counted as a family
// of its own.
import type { Issue } from "../schema/issue.js";
import { rules } from "../schema/rules.js";
import type { ReturnChildRow } from "./return-children.js";

export const FAMILY_MEASURES = [
  "families_entering_pre_proceedings",
  "families_offered_fgc",
  "families_accepted_fgc",
  "families_fgc_held",
] as const;
export type FamilyMeasure = (typeof FAMILY_MEASURES)[number];

/**
 * Counts by family measure; `families_accepted_fgc` is null (not available).
 * @example familyCounts(rows, new Map([["C1", "F1"]]), issues).families_entering_pre_proceedings
 */
export function familyCounts(
  rows: readonly ReturnChildRow[],
  families: ReadonlyMap<string, string>,
  issues: Issue[],
): Record<FamilyMeasure, number | null> {
  const entering = new Set<string>();
  const offered = new Set<string>();
  const held = new Set<string>();
  let missing = 0;
  for (const r of rows) {
    let family = families.get(r.childId);
    if (family === undefined) {
      missing++;
      family = `\u0000${r.childId}`;
    }
    entering.add(family);
    if (r.offered) offered.add(family);
    if (r.held) held.add(family);
  }
  if (missing > 0) {
    issues.push({
      rule: "return-family-missing",
      severity: rules["return-family-missing"].severity,
      file: "(family lookup)",
      column: "family_id",
      message: `${missing} of ${rows.length} children of the population are not in the family lookup; each counted as a family of its own`,
    });
  }
  return {
    families_entering_pre_proceedings: entering.size,
    families_offered_fgc: offered.size,
    families_accepted_fgc: null,
    families_fgc_held: held.size,
  };
}
