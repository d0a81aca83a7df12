// SSDA903 SDQ_REASON (OC2): why no Strengths and Difficulties Questionnaire score is given.
import type { CodeList } from "./code-list.js";

/** @example Object.keys(sdqReasonCodes.codes) // ["SDQ1", "SDQ2", "SDQ3", "SDQ4", "SDQ5"] */
export const sdqReasonCodes: CodeList = {
  id: "SSDA903.SDQ_REASON",
  title: "Reason for no SDQ score (SDQ_REASON)",
  source:
    "data-to-insight/csc-validator-be-903@10ad07c5:lac_validator/rules/lac2022_23/rule_196.py (codes SDQ1–SDQ5); labels paraphrased from the DfE SSDA903 guide (not re-checked here)",
  codes: {
    SDQ1: "No form returned: child under 4 or over 16 at the date of the latest assessment",
    SDQ2: "Carer refused to complete and return the questionnaire",
    SDQ3: "Not possible to complete because of the severity of the child's disability",
    SDQ4: "Other reason",
    SDQ5: "The young person refused to complete the questionnaire",
  },
};
