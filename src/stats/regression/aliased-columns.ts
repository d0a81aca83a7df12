import { cholesky, type SquareMatrix } from "../linalg/matrix.js";

/**
 * Columns of a design that are linear combinations of earlier columns (aliased, in R's words),
 * found from the Cholesky factor of the correlation-scaled cross-product X'WX.
 *
 * Method: Cholesky with pivot check (Golub & Van Loan 2013, §4.2) [golub2013]. Scaling X'WX to
 * unit diagonal first makes the test independent of the columns' units (days vs 0/1 codes).
 * Choices: a column is aliased when its scaled pivot falls below 1e-9 (a squared cosine of
 * 1 − 1e-9 with the span of earlier columns) or when the column is all zero; as in R's lm/glm
 * the later column of a dependent set is the one dropped.
 * @example aliasedColumns({ p: 2, data: Float64Array.from([4, 4, 4, 4]) }) // [1]
 */
export function aliasedColumns(xtx: SquareMatrix, tol = 1e-9): number[] {
  const { p, data } = xtx;
  const scale = new Float64Array(p);
  for (let i = 0; i < p; i++) {
    const v = data[i * p + i];
    scale[i] = v > 0 ? 1 / Math.sqrt(v) : 0;
  }
  const scaled = new Float64Array(p * p);
  for (let i = 0; i < p; i++)
    for (let j = 0; j < p; j++) scaled[i * p + j] = data[i * p + j] * scale[i] * scale[j];
  // Relative to the maximum diagonal (1 after scaling); an all-zero column has pivot 0.
  return cholesky({ p, data: scaled }, tol).dependent;
}

/**
 * Active (estimated) columns of X'WX after dropping aliased ones, with a note naming the dropped.
 * @example activeColumns(xtx, design.columnNames, notes).active // Int32Array of kept column indices
 */
export function activeColumns(
  xtx: SquareMatrix,
  names: string[],
  notes: string[],
): { active: Int32Array; aliased: number[] } {
  const aliased = aliasedColumns(xtx);
  if (aliased.length > 0)
    notes.push(
      `aliased columns dropped (linear combinations of earlier columns, reported as NaN): ${aliased.map((j) => names[j]).join(", ")}`,
    );
  const drop = new Set(aliased);
  const active: number[] = [];
  for (let j = 0; j < xtx.p; j++) if (!drop.has(j)) active.push(j);
  return { active: Int32Array.from(active), aliased };
}
