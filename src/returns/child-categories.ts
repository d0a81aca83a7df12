/**
 * The breakdown categories of a child in the return, exactly as issue 8 defines them:
 * - sex: `M` from Sex M or 1, `F` from F or 2, otherwise `U` (Sex first, GenderCurrent when Sex
 *   is absent);
 * - age_band: whole years at the index date from PersonBirthDate, else ExpectedPersonBirthDate:
 *   `unborn` when that date is after the index date, `under_1`, `1_4`, `5_9`, `10_15`,
 *   `16_plus`; `unknown` when neither is given;
 * - ethnicity by DfE major group: `white` WBRI WIRI WOTH WIRT WROM (GROM read as WROM); `mixed`
 *   MWBC MWBA MWAS MOTH; `asian` AIND APKN ABAN AOTH; `black` BCRB BAFR BOTH; `other` CHNE OOTH;
 *   `unknown` REFU NOBT, missing, or a code not on the list;
 * - disability: `no` when only NONE is recorded, `yes` when any other code is, `unknown` when no
 *   Disabilities element is present (or it holds no code).
 */
import type { DayNumber } from "../util/dates.js";
import { wholeYearsBetween } from "../util/dates.js";
import type { ReturnChild } from "./returns-data.js";

export type Breakdown = "all" | "sex" | "age_band" | "ethnicity" | "disability";

export const BREAKDOWNS: readonly Breakdown[] = ["all", "sex", "age_band", "ethnicity", "disability"];

/** Categories of each breakdown, in the order the return writes them. */
export const BREAKDOWN_CATEGORIES: Readonly<Record<Breakdown, readonly string[]>> = {
  all: ["all"],
  sex: ["M", "F", "U"],
  age_band: ["unborn", "under_1", "1_4", "5_9", "10_15", "16_plus", "unknown"],
  ethnicity: ["white", "mixed", "asian", "black", "other", "unknown"],
  disability: ["yes", "no", "unknown"],
};

const ETHNIC_GROUP: Record<string, string> = {
  WBRI: "white",
  WIRI: "white",
  WOTH: "white",
  WIRT: "white",
  WROM: "white",
  GROM: "white",
  MWBC: "mixed",
  MWBA: "mixed",
  MWAS: "mixed",
  MOTH: "mixed",
  AIND: "asian",
  APKN: "asian",
  ABAN: "asian",
  AOTH: "asian",
  BCRB: "black",
  BAFR: "black",
  BOTH: "black",
  CHNE: "other",
  OOTH: "other",
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
  const years = wholeYearsBetween(birthDay, indexDay);
  if (years < 1) return "under_1";
  if (years <= 4) return "1_4";
  if (years <= 9) return "5_9";
  if (years <= 15) return "10_15";
  return "16_plus";
}

/** @example ethnicityCategory("CHNE") // "other" */
export function ethnicityCategory(code: string | null): string {
  return (code !== null && ETHNIC_GROUP[code.trim().toUpperCase()]) || "unknown";
}

/** @example disabilityCategory(["NONE"]) // "no" */
export function disabilityCategory(codes: readonly string[] | null): string {
  if (codes === null || codes.length === 0) return "unknown";
  return codes.some((c) => c.trim().toUpperCase() !== "NONE") ? "yes" : "no";
}
