// Child rows to counts: for every breakdown, every category with at least one child in the
// population, all seven measures (issue 8). Categories in the order of BREAKDOWN_CATEGORIES.
import { BREAKDOWN_CATEGORIES, BREAKDOWNS, type Breakdown } from "./child-categories.js";
import type { FamilyMeasure } from "./family-counts.js";
import type { ReturnChildRow } from "./return-children.js";
import { countsIn, RETURN_MEASURES, type ReturnMeasure } from "./return-measures.js";

export interface ReturnCount {
  breakdown: Breakdown;
  category: string;
  /** A child measure, or a family measure (breakdown `all` only, family-counts.ts). */
  measure: ReturnMeasure | FamilyMeasure;
  count: number;
}

/** @example aggregateReturn(rows).find((c) => c.breakdown === "all" && c.measure === "children_fgdm_held")?.count */
export function aggregateReturn(rows: readonly ReturnChildRow[]): ReturnCount[] {
  const out: ReturnCount[] = [];
  for (const breakdown of BREAKDOWNS) {
    for (const category of BREAKDOWN_CATEGORIES[breakdown]) {
      const members = rows.filter((r) => r.categories[breakdown] === category);
      if (members.length === 0) continue;
      for (const measure of RETURN_MEASURES) {
        let count = 0;
        for (const r of members) if (countsIn(r, measure)) count++;
        out.push({ breakdown, category, measure, count });
      }
    }
  }
  return out;
}
