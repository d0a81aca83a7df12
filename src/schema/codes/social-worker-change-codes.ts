// SSDA903 SW_REASON (SWEpisodes, from 2023-24): why the child's social worker changed.
import type { CodeList } from "./code-list.js";

/** @example "OTHERS" in socialWorkerChangeCodes.codes // true */
export const socialWorkerChangeCodes: CodeList = {
  id: "SSDA903.SW_REASON",
  title: "Reason for a change of social worker (SW_REASON)",
  source:
    "data-to-insight/csc-validator-be-903@10ad07c5:lac_validator/rules/lac2023_24/rule_SW13STG1.py (codes); labels inferred from the codes where they are plain, otherwise not reached (GAP)",
  codes: {
    MANAGE: "Management decision (label inferred from the code)",
    FCONTA: "DfE label not reached (GAP)",
    LEFTRL: "Social worker left the role (label inferred from the code)",
    ORGRST: "Organisational restructure (label inferred from the code)",
    TSPROC: "DfE label not reached (GAP)",
    ABSENC: "Social worker absent (label inferred from the code)",
    CHCHAN: "DfE label not reached (GAP)",
    PCCHAN: "DfE label not reached (GAP)",
    SWDIED: "Social worker died (label inferred from the code)",
    OTHERS: "Other reason",
  },
};
