// The least-squares core shared by linear regression and two-stage least squares: coefficients
// by Cholesky of X'X on the non-aliased columns, residuals, the model-based covariance
// σ²(X'X)⁻¹ and, given clusters, the CR1/HC1 cluster-robust covariance.
//
// Method: normal equations by Cholesky (Golub & Van Loan 2013, §5.3) [golub2013]; sandwich
// variance as sandwich::vcovCL(type = "HC1") [zeileis2020].
// Choices: for 2SLS the coefficients come from the projected design (`solve`) while residuals use
// the actual regressors (`residual`), as AER::ivreg does; the sandwich's bread and meat use the
// projected design.
import { choleskyInverse, cholesky, choleskySolve, type SquareMatrix } from "../linalg/matrix.js";
import { embedMatrix, submatrix } from "../linalg/submatrix.js";
import { activeColumns } from "./aliased-columns.js";
import { clusterRobustVariance } from "./cluster-robust-variance.js";
import { crossProductVector, linearPredictor, weightedCrossProduct } from "./design-algebra.js";
import type { DesignMatrix } from "./design-matrix.js";
import { encodeClusters } from "./encode-clusters.js";

export interface LeastSquaresFit {
  /** Coefficients in design order; NaN for aliased columns. */
  beta: Float64Array;
  aliased: number[];
  /** Rank K: estimated coefficients. */
  k: number;
  /** Residual degrees of freedom N − K. */
  df: number;
  covModel: SquareMatrix;
  covCluster?: SquareMatrix;
  nClusters?: number;
}

export function leastSquaresFit(
  solve: DesignMatrix,
  residual: DesignMatrix,
  y: ArrayLike<number>,
  cluster: ArrayLike<string | number> | undefined,
  notes: string[],
): LeastSquaresFit {
  const { n, p, columnNames } = solve;
  const xtx = weightedCrossProduct(solve);
  const { active, aliased } = activeColumns(xtx, columnNames, notes);
  const k = active.length;
  const chol = cholesky(submatrix(xtx, active), 0);
  const xty = crossProductVector(solve, y);
  const bActive = choleskySolve(
    chol,
    Array.from(active, (j) => xty[j]),
  );
  const beta = new Float64Array(p);
  active.forEach((j, a) => {
    beta[j] = bActive[a];
  });
  const fitted = linearPredictor(residual, beta);
  const resid = new Float64Array(n);
  let rss = 0;
  for (let i = 0; i < n; i++) {
    resid[i] = y[i] - fitted[i];
    rss += resid[i] * resid[i];
  }
  const df = n - k;
  const sigma2 = df > 0 ? rss / df : Number.NaN;
  if (df <= 0) notes.push(`no residual degrees of freedom (N = ${n}, K = ${k}): variances are not estimable`);
  const bread = choleskyInverse(chol);
  const covModel = embedMatrix({ p: k, data: bread.data.map((v) => v * sigma2) }, active, p);
  let covCluster: SquareMatrix | undefined;
  let nClusters: number | undefined;
  if (cluster) {
    const clusters = encodeClusters(cluster);
    nClusters = clusters.count;
    if (clusters.count < 2)
      notes.push("a single cluster: the cluster-robust variance is not estimable (G/(G − 1))");
    covCluster = clusterRobustVariance(solve, resid, bread, clusters, active);
  }
  for (const j of aliased) beta[j] = Number.NaN;
  return { beta, aliased, k, df, covModel, covCluster, nClusters };
}
