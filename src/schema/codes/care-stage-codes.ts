// The child's social-care stage when the family was referred for an FGC.
import type { CodeList } from "./code-list.js";

/** @example careStageCodes.codes.pre_proceedings // "Pre-proceedings (letter before proceedings sent)" */
export const careStageCodes: CodeList = {
  id: "fgc.CARE_STAGE",
  title: "Social-care stage at referral",
  source:
    "fgc-toolkit list (no national list exists); stages of the children's social care pathway as the CIN census and the Public Law Outline name them",
  codes: {
    early_help: "Early help",
    cin: "Child in need plan",
    cp: "Child protection plan",
    pre_proceedings: "Pre-proceedings (letter before proceedings sent)",
    proceedings: "In care proceedings",
    looked_after: "Looked after (e.g. planning a return home)",
    other: "Other",
  },
};
