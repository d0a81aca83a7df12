// Cluster-robust (sandwich) covariance of regression coefficients with the CR1/HC1 small-sample
// factor, for any fit whose estimating-equation contribution of row i is r_i · x_i (x_i the design
// row): r_i = y_i − μ_i for a logistic (canonical-link) GLM, the residual for least squares, the
// residual times the projected design row for two-stage least squares.
//
// Method: Liang & Zeger (1986) [liang1986], White (1980) [white1980]; small-sample factor as
// Cameron & Miller (2015) [cameron2015] and Zeileis et al. (2020) [zeileis2020]:
//   V = c · B (Σ_g s_g s_g') B,  s_g = Σ_{i∈g} r_i x_i,  B = bread (e.g. (X'WX)⁻¹),
//   c = G/(G − 1) · (N − 1)/(N − K).
// Choices: follows sandwich::vcovCL(type = "HC1", cadjust = TRUE), K = the number of estimated
// (non-aliased) coefficients. With a single cluster G/(G − 1) is undefined: every entry is NaN.
// Checked against: regression.logistic_cluster, regression.linear_cluster, iv.cace.
// @example clusterRobustVariance(design, residuals, bread, clusters, active).data
import { type SquareMatrix, sandwich } from "../linalg/matrix.js";
import { embedMatrix, submatrix } from "../linalg/submatrix.js";
import { clusterMeatWasm } from "./design-kernels.js";
import type { DesignMatrix } from "./design-matrix.js";
import type { ClusterCodes } from "./encode-clusters.js";

/**
 * @param r      per-row multiplier of the design row in the score (length n)
 * @param bread  inverse information restricted to the `active` columns (k × k)
 * @param active parameter indices of the estimated columns, increasing
 * @returns the p × p covariance (NaN in rows/columns not in `active`)
 */
export function clusterRobustVariance(
  design: DesignMatrix,
  r: ArrayLike<number>,
  bread: SquareMatrix,
  clusters: ClusterCodes,
  active: ArrayLike<number>,
): SquareMatrix {
  const { n, p } = design;
  const k = active.length;
  const g = clusters.count;
  const meat = clusterMeat(design, r, clusters);
  const sub = submatrix(meat, active);
  const v = sandwich(bread, sub);
  const c = (g / (g - 1)) * ((n - 1) / (n - k));
  for (let i = 0; i < v.data.length; i++) v.data[i] = g > 1 ? v.data[i] * c : Number.NaN;
  return embedMatrix(v, active, p);
}

/**
 * Σ_g s_g s_g' over clusters, p × p. Rows are visited cluster by cluster (counting sort of the
 * codes) and each cluster's score touches only the columns its rows use. Runs as a WebAssembly
 * kernel where it can (design-kernels.ts; the same bits, fast from its first call).
 * @example clusterMeat(design, residuals, encodeClusters(familyId)).data
 */
export function clusterMeat(
  design: DesignMatrix,
  r: ArrayLike<number>,
  clusters: ClusterCodes,
): SquareMatrix {
  return clusterMeatWasm(design, r, clusters) ?? clusterMeatJs(design, r, clusters);
}

/**
 * {@link clusterMeat} in JavaScript: the twin of its WebAssembly kernel.
 * @example clusterMeatJs(design, residuals, encodeClusters(familyId)).data
 */
export function clusterMeatJs(
  design: DesignMatrix,
  r: ArrayLike<number>,
  clusters: ClusterCodes,
): SquareMatrix {
  const { n, p, denseWidth: d, dense, denseColumns: dc, factors } = design;
  const { codes, count } = clusters;
  const start = new Int32Array(count + 1);
  for (let i = 0; i < n; i++) start[codes[i] + 1]++;
  for (let c = 0; c < count; c++) start[c + 1] += start[c];
  const order = new Int32Array(n);
  const fill = start.slice(0, count);
  for (let i = 0; i < n; i++) order[fill[codes[i]]++] = i;

  const meat = new Float64Array(p * p);
  const s = new Float64Array(p);
  const stamp = new Int32Array(p).fill(-1);
  const touched = new Int32Array(p);
  for (let c = 0; c < count; c++) {
    let nt = 0;
    for (let q = start[c]; q < start[c + 1]; q++) {
      const i = order[q];
      const ri = r[i];
      const base = i * d;
      for (let a = 0; a < d; a++) {
        const j = dc[a];
        if (stamp[j] !== c) {
          stamp[j] = c;
          s[j] = 0;
          touched[nt++] = j;
        }
        s[j] += ri * dense[base + a];
      }
      for (let f = 0; f < factors.length; f++) {
        const j = factors[f].column[i];
        if (j < 0) continue;
        if (stamp[j] !== c) {
          stamp[j] = c;
          s[j] = 0;
          touched[nt++] = j;
        }
        s[j] += ri;
      }
    }
    for (let a = 0; a < nt; a++) {
      const ja = touched[a];
      const sa = s[ja];
      if (sa === 0) continue;
      const row = ja * p;
      for (let b = 0; b < nt; b++) meat[row + touched[b]] += sa * s[touched[b]];
    }
  }
  return { p, data: meat };
}
