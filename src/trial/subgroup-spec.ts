// What one entry of `plan.subgroups` asks for: its id (the name the plan writes, or the column of
// an object entry), the input column it reads and, for a numeric column, the breaks that cut it.
//
// Choices: a numeric column is cut into [a, b) intervals (a value equal to a break falls in the
// level that starts there), and the open ends are labelled "under a₁" and "aₖ and over"; breaks
// [1, 5, 10] give "under 1", "1 to under 5", "5 to under 10", "10 and over". "1 to under 5"
// rather than "1 to 4" because a column such as age_years holds fractions (4.5 is under 5).
import { type SubgroupColumn, subgroupIds, type TrialPlan } from "./plan.js";

export interface SubgroupSpec {
  /** The subgroup's name in results.json: the plan's string, or the object's column. */
  id: string;
  /** The input column its levels come from (`age_years` for `age_band`). */
  column: string;
  /** Cut points of a numeric column, as the plan gives them. */
  breaks?: number[];
}

/**
 * The spec of one plan entry.
 * @example subgroupSpec({ column: "age_years", breaks: [1, 5, 10] }).id // "age_years"
 * @example subgroupSpec("age_band").column // "age_years"
 */
export function subgroupSpec(entry: TrialPlan["subgroups"][number] | SubgroupColumn): SubgroupSpec {
  if (typeof entry === "string") return { id: entry, column: entry === "age_band" ? "age_years" : entry };
  return entry.breaks
    ? { id: entry.column, column: entry.column, breaks: entry.breaks }
    : { id: entry.column, column: entry.column };
}

/**
 * A subgroup the toolkit names itself (plan.ts `subgroupIds`), written as a plain string.
 * @example isNamedSubgroup("age_band") // true; isNamedSubgroup({ column: "sex" }) // false
 */
export function isNamedSubgroup(entry: TrialPlan["subgroups"][number]): entry is string {
  return typeof entry === "string" && (subgroupIds as readonly string[]).includes(entry);
}

/**
 * The labels of the levels that `breaks` cut a numeric column into, lowest first.
 * @example breakLabels([1, 5, 10]) // ["under 1", "1 to under 5", "5 to under 10", "10 and over"]
 */
export function breakLabels(breaks: readonly number[]): string[] {
  const b = breaks.map(formatBreak);
  return [
    `under ${b[0]}`,
    ...b.slice(1).map((upper, k) => `${b[k]} to under ${upper}`),
    `${b[b.length - 1]} and over`,
  ];
}

/**
 * The index of the level of `value` among breakLabels(breaks): the number of breaks at or below it.
 * @example breakLevel(5, [1, 5, 10]) // 2 ("5 to under 10")
 */
export function breakLevel(value: number, breaks: readonly number[]): number {
  let k = 0;
  while (k < breaks.length && value >= breaks[k]) k++;
  return k;
}

/** A break as the report writes it: the minus sign (U+2212) for a negative one. */
function formatBreak(x: number): string {
  return x < 0 ? `\u2212${String(-x)}` : String(x);
}
