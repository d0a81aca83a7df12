// SSDA903 PLACE_PROVIDER: who provides the placement.
import type { CodeList } from "./code-list.js";

/** @example placementProviderCodes.codes.PR1 // "Own LA provision …" */
export const placementProviderCodes: CodeList = {
  id: "SSDA903.PLACE_PROVIDER",
  title: "Placement provider (PLACE_PROVIDER)",
  source:
    "data-to-insight/csc-validator-be-903@10ad07c5:lac_validator/rules/lac2022_23/rule_224.py (codes, from its test data); labels from the sufficiency_data_transform dim_maps.py (PyPI)",
  codes: {
    PR0: "Parent(s) or other person(s) with parental responsibility",
    PR1: "Own LA provision (including a regional adoption agency where the LA is host)",
    PR2: "Other LA provision",
    PR3: "Other public provision (e.g. a primary care trust)",
    PR4: "Private provision",
    PR5: "Voluntary or third-sector provision",
  },
};
