// Sex. SSDA903 coded 1 (male) and 2 (female) up to 2023-24; from 2024-25 the 903 and the CIN
// census use M, F, U. Both are accepted on input and normalised to M/F/U.
import type { CodeList } from "./code-list.js";

/** @example sexCodes.aliases?.["2"] // "F" */
export const sexCodes: CodeList = {
  id: "DfE.SEX",
  title: "Sex",
  source:
    "data-to-insight/csc-validator-be-903@10ad07c5:lac_validator/rules/lac2022_23/rule_101.py (1/2, to 2023-24) and lac2024_25/rule_101.py (M/F/U, from 2024-25)",
  codes: {
    M: "Male",
    F: "Female",
    U: "Unknown or not recorded (from 2024-25)",
  },
  aliases: { "1": "M", "2": "F" },
};
