// Checks of a trial plan that its schema cannot express, run before any data are modelled: each
// refusal is a UsageError (exit 2) that names the plan field, the value and what is allowed.
//
// - `checkTrialPlan` (the plan alone): an outcome, covariate, fixed effect or subgroup listed
//   twice would enter the multiplicity adjustment twice (every Holm-adjusted p changes), put two
//   identical columns in the design matrix or repeat a subgroup analysis; an outcome, the arm, the fgc_held receipt flag, or an identifier
//   as a covariate or fixed effect adjusts the effect away (they are measured after randomisation,
//   or are randomisation itself).
// - `checkPlanFitsInput` (the plan against the data): every covariate, fixed effect and the cluster
//   must be a column of the input (a near miss gets "did you mean …?" and the columns that could
//   serve are listed); a covariate must hold numbers, not codes
//   or blanks only (it would leave no complete case); the window must be the input's (an
//   analysis-ready file holds fixed 12-month outcomes, so another window would be printed but not
//   applied), and a fixed effect may have at most MAX_FIXED_EFFECT_LEVELS levels and at most half as
//   many levels as rows. Local authorities pass (England has 153 children's services authorities;
//   a trial in k of them needs 2k children); a per-child or per-family identifier does not, and is
//   refused at once instead of building a design matrix with a column per child, which runs for
//   minutes and estimates nothing.
import type { ColumnTable } from "../schema/table.js";
import { UsageError } from "../util/errors.js";
import { notBaselineColumns, outcomeIds, type TrialPlan } from "./plan.js";
import { thenList } from "./plan-errors.js";
import { checkSubgroupColumns, subgroupPlanProblems } from "./subgroup-checks.js";

/** Most levels a fixed-effect factor may have (documented in the plan's field description). */
export const MAX_FIXED_EFFECT_LEVELS = 500;

const NOT_BASELINE = notBaselineColumns;

/**
 * Refuse a plan that repeats an outcome, covariate, fixed effect or subgroup, or adjusts for an
 * outcome, the arm or an identifier.
 * @example checkTrialPlan(defaultTrialPlan) // no error
 */
export function checkTrialPlan(plan: TrialPlan): void {
  const problems: string[] = [];
  const repeated = duplicates(plan.secondary);
  if (repeated.length > 0)
    problems.push(`plan.secondary: lists ${quoteAll(repeated)} more than once; list each outcome once`);
  if (plan.secondary.includes(plan.primary))
    problems.push(
      `plan.secondary: repeats the primary outcome "${plan.primary}"; the primary is analysed once and is not among the secondary outcomes`,
    );
  problems.push(...subgroupPlanProblems(plan));
  for (const field of ["covariates", "fixedEffects"] as const) {
    const twice = duplicates(plan[field]);
    if (twice.length > 0) problems.push(`plan.${field}: lists ${quoteAll(twice)} more than once`);
    // The cluster column may be a fixed effect (clustered by la_code with LA fixed effects), not a covariate.
    const wrong = plan[field].filter(
      (c) => NOT_BASELINE.includes(c) || (field === "covariates" && c === plan.cluster),
    );
    if (wrong.length > 0)
      problems.push(
        `plan.${field}: ${quoteAll(wrong)} ${wrong.length === 1 ? "is" : "are"} not a baseline characteristic (outcomes, arm, fgc_held, child_id, family_id and the cluster column cannot be adjusted for); use baseline columns such as age_years, female, disability, la_code`,
      );
  }
  const both = plan.covariates.filter((c) => plan.fixedEffects.includes(c));
  if (both.length > 0)
    problems.push(
      `plan.covariates: ${quoteAll(both)} ${both.length === 1 ? "is" : "are"} also in plan.fixedEffects; list each once`,
    );
  if ((outcomeIds as readonly string[]).includes(plan.cluster) || plan.cluster === "arm")
    problems.push(
      `plan.cluster: "${plan.cluster}" is not a unit of randomisation; use family_id (default) or la_code`,
    );
  if (problems.length > 0) throw new UsageError(problems.join("; "));
}

