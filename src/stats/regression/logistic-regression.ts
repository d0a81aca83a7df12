import { StatsError } from "../../util/errors.js";
import { assertLevel } from "../assert.js";
import { choleskyInverse, cholesky, choleskySolve, type SquareMatrix } from "../linalg/matrix.js";
import { embedMatrix, submatrix } from "../linalg/submatrix.js";
import { activeColumns } from "./aliased-columns.js";
import { clusterRobustVariance } from "./cluster-robust-variance.js";
import { crossProductVector, linearPredictor, weightedCrossProduct } from "./design-algebra.js";
import type { DesignMatrix } from "./design-matrix.js";
import { encodeClusters } from "./encode-clusters.js";
import { matrixRows, modelTerms } from "./model-terms.js";
import type { RegressionFit, RegressionOptions } from "./regression-fit.js";
import { divergingColumns } from "./separation.js";

export interface LogisticOptions extends RegressionOptions {
  /** Iteration cap; default 50. */
  maxIterations?: number;
  /** Relative deviance change that counts as converged; default 1e-10. */
  tolerance?: number;
}

/** A logistic regression fit: the model fit with the design's column names and the residual deviance. */
export interface LogisticFit extends RegressionFit {
  /** Residual deviance −2 log L at the final coefficients. */
  deviance: number;
  /** Names of columns whose coefficients diverge (separation); empty when the MLE exists. */
  separated: string[];
}

/**
 * Logistic regression (binomial GLM, logit link) by Newton–Raphson / IRLS with step-halving, with
 * model-based and cluster-robust (CR1/HC1) variance.
 *
 * Method: iteratively reweighted least squares (McCullagh & Nelder 1989, §4.4) [mccullagh1989];
 * for the canonical link Newton and Fisher scoring coincide: β ← β + (X'WX)⁻¹X'(y − μ),
 * W = diag(μ(1 − μ)). Cluster-robust variance: Liang & Zeger (1986) [liang1986] with the HC1
 * factor G/(G − 1)·(N − 1)/(N − K) as sandwich::vcovCL(type = "HC1") [zeileis2020]. Separation:
 * Albert & Anderson (1984) [albert1984].
 * Choices:
 * - start at β = 0; converged when |D − D_old|/(|D| + 0.1) < 1e-10 (glm's rule, tighter than its
 *   1e-8); at most 50 iterations; a step that raises the deviance is halved up to 30 times.
 * - aliased columns are dropped, reported with NaN and named in a note, as glm does with NA.
 * - separation: when fitted probabilities reach within 1e-6 of 0 or 1 and the last Newton step
 *   still moves coefficients (|Δβ_j| · max|x_j| > 0.5, where a converging fit moves < 1e-3), the
 *   MLE does not exist. The fit is returned with `converged: false`, the diverging terms set to
 *   NaN and named in a note (the coefficient vector keeps the last iterate, whose fitted
 *   probabilities are the limiting ones).
 * - the covariance is the inverse information at the final β; intervals are Wald with the
 *   normal quantile, as summary.glm and lmtest::coeftest do.
 * Checked against: regression.logistic_cluster (R glm(binomial) + sandwich::vcovCL HC1).
 * @example
 * ```ts
 * import { buildDesignMatrix, logisticRegression } from "fgc-toolkit";
 * const arm = [1, 1, 1, 1, 1, 0, 0, 0, 0, 0];
 * const y = [1, 0, 0, 0, 1, 1, 1, 0, 1, 1];
 * const fit = logisticRegression(buildDesignMatrix({ treatment: { name: "arm", values: arm } }), y);
 * fit.terms[1].term; // => "arm"
 * fit.terms[1].estimate; // => -1.792
 * fit.terms[1].se; // => 1.443
 * ```
 */
