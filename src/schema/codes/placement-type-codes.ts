// SSDA903 PLACE: placement type. The list changes by collection year: 2024-25 adds K3; from
// 2025-26 H5 and P2 are dropped and Z1 is split into Z11–Z14. `placementTypeCodes` is the union
// of all years (what a file may contain); `placeCodesForYear` gives one year's list.
import { UsageError } from "../../util/errors.js";
import type { CodeList } from "./code-list.js";

const base: Record<string, string> = {
  A3: "Placed for adoption with consent, with current foster carer(s)",
  A4: "Placed for adoption with consent, not with current foster carer(s)",
  A5: "Placed for adoption with a placement order, with current foster carer(s)",
  A6: "Placed for adoption with a placement order, not with current foster carer(s)",
  H5: "Semi-independent living not subject to children's homes regulations (until 2024-25)",
  K1: "Secure children's home",
  K2: "Children's home subject to Children's Homes Regulations",
  K3: "Supported accommodation for young people aged 16 and over (from 2024-25; label inferred)",
  P1: "Placed with own parent(s) or other person(s) with parental responsibility",
  P2: "Independent living, e.g. flat, lodgings, bedsit, B&B or with friends (until 2024-25)",
  P3: "Residential employment",
  R1: "Residential care home",
  R2: "NHS/health trust or other establishment providing medical or nursing care",
  R3: "Family centre or mother and baby unit",
  R5: "Young offender institution",
  S1: "Residential school not dual-registered as a children's home",
  T0: "All types of temporary move",
  T1: "Temporary period in hospital",
  T2: "Temporary absence of the child on holiday",
  T3: "Temporary accommodation whilst the usual foster carer is on holiday",
  T4: "Temporary accommodation of seven days or less not covered by T1–T3",
  U1: "Foster placement with relative(s) or friend(s): long-term fostering",
  U2: "Foster placement with relative(s) or friend(s) who are approved adopters: fostering for adoption / concurrent planning",
  U3: "Foster placement with relative(s) or friend(s): not long-term or fostering for adoption",
  U4: "Foster placement with other foster carer(s): long-term fostering",
  U5: "Foster placement with other foster carer(s) who are approved adopters: fostering for adoption / concurrent planning",
  U6: "Foster placement with other foster carer(s): not long-term or fostering for adoption",
  Z1: "Other placement (until 2024-25)",
  Z11: "Other placement, first successor code of Z1 (from 2025-26; DfE description not found)",
  Z12: "Other placement, second successor code of Z1 (from 2025-26; DfE description not found)",
  Z13: "Other placement, third successor code of Z1 (from 2025-26; DfE description not found)",
  Z14: "Other placement, fourth successor code of Z1 (from 2025-26; DfE description not found)",
};

/** Codes valid in every year of a list, by first and last collection year (start year of yyyy-yy). */
const validity: Record<string, [from: number, to: number]> = {
  H5: [0, 2024],
  P2: [0, 2024],
  Z1: [0, 2024],
  K3: [2024, 9999],
  Z11: [2025, 9999],
  Z12: [2025, 9999],
  Z13: [2025, 9999],
  Z14: [2025, 9999],
};

/**
 * Every PLACE code valid in any collection year from 2022-23 on (validation accepts the union;
 * year-specific checks use `placeCodesForYear`).
 * @example "Z1" in placementTypeCodes.codes && "Z11" in placementTypeCodes.codes // true
 */
export const placementTypeCodes: CodeList = {
  id: "SSDA903.PLACE",
  title: "Placement type (PLACE)",
  source:
    "data-to-insight/csc-validator-be-903@10ad07c5:lac_validator/rules/lac2022_23/rule_146.py, lac2024_25/rule_146.py, lac2025_26/rule_146.py (codes by year); labels from the sufficiency_data_transform dim_maps.py (PyPI); Z11–Z14 descriptions not published in any source reached",
  codes: base,
  validity,
};

/**
 * Kinship (family and friends) foster placements: the FGC outcome "placed with the family network".
 * @example kinshipPlaceCodes // ["U1", "U2", "U3"]
 */
export const kinshipPlaceCodes: readonly string[] = ["U1", "U2", "U3"];

/**
 * The PLACE codes valid in one collection year, given as "2024-25" or by its start year (2024).
 * Years before 2022-23 get the 2022-23 list (the earliest ruleset encoded).
 * @example
 * ```ts
 * import { placeCodesForYear } from "fgc-toolkit";
 * placeCodesForYear("2025-26").includes("H5"); // => false
 * placeCodesForYear(2024).includes("U1"); // => true
 * ```
 */
export function placeCodesForYear(collectionYear: string | number): string[] {
  const start =
    typeof collectionYear === "number" ? collectionYear : Number(String(collectionYear).slice(0, 4));
  if (!Number.isInteger(start))
    throw new UsageError(
      `placeCodesForYear: collectionYear: expected "yyyy-yy" or a year, got ${JSON.stringify(collectionYear)}`,
    );
  return Object.keys(base).filter((code) => {
    const range = validity[code];
    return range === undefined || (start >= range[0] && start <= range[1]);
  });
}
