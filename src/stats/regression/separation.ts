// Signs of separation in a logistic fit (Albert & Anderson 1984) [albert1984]: fitted
// probabilities numerically 0 or 1, and coefficients that the last Newton step still moves
// (along a direction of separation the log-likelihood keeps rising, and each Newton step adds
// about one unit to the linear predictor of the separated rows, whereas a fit that converged to
// a finite MLE moves by less than 1e-3).
// Choices: "numerically 0 or 1" is within 1e-6; a column diverges when |Δβ_j| · max_i |x_ij| > 0.5.
// @example divergingColumns(design, eta, lastStep).columns // [7] when one LA has no events
import type { DesignMatrix } from "./design-matrix.js";

export interface SeparationSigns {
  /** Rows whose fitted probability is within 1e-6 of 0 or 1. */
  extreme: number;
  /** Parameter indices of diverging coefficients (empty unless `extreme` > 0). */
  columns: number[];
}

export function divergingColumns(
  design: DesignMatrix,
  eta: ArrayLike<number>,
  lastStep: ArrayLike<number>,
): SeparationSigns {
  const bound = Math.log(1e6); // |η| > 13.8 ⇔ μ within ~1e-6 of 0 or 1
  let extreme = 0;
  for (let i = 0; i < eta.length; i++) if (Math.abs(eta[i]) > bound) extreme++;
  if (extreme === 0) return { extreme, columns: [] };
  const { n, p, denseWidth: d, dense, denseColumns: dc, factors } = design;
  const scale = new Float64Array(p);
  for (const f of factors) for (let i = 0; i < n; i++) if (f.column[i] >= 0) scale[f.column[i]] = 1;
  for (let i = 0; i < n; i++)
    for (let a = 0; a < d; a++) scale[dc[a]] = Math.max(scale[dc[a]], Math.abs(dense[i * d + a]));
  const columns: number[] = [];
  for (let j = 0; j < p; j++) if (Math.abs(lastStep[j]) * scale[j] > 0.5) columns.push(j);
  return { extreme, columns };
}
