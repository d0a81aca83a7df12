// The result of a regression fit: the house ModelFit (one row per term) plus what downstream
// estimators need: the coefficient vector and both covariance matrices, in design-column order.
import type { ModelFit } from "../estimate.js";

/** Options of {@link logisticRegression} and {@link linearRegression}. */
export interface RegressionOptions {
  /** Cluster identifiers (family ids), one per row: asks for CR1/HC1 cluster-robust variance. */
  cluster?: ArrayLike<string | number>;
  /** Confidence level of the term intervals; default 0.95. */
  level?: number;
}

/** A regression fit: the model fit with the coefficients' column names and covariance. */
export interface RegressionFit extends ModelFit {
  columnNames: string[];
  /** Coefficients in design-column order; NaN for aliased columns. */
  coefficients: number[];
  /** Model-based covariance (inverse information; σ²(X'X)⁻¹ for least squares), NaN rows for aliased columns. */
  covarianceModel: number[][];
  /** CR1/HC1 cluster-robust covariance when `cluster` was given. */
  covarianceCluster?: number[][];
  /** Names of columns dropped as linear combinations of earlier columns (R reports them as NA). */
  aliased: string[];
  /** Number of estimated coefficients K. */
  rank: number;
}
