import { StatsError } from "../../util/errors.js";
import { assertFiniteArray, assertLevel } from "../assert.js";
import { cholesky, choleskySolve } from "../linalg/matrix.js";
import { submatrix } from "../linalg/submatrix.js";
import { activeColumns } from "../regression/aliased-columns.js";
import { leastSquaresFit } from "../regression/least-squares.js";
import { crossProductVector, linearPredictor, weightedCrossProduct } from "../regression/design-algebra.js";
import {
  buildDesignMatrix,
  type DesignMatrix,
  type FactorColumn,
  type NumericColumn,
  withTreatment,
} from "../regression/design-matrix.js";
import { matrixRows, modelTerms } from "../regression/model-terms.js";
import type { RegressionFit } from "../regression/regression-fit.js";

export interface CaceTslsInput {
  outcome: ArrayLike<number>;
  /** The endogenous regressor: receipt of the intervention (FGC held), 1/0. */
  received: NumericColumn;
  /** The instrument: assigned arm, 1/0. */
  assigned: ArrayLike<number>;
  factors?: FactorColumn[];
  covariates?: NumericColumn[];
  cluster?: ArrayLike<string | number>;
  level?: number;
}

/**
 * Complier average causal effect by two-stage least squares: y ~ received + factors + covariates,
 * with received instrumented by the assigned arm (the factors and covariates are their own
 * instruments), and cluster-robust (CR1/HC1) variance.
 *
 * Method: Angrist, Imbens & Rubin (1996) [angrist1996]; 2SLS and its robust variance as
 * Wooldridge (2010, §5.2, §8.3) [wooldridge2010]. With X the regressors and X̂ = X with received
 * replaced by its first-stage fitted values: β = (X̂'X̂)⁻¹X̂'y; residuals e = y − Xβ use the
 * actual receipt, not the fitted one; model variance σ²(X̂'X̂)⁻¹ with σ² = e'e/(N − K); the
 * cluster-robust variance is the sandwich with scores e_i x̂_i and bread (X̂'X̂)⁻¹, times
 * G/(G − 1)·(N − 1)/(N − K).
 * Choices: follows AER::ivreg + sandwich::vcovCL(type = "HC1"); Student t on N − K degrees of
 * freedom for intervals; aliased columns (including a received column the instrument cannot
 * predict) are dropped, reported with NaN and named in a note.
 * Checked against: iv.cace (tsls_coef, tsls_se_cluster).
 * @example
 * ```ts
 * import { caceTwoStageLeastSquares } from "fgc-toolkit";
 * const fit = caceTwoStageLeastSquares({
 *   outcome: [0, 0, 0, 1, 1, 1, 0, 1, 1, 1],
 *   received: { name: "fgc_held", values: [1, 1, 1, 0, 0, 0, 0, 0, 0, 0] },
 *   assigned: [1, 1, 1, 1, 1, 0, 0, 0, 0, 0],
 * });
 * fit.terms[1].term; // => "fgc_held"
 * fit.terms[1].estimate; // => -0.6667
 * ```
 */
export function caceTwoStageLeastSquares(input: CaceTslsInput): RegressionFit {
  const fn = "caceTwoStageLeastSquares";
  const level = input.level ?? 0.95;
  assertLevel(fn, level);
  const x = buildDesignMatrix({
    treatment: input.received,
    factors: input.factors,
    covariates: input.covariates,
  });
  const { n, columnNames } = x;
  const y = input.outcome;
  if (y.length !== n) throw new StatsError(fn, "outcome.length", y.length, `the number of rows (${n})`);
  if (input.assigned.length !== n)
    throw new StatsError(fn, "assigned.length", input.assigned.length, `the number of rows (${n})`);
  assertFiniteArray(fn, "outcome", y);
  assertFiniteArray(fn, "assigned", input.assigned);
  if (input.cluster && input.cluster.length !== n)
    throw new StatsError(fn, "cluster.length", input.cluster.length, `the number of rows (${n})`);
  const notes: string[] = [];

  // First stage: received on the instruments (assigned + exogenous columns).
  const z = withTreatment(x, input.assigned);
  const firstNotes: string[] = [];
  const gamma = leastSquares(z, input.received.values, firstNotes);
  const receivedHat = linearPredictor(z, gamma);
  const xHat = withTreatment(x, receivedHat);

  // Second stage on the projected regressors; residuals with the actual ones.
  const { beta, aliased, k, df, covModel, covCluster, nClusters } = leastSquaresFit(
    xHat,
    x,
    y,
    input.cluster,
    notes,
  );
  notes.push(
    `${input.received.name} instrumented by the assigned arm; residuals use the actual ${input.received.name}`,
  );
  return {
    method: "iv.cace",
    terms: modelTerms({
      names: columnNames,
      beta,
      covModel,
      covUsed: covCluster ?? covModel,
      level,
      df,
      notEstimable: new Set(aliased),
    }),
    variance: covCluster ? "cluster_hc1" : "model",
    level,
    n,
    ...(nClusters !== undefined ? { nClusters } : {}),
    converged: true,
    iterations: 1,
    references: [
      "angrist1996",
      "wooldridge2010",
      ...(covCluster ? ["liang1986", "cameron2015", "zeileis2020"] : []),
    ],
    notes,
    columnNames,
    coefficients: Array.from(beta),
    covarianceModel: matrixRows(covModel),
    ...(covCluster ? { covarianceCluster: matrixRows(covCluster) } : {}),
    aliased: aliased.map((j) => columnNames[j]),
    rank: k,
  };
}

/** Least-squares coefficients (0 for aliased columns) of y on `design`. */
function leastSquares(design: DesignMatrix, y: ArrayLike<number>, notes: string[]): Float64Array {
  const xtx = weightedCrossProduct(design);
  const { active } = activeColumns(xtx, design.columnNames, notes);
  const chol = cholesky(submatrix(xtx, active), 0);
  const xty = crossProductVector(design, y);
  const b = choleskySolve(
    chol,
    Array.from(active, (j) => xty[j]),
  );
  const beta = new Float64Array(design.p);
  active.forEach((j, a) => {
    beta[j] = b[a];
  });
  return beta;
}
