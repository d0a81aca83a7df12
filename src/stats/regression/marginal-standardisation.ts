import { StatsError } from "../../util/errors.js";
import { normalQuantile, normalTwoSidedP } from "../distributions/normal.js";
import type { Estimate } from "../estimate.js";
import { notEstimable } from "../not-estimable.js";
import { linearPredictor } from "./design-algebra.js";
import { type DesignMatrix, withTreatment } from "./design-matrix.js";
import { expit, type LogisticFit } from "./logistic-regression.js";

/** Risks standardised over the sample from a logistic fit, and their difference and ratio. */
export interface StandardisedRisks {
  /** Mean predicted risk with everyone's treatment set to 1. */
  riskExposed: number;
  /** Mean predicted risk with everyone's treatment set to 0. */
  riskComparator: number;
  riskDifference: Estimate;
  riskRatio: Estimate;
}

/**
 * Adjusted risk difference and risk ratio from a logistic model by marginal standardisation:
 * the mean predicted risk over all rows with the treatment set to 1 (p̄₁) and to 0 (p̄₀),
 * RD = p̄₁ − p̄₀ and RR = p̄₁ / p̄₀, with delta-method standard errors.
 *
 * Method: Muller & MacLehose (2014) [muller2014]; delta method as Localio et al. (2007)
 * [localio2007]. With ∂p̄_t/∂β = (1/N) Σ_i μ_i^t (1 − μ_i^t) x_i^t:
 *   var(RD) = g_RD' V g_RD, g_RD = ∂p̄₁/∂β − ∂p̄₀/∂β;
 *   var(log RR) = g' V g, g = (∂p̄₁/∂β)/p̄₁ − (∂p̄₀/∂β)/p̄₀.
 * Choices: V is the fit's cluster-robust covariance when it has one, else the model one; normal
 * intervals, RD on the identity scale and RR on the log scale (se of RR is that of log RR).
 * Aliased columns carry no variance (their gradient entries are left out). Not estimable (NaN
 * and a note) when the treatment column is aliased or separated, or p̄₀ = 0 for the RR.
 * Checked against: regression.logistic_cluster (adjusted_rd…, adjusted_rr…, adjusted_log_rr_se).
 * @example
 * ```ts
 * import { buildDesignMatrix, logisticRegression, marginalStandardisation } from "fgc-toolkit";
 * const arm = [1, 1, 1, 1, 1, 0, 0, 0, 0, 0];
 * const y = [1, 0, 0, 0, 1, 1, 1, 0, 1, 1];
 * const x = buildDesignMatrix({ treatment: { name: "arm", values: arm } });
 * const risks = marginalStandardisation(x, logisticRegression(x, y));
 * risks.riskDifference.estimate; // => -0.4
 * ```
 */
export function marginalStandardisation(
  design: DesignMatrix,
  fit: LogisticFit,
  level = fit.level,
): StandardisedRisks {
  const fn = "marginalStandardisation";
  if (design.treatmentColumn < 0)
    throw new StatsError(fn, "design", "no treatment column", "a design with a treatment");
  if (fit.coefficients.length !== design.p)
    throw new StatsError(
      fn,
      "fit",
      fit.coefficients.length,
      `a fit of this design (${design.p} coefficients)`,
    );
  const refs = ["muller2014", "localio2007"];
  const treatName = design.columnNames[design.treatmentColumn];
  const n = design.n;
  const rdMethod = "regression.standardised_risk_difference";
  const rrMethod = "regression.standardised_risk_ratio";
  if (fit.aliased.includes(treatName) || fit.separated.includes(treatName)) {
    const why = `the ${treatName} coefficient is ${fit.aliased.includes(treatName) ? "aliased" : "diverging (separation)"}`;
    return {
      riskExposed: Number.NaN,
      riskComparator: Number.NaN,
      riskDifference: notEstimable(rdMethod, level, n, why, refs),
      riskRatio: notEstimable(rrMethod, level, n, why, refs),
    };
  }
  const p = design.p;
  const beta = fit.coefficients.map((b) => (Number.isNaN(b) ? 0 : b));
  const exposed = meanRiskAndGradient(withTreatment(design, 1), beta);
  const comparator = meanRiskAndGradient(withTreatment(design, 0), beta);
  const cov = fit.covarianceCluster ?? fit.covarianceModel;
  const aliased = new Set(fit.aliased.map((name) => design.columnNames.indexOf(name)));
  const quad = (g: Float64Array): number => {
    let s = 0;
    for (let i = 0; i < p; i++) {
      if (aliased.has(i) || g[i] === 0) continue;
      for (let j = 0; j < p; j++) if (!aliased.has(j)) s += g[i] * cov[i][j] * g[j];
    }
    return s;
  };
  const gRd = new Float64Array(p);
  const gLogRr = new Float64Array(p);
  for (let j = 0; j < p; j++) {
    gRd[j] = exposed.gradient[j] - comparator.gradient[j];
    gLogRr[j] = exposed.gradient[j] / exposed.risk - comparator.gradient[j] / comparator.risk;
  }
  const z = normalQuantile((1 + level) / 2);
  const rd = exposed.risk - comparator.risk;
  const rdSe = Math.sqrt(quad(gRd));
  const notes = [
    `standardised over all ${n} rows with ${treatName} set to 1 and to 0; delta-method SE with the ${fit.covarianceCluster ? "cluster-robust (HC1)" : "model-based"} covariance`,
  ];
  const riskDifference: Estimate = {
    estimate: rd,
    ci: [rd - z * rdSe, rd + z * rdSe],
    level,
    method: rdMethod,
    n,
    se: rdSe,
    scale: "identity",
    p: rdSe > 0 ? normalTwoSidedP(rd / rdSe) : Number.NaN,
    references: refs,
    notes: [...notes],
  };
  let riskRatio: Estimate;
  if (!(comparator.risk > 0 && exposed.risk > 0)) {
    riskRatio = notEstimable(
      rrMethod,
      level,
      n,
      "a standardised risk is 0, so the log ratio is undefined",
      refs,
    );
  } else {
    const logRr = Math.log(exposed.risk / comparator.risk);
    const se = Math.sqrt(quad(gLogRr));
    riskRatio = {
      estimate: Math.exp(logRr),
      ci: [Math.exp(logRr - z * se), Math.exp(logRr + z * se)],
      level,
      method: rrMethod,
      n,
      se,
      scale: "log",
      p: se > 0 ? normalTwoSidedP(logRr / se) : Number.NaN,
      references: refs,
      notes: [...notes],
    };
  }
  return { riskExposed: exposed.risk, riskComparator: comparator.risk, riskDifference, riskRatio };
}

/** Mean of μ_i = expit(x_i'β) and its gradient (1/N) Σ μ_i(1 − μ_i) x_i. */
function meanRiskAndGradient(design: DesignMatrix, beta: number[]): { risk: number; gradient: Float64Array } {
  const { n, p, denseWidth: d, dense, denseColumns: dc, factors } = design;
  const eta = linearPredictor(design, beta);
  const gradient = new Float64Array(p);
  let risk = 0;
  for (let i = 0; i < n; i++) {
    const mu = expit(eta[i]);
    const w = mu * (1 - mu);
    risk += mu;
    const base = i * d;
    for (let a = 0; a < d; a++) gradient[dc[a]] += w * dense[base + a];
    for (const f of factors) if (f.column[i] >= 0) gradient[f.column[i]] += w;
  }
  for (let j = 0; j < p; j++) gradient[j] /= n;
  return { risk: risk / n, gradient };
}
