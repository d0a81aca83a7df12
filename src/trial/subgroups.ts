// Subgroup analyses of the primary (binary) outcome: within each level of each planned subgroup
// variable, the risk difference with a Miettinen–Nurminen interval; and for each variable a test
// of interaction, the joint Wald test (cluster-robust, by family) of the arm × level terms of the
// logistic model y ~ arm + level + arm:level. Subgroup effects are to be read through the
// interaction test only (Wang et al. 2007).
// Subgroups are the named ones (plan.ts) or any column of the input: its codes, or for a numeric
// column the [a, b) intervals of the plan's breaks (subgroup-spec.ts). Children with no value in
// the column are left out of that subgroup's analysis and counted in `missing` and a note.
// Choices: age bands are the LA return's (schema/codes/age-band-codes.ts: unborn, under 1, 1–4,
// 5–9, 10–15, 16 and over, as the DfE's children-looked-after bands); levels with no children
// in one arm are shown without an effect; a variable with one level is skipped with a note.
import { fewEventsCautions } from "./small-data-cautions.js";
import { ageBandCodes, ageBandOf } from "../schema/codes/age-band-codes.js";
import { buildDesignMatrix } from "../stats/regression/design-matrix.js";
import { factorLevels } from "../stats/regression/factor-levels.js";
import { logisticRegression } from "../stats/regression/logistic-regression.js";
import { waldTest } from "../stats/regression/wald-test.js";
import { riskDifference } from "../stats/two-groups/risk-difference.js";
import { armCounts } from "./itt.js";
import type { TrialPlan } from "./plan.js";
import type { SubgroupRow } from "./result.js";
import { breakLabels, breakLevel, isNamedSubgroup, subgroupSpec } from "./subgroup-spec.js";
import { pick } from "./subset.js";
import type { TrialData } from "./trial-data.js";

/**
 * The child's age band at the index date, in the bands of the LA return (schema/codes), labelled
 * for readers ("1 to 4 years"); null when the age is missing.
 */
export function ageBand(age: number): string | null {
  if (!Number.isFinite(age)) return null;
  return ageBandCodes.codes[ageBandOf(age)];
}

/** Age-band labels in their natural order. */
export const AGE_ORDER = Object.values(ageBandCodes.codes);

/**
 * Each child's level of one subgroup (null = no value), and the planned levels in their order
 * (null when the levels are the values found, sorted).
 * @example subgroupLevels(data, { column: "age_years", breaks: [1, 5, 10] }).order // ["under 1", "1 to under 5", "5 to under 10", "10 and over"]
 */
export function subgroupLevels(
  data: TrialData,
  entry: TrialPlan["subgroups"][number],
): { levels: (string | null)[]; order: string[] | null } {
  if (isNamedSubgroup(entry))
    return { levels: namedLevels(data, entry), order: entry === "age_band" ? AGE_ORDER : null };
  const spec = subgroupSpec(entry);
  const cells = data.columns[spec.column] ?? new Array(data.n).fill(null);
  const breaks = spec.breaks;
  if (!breaks) return { levels: cells.map((v) => (v === null ? null : String(v))), order: null };
  const labels = breakLabels(breaks);
  return {
    levels: cells.map((v) => (typeof v === "number" ? labels[breakLevel(v, breaks)] : null)),
    order: labels,
  };
}

function namedLevels(data: TrialData, subgroup: string): (string | null)[] {
  switch (subgroup) {
    case "age_band":
      return Array.from(data.age, ageBand);
    case "sex":
      return data.sex;
    case "ethnicity":
      return data.ethnicity;
    case "disability":
      return Array.from(data.disability, (d) =>
        Number.isNaN(d) ? null : d === 1 ? "disabled" : "not disabled",
      );
    default:
      return (
        data.factors[subgroup] ?? (data.columns[subgroup] ?? []).map((v) => (v === null ? null : String(v)))
      );
  }
}

/**
 * Each planned subgroup's risk difference per level and its interaction test, on `rows`.
 * @example subgroupAnalysis(data, "looked_after_12m", population, defaultTrialPlan).rows[0].subgroup // "age_band"
 */
