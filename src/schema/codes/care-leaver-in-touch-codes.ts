// SSDA903 IN_TOUCH (OC3): whether the LA is in touch with the care leaver around their birthday.
import type { CodeList } from "./code-list.js";

/** @example "NREQ" in careLeaverInTouchCodes.codes // true */
export const careLeaverInTouchCodes: CodeList = {
  id: "SSDA903.IN_TOUCH",
  title: "In touch with the care leaver (IN_TOUCH)",
  source:
    "data-to-insight/csc-validator-be-903@10ad07c5:lac_validator/rules/lac2022_23/rule_131.py (codes); labels paraphrased from the DfE SSDA903 guide (not re-checked here)",
  codes: {
    YES: "In touch",
    NO: "Not in touch",
    DIED: "The young person has died",
    REFU: "The young person refuses contact",
    NREQ: "The young person no longer needs services",
    RHOM: "The young person has returned home to parents or others with parental responsibility",
  },
};
