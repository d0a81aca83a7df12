// SSDA903 REASON_PLACED_CEASED (PlacedAdoption): why the decision that the child should be placed
// for adoption was reversed.
import type { CodeList } from "./code-list.js";

/** @example Object.keys(reasonPlacedCeasedCodes.codes) // ["RD1", "RD2", "RD3", "RD4"] */
export const reasonPlacedCeasedCodes: CodeList = {
  id: "SSDA903.REASON_PLACED_CEASED",
  title: "Reason the adoption decision was reversed (REASON_PLACED_CEASED)",
  source:
    "data-to-insight/csc-validator-be-903@10ad07c5:lac_validator/rules/lac2022_23/rule_120.py (codes); labels paraphrased from the DfE SSDA903 guide (not re-checked here)",
  codes: {
    RD1: "The child's needs changed after the decision",
    RD2: "The court did not make a placement order",
    RD3: "Prospective adopters could not be found",
    RD4: "Any other reason",
  },
};
