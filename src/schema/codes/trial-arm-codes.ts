// Trial arm: fgc (referred for a Family Group Conference; group 1) or control (usual practice; group 0).
import type { CodeList } from "./code-list.js";

/** @example Object.keys(trialArmCodes.codes) // ["fgc", "control"] */
export const trialArmCodes: CodeList = {
  id: "fgc.ARM",
  title: "Trial arm",
  source: "fgc-toolkit; as in the reference trial file (../shared/reference/README.md)",
  codes: {
    fgc: "Referred for a Family Group Conference (intervention, group 1)",
    control: "Usual pre-proceedings practice (comparator, group 0)",
  },
};
