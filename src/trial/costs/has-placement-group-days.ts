// Whether a trial table holds days in care by placement group (linked extracts, or fgc link's
// file), so that day rates by placement group can be used: `fgc trial --costs` and the app's
// Trial analysis ask this before reading the unit-cost file.
import { PLACEMENT_GROUPS, placementDaysColumn } from "../../schema/codes/placement-groups.js";
import type { TrialInput } from "../run.js";

/**
 * True when every placement group's days-in-care column has a value in some row (a reader gives
 * an optional column it did not find as all blank).
 */
export function hasPlacementGroupDays(table: TrialInput["table"]): boolean {
  return PLACEMENT_GROUPS.every((g) => (table.columns[placementDaysColumn(g)] ?? []).some((v) => v !== null));
}
