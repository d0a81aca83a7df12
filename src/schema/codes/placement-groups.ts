/**
 * Placement groups of a day in care, for day rates by placement (fgc trial --costs), from the
 * SSDA903 placement type PLACE (domain.md §1.7, column "Grouping for FGC outcomes"):
 *  - foster: foster placements with other foster carers, U4, U5, U6;
 *  - kin: foster placements with relatives or friends, U1, U2, U3;
 *  - residential: children's homes, residential care homes and residential schools, K1, K2, R1, S1;
 *  - other: every other code (placed with parents P1, adoption A3–A6, supported K3/H5/P2,
 *    health R2, family centre R3, custody R5, temporary T0–T4, other Z1/Z11–Z14, P3) and a blank.
 */
export const PLACEMENT_GROUPS = ["foster", "kin", "residential", "other"] as const;
export type PlacementGroup = (typeof PLACEMENT_GROUPS)[number];

const GROUP_OF: Record<string, PlacementGroup> = {
  U1: "kin",
  U2: "kin",
  U3: "kin",
  U4: "foster",
  U5: "foster",
  U6: "foster",
  K1: "residential",
  K2: "residential",
  R1: "residential",
  S1: "residential",
};

/**
 * The placement group of a PLACE code (trimmed, any case); "other" for any code not listed.
 * @example
 * ```ts
 * import { placementGroup } from "fgc-toolkit";
 * placementGroup("U4"); // => "foster"
 * placementGroup(" u1 "); // => "kin"
 * placementGroup("K2"); // => "residential"
 * ```
 */
export function placementGroup(place: string | null | undefined): PlacementGroup {
  if (place === null || place === undefined) return "other";
  return GROUP_OF[place.trim().toUpperCase()] ?? "other";
}

/**
 * The trial file's column of days in care in one placement group within the window (written by
 * fgc link; `_12m` like the other outcome columns, whatever the window).
 * @example placementDaysColumn("kin") // "days_in_care_kin_12m"
 */
export function placementDaysColumn(group: PlacementGroup): string {
  return `days_in_care_${group}_12m`;
}
