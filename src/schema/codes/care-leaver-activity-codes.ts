// SSDA903 ACTIV (OC3): the care leaver's main activity. F = full time, P = part time; G = not in
// education, employment or training.
import type { CodeList } from "./code-list.js";

/** @example "G6" in careLeaverActivityCodes.codes // true */
export const careLeaverActivityCodes: CodeList = {
  id: "SSDA903.ACTIV",
  title: "Care leaver's main activity (ACTIV)",
  source:
    "codes as data-to-insight/dfe-csc-api-data-flows@41e6f19d lists them for care leavers' activity (F1 P1 F2 P2 F4 P4 F5 P5 G4 G5 G6); labels paraphrased, F4/P4 and F5/P5 inferred (GAP: DfE text not reached)",
  codes: {
    F1: "Full-time in higher education",
    P1: "Part-time in higher education",
    F2: "Full-time in education other than higher education",
    P2: "Part-time in education other than higher education",
    F4: "Full-time in training (label inferred)",
    P4: "Part-time in training (label inferred)",
    F5: "Full-time in employment (label inferred)",
    P5: "Part-time in employment (label inferred)",
    G4: "Not in education, employment or training: illness or disability",
    G5: "Not in education, employment or training: other reasons",
    G6: "Not in education, employment or training: pregnancy or parenting",
  },
};
