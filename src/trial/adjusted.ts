// Adjusted effects on a binary outcome: a logistic model with the plan's fixed effects (local
// authority) and covariates, cluster-robust variance by the unit of randomisation (family), and
// the adjusted risk difference and ratio by marginal standardisation with delta-method SEs
// (Muller & MacLehose 2014); and the adjusted mean difference of a count outcome by the linear
// model with the same terms and variance. Complete cases on outcome and covariates.
import { buildDesignMatrix, type DesignMatrix } from "../stats/regression/design-matrix.js";
import { linearRegression } from "../stats/regression/linear-regression.js";
import { logisticRegression } from "../stats/regression/logistic-regression.js";
import { marginalStandardisation } from "../stats/regression/marginal-standardisation.js";
import { appendAll } from "../util/append-all.js";
import type { TrialPlan } from "./plan.js";
import type { TrialEstimate } from "./result.js";
import { pick } from "./subset.js";
import type { TrialData } from "./trial-data.js";
import { waldIntervalOfEstimate } from "./wald-interval.js";

export interface AdjustedOutput {
  estimates: TrialEstimate[];
  notes: string[];
  references: string[];
}

/** "logistic_la_fe_cluster_family" for the default plan. */
export function modelMethod(kind: string, plan: TrialPlan): string {
  const short = (name: string) => name.replace(/_code$|_id$/, "");
  const fe = plan.fixedEffects.length ? `_${plan.fixedEffects.map(short).join("_")}_fe` : "";
  return `${kind}${fe}_cluster_${short(plan.cluster)}`;
}

export function adjustedBinary(
  data: TrialData,
  outcome: string,
  rows: Int32Array,
  plan: TrialPlan,
): AdjustedOutput {
  const use = completeRows(data, rows, data.outcomes[outcome], plan);
  const missing = missingArm(data, use);
  if (missing) return notEstimable(outcome, ["odds_ratio", "risk_difference", "risk_ratio"], plan, missing);
  const { y, design, options } = modelInputs(data, outcome, rows, use, plan);
  const fit = logisticRegression(design.matrix, y, options);
  const arm = fit.terms.find((t) => t.term === "arm");
  const notes = [...design.notes, ...fit.notes.map((n) => `${outcome}, adjusted logistic model: ${n}`)];
  const n = use.length;
  const estimates: TrialEstimate[] = [];
  const method = modelMethod("logistic", plan);
  if (arm) {
    estimates.push({
      outcome,
      measure: "odds_ratio",
      model: "adjusted",
      method,
      estimate: Math.exp(arm.estimate),
      ci: [Math.exp(arm.ci[0]), Math.exp(arm.ci[1])],
      se: arm.se,
      p: arm.p,
      n,
    });
  }
  const std = marginalStandardisation(design.matrix, fit, plan.level);
  for (const [measure, e] of [
    ["risk_difference", std.riskDifference],
    ["risk_ratio", std.riskRatio],
  ] as const) {
    estimates.push({
      outcome,
      measure,
      model: "adjusted",
      method: "marginal_standardisation_delta",
      estimate: e.estimate,
      ci: e.ci,
      se: e.se ?? null,
      p: e.p ?? null,
      n,
    });
    appendAll(
      notes,
      e.notes.map((x) => `${outcome}, adjusted ${measure.replace("_", " ")}: ${x}`),
    );
  }
  return {
    estimates,
    notes: dedupe(notes),
    references: [...fit.references, ...std.riskDifference.references],
  };
}

export function adjustedMean(
  data: TrialData,
  outcome: string,
  rows: Int32Array,
  plan: TrialPlan,
): AdjustedOutput {
  const use = completeRows(data, rows, data.outcomes[outcome], plan);
  const missing = missingArm(data, use);
  if (missing) return notEstimable(outcome, ["mean_difference"], plan, missing);
  const { y, design, options } = modelInputs(data, outcome, rows, use, plan);
  const fit = linearRegression(design.matrix, y, options);
  const arm = fit.terms.find((t) => t.term === "arm");
  const estimates: TrialEstimate[] = arm
    ? [
        {
          outcome,
          measure: "mean_difference",
          model: "adjusted",
          method: modelMethod("linear", plan),
          estimate: arm.estimate,
          ...waldIntervalOfEstimate(arm.estimate, arm.se, plan.level),
          se: arm.se,
          n: use.length,
        },
      ]
    : [];
  return {
    estimates,
    notes: [...design.notes, ...fit.notes.map((n) => `${outcome}, adjusted linear model: ${n}`)],
    references: fit.references,
  };
}

