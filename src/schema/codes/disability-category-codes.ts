// Disability categories of the aggregate return's `disability` breakdown.
import type { CodeList } from "./code-list.js";

/** @example Object.keys(disabilityCategoryCodes.codes) // ["disabled", "not_disabled", "unknown"] */
export const disabilityCategoryCodes: CodeList = {
  id: "fgc.DISABILITY",
  title: "Disability",
  source: "issue 8 of fgc-toolkit (the return's definitions), from the CIN census Disabilities element",
  codes: {
    yes: "A disability other than NONE is recorded",
    no: "Only NONE is recorded",
    unknown: "No Disabilities element is present",
  },
  aliases: { disabled: "yes", not_disabled: "no", y: "yes", n: "no" },
};