export function logisticRegression(
  design: DesignMatrix,
  y: ArrayLike<number>,
  options: LogisticOptions = {},
): LogisticFit {
  const fn = "logisticRegression";
  const level = options.level ?? 0.95;
  const maxIterations = options.maxIterations ?? 50;
  const tolerance = options.tolerance ?? 1e-10;
  assertLevel(fn, level);
  const { n, p, columnNames } = design;
  if (y.length !== n) throw new StatsError(fn, "y.length", y.length, `the number of design rows (${n})`);
  for (let i = 0; i < n; i++)
    if (y[i] !== 0 && y[i] !== 1) throw new StatsError(fn, `y[${i}]`, y[i], "0 or 1");
  if (options.cluster && options.cluster.length !== n)
    throw new StatsError(fn, "cluster.length", options.cluster.length, `the number of design rows (${n})`);

  const notes: string[] = [];
  const { active, aliased } = activeColumns(weightedCrossProduct(design), columnNames, notes);
  const k = active.length;
  let beta = new Float64Array(p);
  let trial = new Float64Array(p);
  let eta = new Float64Array(n);
  let etaTrial = new Float64Array(n);
  const w = new Float64Array(n);
  const r = new Float64Array(n);
  const score = new Float64Array(p);
  const lastStep = new Float64Array(p);
  let dev = deviance(y, eta);
  let converged = false;
  let iterations = 0;
  let failure = "";
  while (iterations < maxIterations) {
    iterations++;
    weightsAndResiduals(y, eta, w, r);
    const info = submatrix(weightedCrossProduct(design, w), active);
    const chol = cholesky(info, 1e-14);
    if (chol.dependent.length > 0) {
      failure = `the information matrix became singular at iteration ${iterations} (weights vanishing: separation)`;
      break;
    }
    crossProductVector(design, r, score);
    const delta = choleskySolve(
      chol,
      Array.from(active, (j) => score[j]),
    );
    let step = 1;
    let devTrial = Number.NaN;
    for (let halving = 0; halving <= 30; halving++, step /= 2) {
      trial.set(beta);
      for (let a = 0; a < k; a++) trial[active[a]] += step * delta[a];
      linearPredictor(design, trial, etaTrial);
      devTrial = deviance(y, etaTrial);
      if (Number.isFinite(devTrial) && devTrial <= dev * (1 + 1e-12) + 1e-300) break;
    }
    if (!(Number.isFinite(devTrial) && devTrial <= dev * (1 + 1e-12) + 1e-300)) {
      failure = `step-halving could not lower the deviance at iteration ${iterations}`;
      break;
    }
    lastStep.fill(0);
    for (let a = 0; a < k; a++) lastStep[active[a]] = step * delta[a];
    const change = Math.abs(devTrial - dev) / (Math.abs(devTrial) + 0.1);
    [beta, trial] = [trial, beta];
    [eta, etaTrial] = [etaTrial, eta];
    dev = devTrial;
    if (change < tolerance) {
      converged = true;
      break;
    }
  }
  if (failure) notes.push(`not converged: ${failure}`);
  else if (!converged) notes.push(`not converged after ${iterations} iterations`);

  weightsAndResiduals(y, eta, w, r);
  const separatedIdx = divergingColumns(design, eta, lastStep);
  if (separatedIdx.extreme > 0) {
    const cols = separatedIdx.columns.map((j) => columnNames[j]);
    notes.push(
      `separation (Albert & Anderson 1984): ${separatedIdx.extreme} fitted probabilities are numerically 0 or 1` +
        (cols.length > 0 ? `; coefficients diverging, reported as NaN: ${cols.join(", ")}` : ""),
    );
    if (cols.length > 0) converged = false;
  }
  const info = submatrix(weightedCrossProduct(design, w), active);
  const chol = cholesky(info, 0);
  const bread = choleskyInverse(chol);
  const covModel = embedMatrix(bread, active, p);
  let covCluster: SquareMatrix | undefined;
  let nClusters: number | undefined;
  if (options.cluster) {
    const clusters = encodeClusters(options.cluster);
    nClusters = clusters.count;
    if (clusters.count < 2)
      notes.push("a single cluster: the cluster-robust variance is not estimable (G/(G − 1))");
    covCluster = clusterRobustVariance(design, r, bread, clusters, active);
  }
  const coefficients = Array.from(beta);
  for (const j of aliased) coefficients[j] = Number.NaN;
  const hidden = new Set([...aliased, ...separatedIdx.columns]);
  return {
    method: "regression.logistic_cluster",
    terms: modelTerms({
      names: columnNames,
      beta: coefficients,
      covModel,
      covUsed: covCluster ?? covModel,
      level,
      notEstimable: hidden,
    }),
    variance: covCluster ? "cluster_hc1" : "model",
    level,
    n,
    ...(nClusters !== undefined ? { nClusters } : {}),
    converged,
    iterations,
    references: [
      "mccullagh1989",
      ...(covCluster ? ["liang1986", "cameron2015", "zeileis2020"] : []),
      ...(separatedIdx.extreme > 0 ? ["albert1984"] : []),
    ],
    notes,
    columnNames,
    coefficients,
    covarianceModel: matrixRows(covModel),
    ...(covCluster ? { covarianceCluster: matrixRows(covCluster) } : {}),
    aliased: aliased.map((j) => columnNames[j]),
    rank: k,
    deviance: dev,
    separated: separatedIdx.columns.map((j) => columnNames[j]),
  };
}

/**
 * Inverse logit, stable at both ends.
 * @example expit(0) // 0.5
 */
export function expit(eta: number): number {
  if (eta >= 0) return 1 / (1 + Math.exp(-eta));
  const e = Math.exp(eta);
  return e / (1 + e);
}

function weightsAndResiduals(
  y: ArrayLike<number>,
  eta: Float64Array,
  w: Float64Array,
  r: Float64Array,
): void {
  for (let i = 0; i < eta.length; i++) {
    const mu = expit(eta[i]);
    w[i] = mu * (1 - mu);
    r[i] = y[i] - mu;
  }
}

/** Binomial deviance 2 Σ [log(1 + e^η) − yη], with log(1 + e^η) computed without overflow. */
function deviance(y: ArrayLike<number>, eta: Float64Array): number {
  let s = 0;
  for (let i = 0; i < eta.length; i++) {
    const e = eta[i];
    const softplus = e > 0 ? e + Math.log1p(Math.exp(-e)) : Math.log1p(Math.exp(e));
    s += softplus - y[i] * e;
  }
  return 2 * s;
}
