// Robust (sandwich) variance of Cox regression coefficients, clustered or per row.
//
// Method: Lin & Wei (1989) [lin1989]: V = I⁻¹ (Σ_g U_g U_g') I⁻¹, where U_g sums the score
// residuals of the rows in cluster g (each row its own cluster when no cluster is given); I⁻¹ U_g
// is the cluster's dfbeta.
// Choices: no small-sample factor, as R's coxph(… + cluster(id)) robust variance.
import { type SquareMatrix, sandwich, zeros } from "../linalg/matrix.js";

/** `residuals` row-major n × p; `cluster` codes 0..G−1 (or undefined: one cluster per row). */
export function coxRobustVariance(
  inverseInformation: SquareMatrix,
  residuals: Float64Array,
  cluster: Int32Array | undefined,
  nClusters: number,
): SquareMatrix {
  const { p } = inverseInformation;
  const n = residuals.length / p;
  let sums = residuals;
  if (cluster) {
    sums = new Float64Array(nClusters * p);
    for (let i = 0; i < n; i++) for (let j = 0; j < p; j++) sums[cluster[i] * p + j] += residuals[i * p + j];
  }
  const meat = zeros(p);
  const g = sums.length / p;
  for (let c = 0; c < g; c++)
    for (let j = 0; j < p; j++) {
      const u = sums[c * p + j];
      if (u === 0) continue;
      for (let l = 0; l < p; l++) meat.data[j * p + l] += u * sums[c * p + l];
    }
  return sandwich(inverseInformation, meat);
}
