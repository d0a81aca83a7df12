// The items a unit-cost file may price (`fgc trial --costs`): a day in care (or one by placement
// group), a set of care proceedings, a conference and a referral.
import { PLACEMENT_GROUPS } from "../../schema/codes/placement-groups.js";

/** The items a unit-cost file may hold, each once. */
export const COST_ITEMS = [
  "day_in_care",
  ...PLACEMENT_GROUPS.map((g) => `day_in_care_${g}` as const),
  "proceedings",
  "conference",
  "referral",
] as const;
export type CostItem = (typeof COST_ITEMS)[number];
