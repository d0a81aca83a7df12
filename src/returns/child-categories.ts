// The breakdown categories of a child in the return, exactly as issue 8 defines them:
// - sex: `M` from Sex M or 1, `F` from F or 2, otherwise `U` (Sex first, GenderCurrent when Sex
//   is absent);
// - age_band: whole years at the index date from PersonBirthDate, else ExpectedPersonBirthDate:
//   `unborn` when that date is after the index date, `under_1`, `1_4`, `5_9`, `10_15`,
//   `16_plus`; `unknown` when neither is given;
// - ethnicity by DfE major group: `white` WBRI WIRI WOTH WIRT WROM (GROM read as WROM); `mixed`
//   MWBC MWBA MWAS MOTH; `asian` AIND APKN ABAN AOTH; `black` BCRB BAFR BOTH; `other` CHNE OOTH;
//   `unknown` REFU NOBT, missing, or a code not on the list;
// - disability: `no` when only NONE is recorded, `yes` when any other code is, `unknown` when no
//   Disabilities element is present (or it holds no code).
import { ageBandOf } from "../schema/codes/age-band-codes.js";
import { breakdownCategories, returnBreakdownCodes } from "../schema/codes/return-breakdown-codes.js";
import { returnEthnicityOf } from "../schema/codes/return-ethnicity-codes.js";
import type { DayNumber } from "../util/dates.js";
import { wholeYearsBetween } from "../util/dates.js";
import type { ReturnChild } from "./returns-data.js";

export type Breakdown = "all" | "sex" | "age_band" | "ethnicity" | "disability";

/** The return's breakdowns, in the order of the schema's list (fgc.RETURN_BREAKDOWN). */
export const BREAKDOWNS: readonly Breakdown[] = Object.keys(returnBreakdownCodes.codes) as Breakdown[];

/** Categories of each breakdown, in the order the return writes them: the schema's code lists. */
export const BREAKDOWN_CATEGORIES: Readonly<Record<Breakdown, readonly string[]>> = {
  all: codesOf("all"),
  sex: codesOf("sex"),
  age_band: codesOf("age_band"),
  ethnicity: codesOf("ethnicity"),
  disability: codesOf("disability"),
};

/**
 * Every breakdown's category for one child at one index date.
 * @example childCategories(child, indexDay).age_band // "1_4"
 */
export function childCategories(
  child: ReturnChild | undefined,
  indexDay: DayNumber,
): Record<Breakdown, string> {
  return {
    all: "all",
    sex: sexCategory(child?.Sex ?? child?.GenderCurrent ?? null),
    age_band: ageBandCategory(child?.PersonBirthDate ?? child?.ExpectedPersonBirthDate ?? null, indexDay),
    ethnicity: ethnicityCategory(child?.Ethnicity ?? null),
    disability: disabilityCategory(child?.Disabilities ?? null),
  };
}

/** @example sexCategory("2") // "F" */
export function sexCategory(code: string | null): string {
  const c = code?.trim().toUpperCase();
  if (c === "M" || c === "1") return "M";
  if (c === "F" || c === "2") return "F";
  return "U";
}

/** @example ageBandCategory(0, 400) // "1_4" */
export function ageBandCategory(birthDay: DayNumber | null, indexDay: DayNumber): string {
  if (birthDay === null) return "unknown";
  if (birthDay > indexDay) return "unborn";
  return ageBandOf(wholeYearsBetween(birthDay, indexDay));
}

/** @example ethnicityCategory("CHNE") // "other" */
export function ethnicityCategory(code: string | null): string {
  return returnEthnicityOf(code?.trim().toUpperCase());
}

/** @example disabilityCategory(["NONE"]) // "no" */
export function disabilityCategory(codes: readonly string[] | null): string {
  if (codes === null || codes.length === 0) return "unknown";
  return codes.some((c) => c.trim().toUpperCase() !== "NONE") ? "yes" : "no";
}

function codesOf(breakdown: Breakdown): readonly string[] {
  return Object.keys(breakdownCategories[breakdown].codes);
}
