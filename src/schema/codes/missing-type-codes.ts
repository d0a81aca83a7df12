// SSDA903 MISSING: whether an episode in the Missing table was missing from placement or away
// from placement without authorisation.
import type { CodeList } from "./code-list.js";

/** @example missingTypeCodes.codes.M // "Missing from placement" */
export const missingTypeCodes: CodeList = {
  id: "SSDA903.MISSING",
  title: "Missing or away (MISSING)",
  source:
    "data-to-insight/csc-validator-be-903@10ad07c5:lac_validator/rules/lac2022_23/rule_1006.py (codes M, A)",
  codes: {
    M: "Missing from placement",
    A: "Away from placement without authorisation",
  },
};
