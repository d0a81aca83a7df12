/**
 * Disability categories of the aggregate return's `disability` breakdown.
 */
import type { CodeList } from "./code-list.js";

/** @example Object.keys(disabilityCategoryCodes.codes) // ["disabled", "not_disabled", "unknown"] */
export const disabilityCategoryCodes: CodeList = {
  id: "fgc.DISABILITY",
  title: "Disability",
  source: "fgc-toolkit; a child is disabled when the CIN census records a disability other than NONE",
  codes: {
    disabled: "Disabled",
    not_disabled: "Not disabled",
    unknown: "Not recorded",
  },
};