export function subgroupAnalysis(
  data: TrialData,
  outcome: string,
  rows: Int32Array,
  plan: TrialPlan,
): { rows: SubgroupRow[]; notes: string[]; references: string[] } {
  const y = data.outcomes[outcome];
  const out: SubgroupRow[] = [];
  const notes: string[] = [];
  for (const entry of plan.subgroups) {
    const spec = subgroupSpec(entry);
    const subgroup = spec.id;
    const { levels: levelsOf, order } = subgroupLevels(data, entry);
    const withOutcome = Array.from(rows).filter((i) => !Number.isNaN(y[i]));
    const use = Int32Array.from(withOutcome.filter((i) => levelsOf[i] !== null));
    // Children with no value are left out of this subgroup's analysis, and counted.
    const missing = withOutcome.length - use.length;
    if (missing > 0)
      notes.push(
        `subgroup ${subgroup}: ${missing} ${missing === 1 ? "child" : "children"} with no ${spec.column} left out of this subgroup's analysis`,
      );
    const found = new Set(Array.from(use, (i) => levelsOf[i] as string));
    const levels = order ? order.filter((l) => found.has(l)) : factorLevels(found);
    for (const l of order && !isNamedSubgroup(entry) ? order.filter((l) => !found.has(l)) : [])
      notes.push(`subgroup ${subgroup}: no analysed child in level "${l}"`);
    if (levels.length < 2) {
      notes.push(`subgroup ${subgroup}: fewer than two levels among the analysed children; skipped`);
      continue;
    }
    const interaction = interactionTest(data, y, use, levelsOf, levels, plan);
    if (interaction.note) notes.push(`subgroup ${subgroup}: ${interaction.note}`);
    for (const level of levels) {
      const inLevel = Array.from(use).filter((i) => levelsOf[i] === level);
      const c = armCounts(data, y, inLevel);
      const rate = (g: { events: number; n: number }) => (g.n > 0 ? g.events / g.n : null);
      const rd = c.fgc.n > 0 && c.control.n > 0 ? riskDifference(c.fgc, c.control, plan.level) : null;
      out.push({
        subgroup,
        column: spec.column,
        ...(spec.breaks ? { breaks: spec.breaks } : {}),
        level,
        missing,
        nFgc: c.fgc.n,
        nControl: c.control.n,
        rateFgc: rate(c.fgc),
        rateControl: rate(c.control),
        riskDifference: rd ? rd.estimate : null,
        ci: rd ? rd.ci : [null, null],
        interactionP: interaction.p,
        cautions: fewEventsCautions({ fgc: c.fgc.events, control: c.control.events }),
      });
    }
  }
  return { rows: out, notes, references: ["miettinen1985", "wald1943", "liang1986"] };
}

function interactionTest(
  data: TrialData,
  y: Float64Array,
  use: Int32Array,
  levelsOf: (string | null)[],
  levels: string[],
  plan: TrialPlan,
): { p: number | null; note?: string } {
  const arm = Float64Array.from(use, (i) => data.arm[i]);
  const covariates = levels.slice(1).flatMap((level) => {
    const dummy = Float64Array.from(use, (i) => (levelsOf[i] === level ? 1 : 0));
    return [
      { name: `level:${level}`, values: dummy },
      { name: `arm:${level}`, values: dummy.map((d, k) => d * arm[k]) },
    ];
  });
  const design = buildDesignMatrix({ treatment: { name: "arm", values: arm }, covariates });
  const fit = logisticRegression(design, pick(y, use), {
    cluster: pick(data.cluster, use),
    level: plan.level,
  });
  const idx = design.columnNames.flatMap((name, j) => (name.startsWith("arm:") ? [j] : []));
  const cov = fit.covarianceCluster ?? fit.covarianceModel;
  const test = waldTest(fit.coefficients, cov, idx, design.columnNames);
  const note = [...fit.notes, ...test.notes].join("; ") || undefined;
  return { p: Number.isFinite(test.p) ? test.p : null, note };
}