/**
 * The arm with no complete case ("fgc" or "control"), or null: an outcome left blank for a whole
 * arm (a column the evaluator could not fill) has no adjusted effect, and says so instead of failing.
 */
function missingArm(data: TrialData, use: Int32Array): string | null {
  let fgc = 0;
  for (const i of use) fgc += data.arm[i];
  if (fgc === 0) return "fgc";
  return fgc === use.length ? "control" : null;
}

function notEstimable(outcome: string, measures: string[], plan: TrialPlan, arm: string): AdjustedOutput {
  const nan = Number.NaN;
  return {
    estimates: measures.map((measure) => ({
      outcome,
      measure,
      model: "adjusted",
      method:
        measure === "odds_ratio"
          ? modelMethod("logistic", plan)
          : measure === "mean_difference"
            ? modelMethod("linear", plan)
            : "marginal_standardisation_delta",
      estimate: nan,
      ci: [nan, nan] as [number, number],
      se: null,
      p: null,
      n: 0,
    })),
    notes: [
      `${outcome}, adjusted models: not estimable: no child of the ${arm} arm has ${outcome} and every covariate recorded`,
    ],
    references: [],
  };
}

/** The design, outcome and fit options of the complete cases `use`, shared by both adjusted models. */
function modelInputs(data: TrialData, outcome: string, rows: Int32Array, use: Int32Array, plan: TrialPlan) {
  const all = data.outcomes[outcome];
  const design = sameDesign(data, use, plan);
  appendAll(design.notes, missingCovariateNote(rows, all, use, outcome));
  const options = { cluster: pick(data.cluster, use), level: plan.level };
  return { y: pick(all, use), design, options };
}

/**
 * The last design built for each trial's data, with the plan and rows it was built for: outcomes
 * with the same complete cases (in the sample, all four) share one design instead of building it
 * again. A design is never changed once built (withTreatment copies), so sharing it is safe.
 */
const lastDesign = new WeakMap<
  TrialData,
  { plan: TrialPlan; use: Int32Array; matrix: DesignMatrix; notes: string[] }
>();

/** designFor, reusing the last design of the same data, plan and rows. */
function sameDesign(
  data: TrialData,
  use: Int32Array,
  plan: TrialPlan,
): { matrix: DesignMatrix; notes: string[] } {
  const last = lastDesign.get(data);
  if (last && last.plan === plan && sameRows(last.use, use))
    return { matrix: last.matrix, notes: [...last.notes] };
  const design = designFor(data, use, plan);
  lastDesign.set(data, { plan, use, matrix: design.matrix, notes: [...design.notes] });
  return design;
}

function sameRows(a: Int32Array, b: Int32Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** A note when the adjusted model leaves out children with the outcome but a covariate missing. */
function missingCovariateNote(rows: Int32Array, y: Float64Array, use: Int32Array, outcome: string): string[] {
  let withOutcome = 0;
  for (const i of rows) if (!Number.isNaN(y[i])) withOutcome++;
  const left = withOutcome - use.length;
  return left > 0
    ? [
        `${outcome}, adjusted models: ${left} children with a covariate missing were left out (complete cases, n = ${use.length})`,
      ]
    : [];
}

/** Rows with the outcome and every covariate present. */
export function completeRows(
  data: TrialData,
  rows: Int32Array,
  y: Float64Array,
  plan: TrialPlan,
): Int32Array {
  const covs = plan.covariates.map((c) => data.covariates[c]);
  const keep: number[] = [];
  for (const i of rows) if (!Number.isNaN(y[i]) && covs.every((c) => !Number.isNaN(c[i]))) keep.push(i);
  return Int32Array.from(keep);
}

/** The design of the adjusted models; a factor with one level among the rows is left out, with a note. */
export function designFor(
  data: TrialData,
  rows: Int32Array,
  plan: TrialPlan,
): { matrix: DesignMatrix; notes: string[] } {
  const notes: string[] = [];
  const factors = plan.fixedEffects.flatMap((name) => {
    const values = Array.from(rows, (i) => data.factors[name][i]);
    if (new Set(values).size < 2) {
      notes.push(
        `${name} has a single level among the analysed children, so its fixed effects were left out`,
      );
      return [];
    }
    return [{ name, values }];
  });
  const matrix = buildDesignMatrix({
    treatment: { name: "arm", values: pick(Float64Array.from(data.arm), rows) },
    factors,
    covariates: plan.covariates.map((name) => ({ name, values: pick(data.covariates[name], rows) })),
  });
  return { matrix, notes };
}

function dedupe(xs: string[]): string[] {
  return [...new Set(xs)];
}
