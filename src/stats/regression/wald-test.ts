import { chiSquareSf } from "../distributions/chi-square.js";
import { cholesky, choleskySolve } from "../linalg/matrix.js";

export interface WaldTest {
  statistic: number;
  df: number;
  p: number;
  notes: string[];
}

/**
 * Joint Wald test that several coefficients are zero: W = b' V⁻¹ b on the chosen covariance
 * (model-based or cluster-robust), referred to χ² with as many degrees of freedom as
 * coefficients (Wald 1943; Cameron & Miller 2015 for the cluster-robust version).
 * Choices: coefficients that are NaN (aliased, diverging) are left out and named in a note; a
 * singular V returns NaN with a note.
 * @example
 * ```ts
 * import { waldTest } from "fgc-toolkit";
 * const t = waldTest([0.2, 0.5, -0.3], [[0.04, 0, 0], [0, 0.01, 0], [0, 0, 0.02]], [1, 2]);
 * t.statistic; // => 29.5
 * t.df; // => 2
 * t.p; // => 3.928e-7
 * ```
 */
export function waldTest(
  coefficients: ArrayLike<number>,
  covariance: number[][],
  indices: number[],
  names?: string[],
): WaldTest {
  const notes: string[] = [];
  const use = indices.filter((j) => Number.isFinite(coefficients[j]) && Number.isFinite(covariance[j]?.[j]));
  const dropped = indices.filter((j) => !use.includes(j));
  if (dropped.length)
    notes.push(
      `left out of the Wald test (not estimable): ${dropped.map((j) => names?.[j] ?? String(j)).join(", ")}`,
    );
  const k = use.length;
  if (k === 0)
    return {
      statistic: Number.NaN,
      df: 0,
      p: Number.NaN,
      notes: [...notes, "not estimable: no coefficient to test"],
    };
  const v = new Float64Array(k * k);
  for (let a = 0; a < k; a++) for (let b = 0; b < k; b++) v[a * k + b] = covariance[use[a]][use[b]];
  const chol = cholesky({ p: k, data: v }, 1e-12);
  if (chol.dependent.length)
    return {
      statistic: Number.NaN,
      df: k,
      p: Number.NaN,
      notes: [...notes, "not estimable: the covariance of the tested coefficients is singular"],
    };
  const b = Float64Array.from(use, (j) => coefficients[j]);
  const x = choleskySolve(chol, b);
  let w = 0;
  for (let a = 0; a < k; a++) w += b[a] * x[a];
  return { statistic: w, df: k, p: chiSquareSf(w, k), notes };
}