/**
 * Refuse a plan the input cannot support: another window than the input's outcomes, a covariate
 * of codes or blanks, or a fixed effect with too many levels. `window` is the window of the
 * input's outcome columns.
 * @example checkPlanFitsInput(defaultTrialPlan, table, 365) // no error
 */
export function checkPlanFitsInput(plan: TrialPlan, table: ColumnTable, window: number): void {
  checkPlanColumns(plan, table);
  checkSubgroupColumns(plan, table);
  if (plan.window !== window)
    throw new UsageError(
      `plan.window: ${plan.window} days, but ${table.file} holds outcomes over a fixed window of ${window} days (the _12m columns); leave window at ${window}, or pass the folder of extracts so the outcomes are derived over ${plan.window} days`,
    );
  for (const name of plan.covariates) {
    const column = table.columns[name];
    if (name === "female" || !column) continue; // trialDataFromTable names a missing column
    const text = column.find((v) => v !== null && typeof v !== "number" && typeof v !== "boolean");
    if (text !== undefined)
      throw new UsageError(
        `plan.covariates: "${name}" holds codes, not numbers (e.g. ${JSON.stringify(text)}); a code column can be a fixed effect (plan.fixedEffects) or a subgroup`,
      );
    if (table.length > 0 && column.every((v) => v === null))
      throw new UsageError(`plan.covariates: "${name}" is blank in every row of ${table.file}; leave it out`);
  }
  const limit = Math.min(MAX_FIXED_EFFECT_LEVELS, Math.floor(table.length / 2));
  for (const name of plan.fixedEffects) {
    const column = table.columns[name];
    if (!column) continue; // trialDataFromTable names a missing column
    const levels = countLevels(column, limit);
    if (levels > limit)
      throw new UsageError(
        `plan.fixedEffects: "${name}" has more than ${limit} levels in ${table.length} rows (at most ${MAX_FIXED_EFFECT_LEVELS}, and at most half the rows); a fixed effect needs several children per level, like la_code — an identifier cannot be one`,
      );
  }
}

/**
 * Refuse a covariate, fixed effect or cluster that is not a column of the input, suggesting the
 * nearest column that could serve. `female` is derived from `sex`, so it counts as a column.
 */
function checkPlanColumns(plan: TrialPlan, table: ColumnTable): void {
  const names = Object.keys(table.columns);
  const baseline = names.filter((c) => !NOT_BASELINE.includes(c));
  const numeric = baseline.filter((c) =>
    table.columns[c].every((v) => v === null || typeof v === "number" || typeof v === "boolean"),
  );
  const roles = [
    {
      what: "covariate",
      wanted: plan.covariates.filter((c) => c !== "female" || !table.columns.sex),
      could: [...numeric, ...(table.columns.sex ? ["female"] : [])],
    },
    { what: "fixed effect", wanted: plan.fixedEffects, could: baseline },
    {
      what: "cluster",
      wanted: [plan.cluster],
      could: names.filter((c) => c === "family_id" || !NOT_BASELINE.includes(c)),
    },
  ];
  const problems: string[] = [];
  for (const { what, wanted, could } of roles)
    for (const name of wanted.filter((c) => !table.columns[c])) {
      problems.push(
        `${what} \`${name}\`: no such column in ${table.file}; ${thenList(name, could, `columns that could be ${what === "cluster" ? "the cluster" : `${what}s`}`)}`,
      );
    }
  if (problems.length > 0) throw new UsageError(problems.join("; "));
}

/** Distinct values, counting stops once past `limit`. */
function countLevels(values: readonly unknown[], limit: number): number {
  const seen = new Set<unknown>();
  for (const v of values) {
    seen.add(v);
    if (seen.size > limit) break;
  }
  return seen.size;
}

function duplicates(xs: readonly string[]): string[] {
  return [...new Set(xs.filter((x, i) => xs.indexOf(x) !== i))];
}

function quoteAll(xs: readonly string[]): string {
  return xs.map((x) => `"${x}"`).join(", ");
}
