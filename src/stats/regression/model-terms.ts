// The per-term rows of a ModelFit: estimate, the SE under the chosen variance beside the
// model-based SE, a Wald interval and two-sided p-value (normal reference for GLMs, Student t
// with the residual degrees of freedom for least squares, as R's summary.glm / summary.lm and
// lmtest::coeftest do).
import { normalQuantile, normalTwoSidedP } from "../distributions/normal.js";
import { tQuantile, tTwoSidedP } from "../distributions/t.js";
import type { Term } from "../estimate.js";
import type { SquareMatrix } from "../linalg/matrix.js";

export interface TermInput {
  names: string[];
  beta: ArrayLike<number>;
  covModel: SquareMatrix;
  /** Covariance used for `se`, `ci` and `p` (the model one when no robust variance is asked). */
  covUsed: SquareMatrix;
  level: number;
  /** Residual degrees of freedom for a t reference; omit for the normal. */
  df?: number;
  /** Parameter indices whose row is reported as not estimable (NaN). */
  notEstimable?: Set<number>;
}

/**
 * One Term per column; columns in `notEstimable` get NaN throughout.
 * @example modelTerms({ names: ["x"], beta: [2], covModel: m, covUsed: m, level: 0.95 })[0].ci // 2 ± 1.96·√m₁₁
 */
export function modelTerms(input: TermInput): Term[] {
  const { names, beta, covModel, covUsed, level, df, notEstimable } = input;
  const tail = (1 + level) / 2;
  const crit = df === undefined ? normalQuantile(tail) : tQuantile(tail, df);
  const pOf = (z: number): number => (df === undefined ? normalTwoSidedP(z) : tTwoSidedP(z, df));
  const p = names.length;
  return names.map((term, j) => {
    if (notEstimable?.has(j)) {
      const nan = Number.NaN;
      return { term, estimate: nan, se: nan, seModel: nan, ci: [nan, nan], p: nan };
    }
    const estimate = beta[j];
    const se = Math.sqrt(covUsed.data[j * p + j]);
    const seModel = Math.sqrt(covModel.data[j * p + j]);
    const ok = Number.isFinite(se) && se > 0;
    return {
      term,
      estimate,
      se,
      seModel,
      ci: [estimate - crit * se, estimate + crit * se],
      p: ok ? pOf(estimate / se) : Number.NaN,
    };
  });
}

/**
 * A p × p matrix as nested arrays, for serialisable results.
 * @example matrixRows({ p: 2, data: Float64Array.from([1, 2, 2, 5]) }) // [[1, 2], [2, 5]]
 */
export function matrixRows(m: SquareMatrix): number[][] {
  const rows: number[][] = [];
  for (let i = 0; i < m.p; i++) rows.push(Array.from(m.data.subarray(i * m.p, (i + 1) * m.p)));
  return rows;
}
