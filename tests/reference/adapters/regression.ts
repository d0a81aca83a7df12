/**
 * Adapters for regression.logistic_cluster, regression.linear_cluster and iv.cace: the case's
 * columns become a design (treatment, factor(fixed_effects), covariates, as in its formula) and
 * the fit's terms are read back under the reference's field names.
 */
import { caceTwoStageLeastSquares } from "../../../src/stats/iv/cace-two-stage-least-squares.js";
import { caceWaldRatio } from "../../../src/stats/iv/cace-wald-ratio.js";
import { buildDesignMatrix, type DesignMatrix } from "../../../src/stats/regression/design-matrix.js";
import { linearRegression } from "../../../src/stats/regression/linear-regression.js";
import { logisticRegression } from "../../../src/stats/regression/logistic-regression.js";
import { marginalStandardisation } from "../../../src/stats/regression/marginal-standardisation.js";
import type { RegressionFit } from "../../../src/stats/regression/regression-fit.js";
import type { Adapter } from "./types.js";

// biome-ignore lint/suspicious/noExplicitAny: reference inputs are untyped JSON.
type Input = any;

function outcomeOf(formula: string): string {
  return formula.split("~")[0].trim();
}

function designOf(input: Input): DesignMatrix {
  const data = input.data;
  const fixed: string[] = input.fixed_effects ? [].concat(input.fixed_effects) : [];
  return buildDesignMatrix({
    treatment: { name: input.treatment, values: data[input.treatment] },
    factors: fixed.map((f) => ({ name: f, values: data[f] })),
    covariates: (input.covariates ?? []).map((c: string) => ({ name: c, values: data[c] })),
  });
}

/** coef_X, se_model_X and se_cluster_X for every covariate X, whichever a case names. */
function termFields(fit: RegressionFit, covariates: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const c of covariates) {
    const t = term(fit, c);
    out[`coef_${c}`] = t.estimate;
    out[`se_model_${c}`] = t.seModel;
    out[`se_cluster_${c}`] = t.se;
  }
  return out;
}

function term(fit: RegressionFit, name: string) {
  const t = fit.terms.find((x) => x.term === name);
  if (!t) throw new Error(`no term ${name} in ${fit.columnNames.join(", ")}`);
  return t;
}

export const regressionAdapters: Record<string, Adapter> = {
  "regression.logistic_cluster": (input: Input) => {
    const design = designOf(input);
    const level = input.level ?? 0.95;
    const fit = logisticRegression(design, input.data[outcomeOf(input.formula)], {
      cluster: input.data[input.cluster],
      level,
    });
    const arm = term(fit, input.treatment);
    const std = marginalStandardisation(design, fit, level);
    return {
      ...termFields(fit, input.covariates ?? []),
      coef_arm: arm.estimate,
      se_model_arm: arm.seModel,
      se_cluster_arm: arm.se,
      or_arm: Math.exp(arm.estimate),
      or_lower: Math.exp(arm.ci[0]),
      or_upper: Math.exp(arm.ci[1]),
      adjusted_rd: std.riskDifference.estimate,
      adjusted_rd_se: std.riskDifference.se,
      adjusted_rd_lower: std.riskDifference.ci[0],
      adjusted_rd_upper: std.riskDifference.ci[1],
      adjusted_rr: std.riskRatio.estimate,
      adjusted_log_rr_se: std.riskRatio.se,
      adjusted_rr_lower: std.riskRatio.ci[0],
      adjusted_rr_upper: std.riskRatio.ci[1],
      n_clusters: fit.nClusters,
      n: fit.n,
    };
  },
  "regression.linear_cluster": (input: Input) => {
    const fit = linearRegression(designOf(input), input.data[outcomeOf(input.formula)], {
      cluster: input.data[input.cluster],
      level: input.level ?? 0.95,
    });
    const arm = term(fit, input.treatment);
    return {
      ...termFields(fit, input.covariates ?? []),
      coef_arm: arm.estimate,
      se_model_arm: arm.seModel,
      se_cluster_arm: arm.se,
    };
  },
  "iv.cace": (input: Input) => {
    const data = input.data;
    const wald = caceWaldRatio(data[input.outcome], data[input.received], data[input.assigned]);
    const fixed: string[] = input.fixed_effects ? [].concat(input.fixed_effects) : [];
    const tsls = caceTwoStageLeastSquares({
      outcome: data[input.outcome],
      received: { name: input.received, values: data[input.received] },
      assigned: data[input.assigned],
      factors: fixed.map((f) => ({ name: f, values: data[f] })),
      cluster: data[input.cluster],
    });
    const t = term(tsls, input.received);
    return { wald_ratio: wald.estimate, tsls_coef: t.estimate, tsls_se_cluster: t.se };
  },
};
