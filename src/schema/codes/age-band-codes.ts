// Age bands of the aggregate return (age at the letter before proceedings), as the DfE's
// children looked after statistics band ages.
import type { CodeList } from "./code-list.js";

/** @example ageBandOf(4.9) // "1_to_4" */
export const ageBandCodes: CodeList = {
  id: "fgc.AGE_BAND",
  title: "Age band",
  source:
    "issue 8 of fgc-toolkit (the return's definitions); bands of the DfE children looked after statistics (under 1, 1–4, 5–9, 10–15, 16 and over), plus unborn and unknown",
  codes: {
    unborn: "Unborn at the letter (birth date after the index date)",
    under_1: "Under 1 year",
    "1_4": "1 to 4 years",
    "5_9": "5 to 9 years",
    "10_15": "10 to 15 years",
    "16_plus": "16 years and over",
    unknown: "No date of birth or expected date of birth recorded",
  },
  aliases: {
    "1_to_4": "1_4",
    "5_to_9": "5_9",
    "10_to_15": "10_15",
    "16_and_over": "16_plus",
    "16+": "16_plus",
  },
};

/**
 * The band of an age in whole or fractional years (negative ages, unborn children, count as under 1).
 * @example ageBandOf(16) // "16_plus"
 */
export function ageBandOf(ageYears: number): string {
  if (!Number.isFinite(ageYears)) return "unknown";
  if (ageYears < 0) return "unborn";
  if (ageYears < 1) return "under_1";
  if (ageYears < 5) return "1_4";
  if (ageYears < 10) return "5_9";
  if (ageYears < 16) return "10_15";
  return "16_plus";
}
