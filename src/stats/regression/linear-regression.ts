import { StatsError } from "../../util/errors.js";
import { assertFiniteArray, assertLevel } from "../assert.js";
import type { DesignMatrix } from "./design-matrix.js";
import { leastSquaresFit } from "./least-squares.js";
import { matrixRows, modelTerms } from "./model-terms.js";
import type { RegressionFit, RegressionOptions } from "./regression-fit.js";

/**
 * Linear regression by least squares with model-based and cluster-robust (CR1/HC1) variance.
 *
 * Method: normal equations solved by Cholesky of X'X (Golub & Van Loan 2013, §5.3) [golub2013];
 * cluster-robust variance as Liang & Zeger (1986) [liang1986] with the HC1 factor
 * G/(G − 1)·(N − 1)/(N − K) (Cameron & Miller 2015 [cameron2015]; Zeileis et al. 2020 [zeileis2020]).
 * Choices: aliased columns (linear combinations of earlier ones) are dropped, reported with NaN
 * and named in a note, as R's lm does with NA; intervals and p-values use Student t on N − K
 * degrees of freedom, as summary.lm and lmtest::coeftest(vcov = vcovCL) do; the model SE uses
 * σ² = RSS/(N − K).
 * Checked against: regression.linear_cluster (R lm + sandwich::vcovCL(type = "HC1")).
 * @example
 * ```ts
 * import { buildDesignMatrix, linearRegression } from "fgc-toolkit";
 * const x = buildDesignMatrix({ covariates: [{ name: "x", values: [0, 1, 2, 3] }] });
 * const fit = linearRegression(x, [1, 3, 5, 8]);
 * fit.terms.map((t) => t.estimate); // => [0.8, 2.3]
 * fit.terms[1].se; // => 0.1732
 * ```
 */
export function linearRegression(
  design: DesignMatrix,
  y: ArrayLike<number>,
  options: RegressionOptions = {},
): RegressionFit {
  const fn = "linearRegression";
  const level = options.level ?? 0.95;
  assertLevel(fn, level);
  const { n, columnNames } = design;
  if (y.length !== n) throw new StatsError(fn, "y.length", y.length, `the number of design rows (${n})`);
  assertFiniteArray(fn, "y", y);
  if (options.cluster && options.cluster.length !== n)
    throw new StatsError(fn, "cluster.length", options.cluster.length, `the number of design rows (${n})`);
  const notes: string[] = [];
  const { beta, aliased, k, df, covModel, covCluster, nClusters } = leastSquaresFit(
    design,
    design,
    y,
    options.cluster,
    notes,
  );
  const aliasedSet = new Set(aliased);
  return {
    method: "regression.linear_cluster",
    terms: modelTerms({
      names: columnNames,
      beta,
      covModel,
      covUsed: covCluster ?? covModel,
      level,
      df,
      notEstimable: aliasedSet,
    }),
    variance: covCluster ? "cluster_hc1" : "model",
    level,
    n,
    ...(nClusters !== undefined ? { nClusters } : {}),
    converged: true,
    iterations: 1,
    references: covCluster ? ["golub2013", "liang1986", "cameron2015", "zeileis2020"] : ["golub2013"],
    notes,
    columnNames,
    coefficients: Array.from(beta),
    covarianceModel: matrixRows(covModel),
    ...(covCluster ? { covarianceCluster: matrixRows(covCluster) } : {}),
    aliased: aliased.map((j) => columnNames[j]),
    rank: k,
  };
}
