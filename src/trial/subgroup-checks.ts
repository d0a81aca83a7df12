// Checks of the plan's subgroups, refused in plain English before any model is fitted (UsageError,
// exit 2, nothing written), each naming the subgroup as the plan writes it:
//
// - `subgroupPlanProblems` (the plan alone): a subgroup listed twice; an identifier, outcome, the
//   arm or fgc_held (not baseline characteristics: a subgroup defined after randomisation breaks
//   the comparison); breaks that are not strictly increasing.
// - `checkSubgroupColumns` (the plan against the data): a column that does not exist (the nearest
//   is suggested and the columns that could be subgroups listed); a date column; a categorical
//   column with more than MAX_SUBGROUP_LEVELS levels, or a numeric one with more and no breaks
//   (breaks at its quartiles are suggested); breaks on a column of codes; breaks that leave a
//   level with no child.
//
// The named subgroups (plan.ts `subgroupIds`) read columns every trial file has; la_code may have
// any number of levels.
import type { CellValue, ColumnTable } from "../schema/table.js";
import { UsageError } from "../util/errors.js";
import { MAX_SUBGROUP_LEVELS, notBaselineColumns, subgroupIds, type TrialPlan } from "./plan.js";
import { thenList } from "./plan-errors.js";
import { breakLabels, breakLevel, isNamedSubgroup, subgroupSpec } from "./subgroup-spec.js";

/** Columns holding dates (day numbers): cut at breaks they would be labelled in days since 1970. */
const DATE_COLUMNS: readonly string[] = ["index_date"];

/**
 * What is wrong with the plan's subgroups on their own, one message each.
 * @example subgroupPlanProblems(defaultTrialPlan) // []
 */
export function subgroupPlanProblems(plan: TrialPlan): string[] {
  const specs = plan.subgroups.map(subgroupSpec);
  const problems: string[] = [];
  const ids = specs.map((s) => s.id);
  const twice = [...new Set(ids.filter((x, i) => ids.indexOf(x) !== i))];
  if (twice.length > 0)
    problems.push(`plan.subgroups: lists ${twice.map((x) => `"${x}"`).join(", ")} more than once`);
  const wrong = specs.filter((s) => notBaselineColumns.includes(s.column)).map((s) => `\`${s.id}\``);
  if (wrong.length > 0)
    problems.push(
      `${wrong.length === 1 ? "subgroup" : "subgroups"} ${wrong.join(", ")}: not ${wrong.length === 1 ? "a baseline characteristic" : "baseline characteristics"} (outcomes, arm, fgc_held, child_id and family_id cannot be subgroups); use a column measured before randomisation, such as age_years, sex or ethnicity`,
    );
  for (const spec of specs) {
    const b = spec.breaks;
    if (b?.some((x, k) => !Number.isFinite(x) || (k > 0 && x <= b[k - 1])))
      problems.push(`subgroup \`${spec.id}\`: breaks must be strictly increasing; got [${b.join(", ")}]`);
  }
  return problems;
}

/**
 * Refuse a subgroup the input cannot support (all problems in one UsageError).
 * @example checkSubgroupColumns(defaultTrialPlan, table) // no error on the sample trial file
 */
export function checkSubgroupColumns(plan: TrialPlan, table: ColumnTable): void {
  const problems: string[] = [];
  for (const entry of plan.subgroups) {
    const spec = subgroupSpec(entry);
    if (isNamedSubgroup(entry) && table.columns[spec.column]) continue;
    const values = table.columns[spec.column];
    const where = `in ${table.file}`;
    if (!values) {
      problems.push(
        `subgroup \`${spec.id}\`: no such column in ${table.file}; ${thenList(spec.id, subgroupCandidates(table), "columns that could be subgroups")}`,
      );
      continue;
    }
    if (DATE_COLUMNS.includes(spec.column)) {
      problems.push(
        `subgroup \`${spec.id}\`: a date column cannot be a subgroup; derive a period column instead`,
      );
      continue;
    }
    const present = values.filter((v): v is Exclude<CellValue, null> => v !== null);
    const text = present.find((v) => typeof v !== "number");
    if (spec.breaks) {
      if (text !== undefined) {
        problems.push(
          `subgroup \`${spec.id}\`: breaks given, but ${spec.column} holds codes, not numbers (e.g. ${JSON.stringify(text)}); leave breaks out for a categorical column`,
        );
        continue;
      }
      const counts = new Array(spec.breaks.length + 1).fill(0);
      for (const v of present) counts[breakLevel(v as number, spec.breaks)]++;
      const labels = breakLabels(spec.breaks);
      const empty = labels.filter((_, k) => counts[k] === 0);
      if (empty.length > 0)
        problems.push(
          `subgroup \`${spec.id}\`: breaks [${spec.breaks.join(", ")}] leave ${empty.length === 1 ? "the level" : "the levels"} ${empty.map((l) => `"${l}"`).join(", ")} with no child ${where}${present.length > 0 ? ` (${spec.column} runs from ${range(present as number[])})` : ""}; choose breaks inside the data`,
        );
      continue;
    }
    const levels = new Set(present).size;
    if (levels === 0) problems.push(`subgroup \`${spec.id}\`: ${spec.column} is blank in every row ${where}`);
    else if (levels > MAX_SUBGROUP_LEVELS)
      problems.push(
        text === undefined
          ? `subgroup \`${spec.id}\`: ${spec.column} is numeric with ${levels} distinct values; a numeric subgroup needs breaks, e.g. { "column": "${spec.column}", "breaks": [${quartileBreaks(present as number[]).join(", ")}] }`
          : `subgroup \`${spec.id}\`: ${spec.column} has ${levels} levels; a categorical subgroup may have at most ${MAX_SUBGROUP_LEVELS}${(subgroupIds as readonly string[]).includes(spec.column) ? ` (the plain name "${spec.column}" analyses every level)` : ""}`,
      );
  }
  if (problems.length > 0) throw new UsageError(problems.join("; "));
}

/**
 * The subgroups this table could have: the named ones whose column it holds, then each other
 * baseline column that is numeric or has at most MAX_SUBGROUP_LEVELS levels.
 * @example subgroupCandidates(sampleTable) // ["age_band", "sex", "ethnicity", "disability", "la_code", "age_years"]
 */
export function subgroupCandidates(table: ColumnTable): string[] {
  const named = subgroupIds.filter((id) => table.columns[id === "age_band" ? "age_years" : id]);
  const others = Object.keys(table.columns).filter((c) => {
    if ((named as string[]).includes(c) || notBaselineColumns.includes(c) || DATE_COLUMNS.includes(c))
      return false;
    const present = table.columns[c].filter((v) => v !== null);
    if (present.length === 0) return false;
    return present.every((v) => typeof v === "number") || new Set(present).size <= MAX_SUBGROUP_LEVELS;
  });
  return [...named, ...others];
}

/** "−0.9 to 17.9" */
function range(xs: number[]): string {
  let lo = xs[0];
  let hi = xs[0];
  for (const x of xs) {
    if (x < lo) lo = x;
    if (x > hi) hi = x;
  }
  const f = (x: number) => (x < 0 ? `\u2212${-x}` : String(x));
  return `${f(lo)} to ${f(hi)}`;
}

/** The quartiles of xs to two significant figures, each once: a starting point, not a choice. */
function quartileBreaks(xs: number[]): number[] {
  const sorted = [...xs].sort((a, b) => a - b);
  const q = [0.25, 0.5, 0.75].map((p) => Number(sorted[Math.floor((sorted.length - 1) * p)].toPrecision(2)));
  return [...new Set(q)];
}
