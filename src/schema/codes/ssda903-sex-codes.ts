// SSDA903 SEX as the return writes it, by collection year: 1 (male) and 2 (female) up to 2023-24,
// M, F and U from 2024-25 (domain.md §1.3). Unlike `sexCodes`, which reads both codings as M/F/U
// for analysis, this list keeps the codes as written so that a code of the wrong year is seen.
import type { CodeList } from "./code-list.js";

/** @example ssda903SexCodes.validity?.["1"] // [0, 2023] */
export const ssda903SexCodes: CodeList = {
  id: "SSDA903.SEX",
  title: "Sex (SSDA903 SEX)",
  source:
    "data-to-insight/csc-validator-be-903@10ad07c5:lac_validator/rules/lac2022_23/rule_101.py (1/2) and lac2024_25/rule_101.py (M/F/U)",
  codes: {
    "1": "Male (until 2023-24)",
    "2": "Female (until 2023-24)",
    M: "Male (from 2024-25)",
    F: "Female (from 2024-25)",
    U: "Unknown or not recorded (from 2024-25)",
  },
  validity: { "1": [0, 2023], "2": [0, 2023], M: [2024, 9999], F: [2024, 9999], U: [2024, 9999] },
};
