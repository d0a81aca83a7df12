// DfE ethnicity codes as read from either return: upper-cased, GROM (the LIIA spelling of
// Gypsy/Roma) read as WROM (domain.md §1.11).
import { ethnicityCodes } from "../../schema/codes/ethnicity-codes.js";

/**
 * The DfE code and whether it is on the list.
 * @example normaliseEthnicity("grom") // { code: "WROM", known: true }
 */
export function normaliseEthnicity(text: string): { code: string; known: boolean } {
  const upper = text.trim().toUpperCase();
  const code = ethnicityCodes.aliases?.[upper] ?? upper;
  return { code, known: code in ethnicityCodes.codes };
}
