// SSDA903 RNE: reason for a new episode of care.
import type { CodeList } from "./code-list.js";

/** @example Object.keys(rneCodes.codes) // ["S", "L", "P", "T", "U", "B"] */
export const rneCodes: CodeList = {
  id: "SSDA903.RNE",
  title: "Reason for new episode (RNE)",
  source:
    "data-to-insight/csc-validator-be-903@10ad07c5:lac_validator/rules/lac2022_23/rule_143.py (codes); labels from the sufficiency_data_transform dim_maps.py (PyPI)",
  codes: {
    S: "Started to be looked after (start of a new period of care)",
    L: "Change of legal status only",
    P: "Change of placement and carer only",
    T: "Change of placement, same carer(s)",
    U: "Change of legal status and placement, same carer(s)",
    B: "Change of legal status and of placement and carer at the same time",
  },
};
