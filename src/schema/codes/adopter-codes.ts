// SSDA903 AD1 adopter codes: SEX_ADOPTR (the adopters' sexes) and LS_ADOPTR (their legal status).
import type { CodeList } from "./code-list.js";

/** @example adopterSexCodes.codes.MF // "A couple, male and female" */
export const adopterSexCodes: CodeList = {
  id: "SSDA903.SEX_ADOPTR",
  title: "Sex of adopter(s) (SEX_ADOPTR)",
  source:
    "data-to-insight/csc-validator-be-903@10ad07c5:lac_validator/rules/lac2022_23 AD1 rules (M1/F1 with L0; MM/FF with L4 and L12; MF with L3)",
  codes: {
    M1: "A single male adopter",
    F1: "A single female adopter",
    MM: "A couple, both male",
    FF: "A couple, both female",
    MF: "A couple, male and female",
  },
};

/** @example adopterLegalStatusCodes.codes.L0 // "Single adopter" */
export const adopterLegalStatusCodes: CodeList = {
  id: "SSDA903.LS_ADOPTR",
  title: "Legal status of adopter(s) (LS_ADOPTR)",
  source:
    "data-to-insight/csc-validator-be-903@10ad07c5:lac_validator/rules/lac2022_23/rule_177.py (codes); labels paraphrased, L11/L12 and L3/L4 read from the sex rules that pair them (L12, L4: same sex; L3: male and female)",
  codes: {
    L0: "Single adopter",
    L11: "Married couple, male and female",
    L12: "Married couple, same sex",
    L2: "Civil partners",
    L3: "Unmarried couple, male and female",
    L4: "Unmarried couple, same sex",
  },
};
