// The seven measures of the FGC return read from the CIN census and SSDA903, in the order the
// return writes them (issue 8). The statutory term is family group decision making, hence `fgdm`.
import type { ReturnChildRow } from "./return-children.js";

export const RETURN_MEASURES = [
  "children_entering_pre_proceedings",
  "children_offered_fgdm",
  "children_fgdm_held",
  "children_followed_12m",
  "children_proceedings_12m",
  "children_entered_care_12m",
  "children_looked_after_12m",
] as const;

export type ReturnMeasure = (typeof RETURN_MEASURES)[number];

/** Whether a child counts in a measure. @example countsIn(row, "children_fgdm_held") */
export function countsIn(row: ReturnChildRow, measure: ReturnMeasure): boolean {
  switch (measure) {
    case "children_entering_pre_proceedings":
      return true;
    case "children_offered_fgdm":
      return row.offered;
    case "children_fgdm_held":
      return row.held;
    case "children_followed_12m":
      return row.followed;
    case "children_proceedings_12m":
      return row.proceedings === true;
    case "children_entered_care_12m":
      return row.enteredCare === true;
    case "children_looked_after_12m":
      return row.lookedAfter === true;
  }
}
