// Restricting a symmetric matrix to some of its rows and columns, and putting a restricted matrix
// back into the full index space (used when aliased columns are dropped from a fit).
import type { SquareMatrix } from "./matrix.js";

/**
 * The rows and columns `idx` of `m`, in that order.
 * @example submatrix({ p: 2, data: Float64Array.from([1, 2, 2, 5]) }, [1]).data // [5]
 */
export function submatrix(m: SquareMatrix, idx: ArrayLike<number>): SquareMatrix {
  const k = idx.length;
  const data = new Float64Array(k * k);
  for (let i = 0; i < k; i++) for (let j = 0; j < k; j++) data[i * k + j] = m.data[idx[i] * m.p + idx[j]];
  return { p: k, data };
}

/**
 * A p × p matrix holding `m` at rows and columns `idx` and `fill` elsewhere.
 * @example embedMatrix({ p: 1, data: Float64Array.from([5]) }, [1], 2).data // [NaN, NaN, NaN, 5]
 */
export function embedMatrix(
  m: SquareMatrix,
  idx: ArrayLike<number>,
  p: number,
  fill = Number.NaN,
): SquareMatrix {
  const data = new Float64Array(p * p).fill(fill);
  const k = idx.length;
  for (let i = 0; i < k; i++) for (let j = 0; j < k; j++) data[idx[i] * p + idx[j]] = m.data[i * k + j];
  return { p, data };
}
