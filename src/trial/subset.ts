/**
 * Rows of the trial data selected by index, as the typed arrays the estimators take.
 */

/** Indices i in [0, n) for which `keep(i)` holds. */
export function whichRows(n: number, keep: (i: number) => boolean): Int32Array {
  const out: number[] = [];
  for (let i = 0; i < n; i++) if (keep(i)) out.push(i);
  return Int32Array.from(out);
}

/** values[rows[k]] for each k. */
export function pick<T extends Float64Array | Int32Array | Uint8Array>(values: T, rows: Int32Array): T {
  const Ctor = values.constructor as { new (n: number): T };
  const out = new Ctor(rows.length);
  for (let k = 0; k < rows.length; k++) out[k] = values[rows[k]];
  return out;
}

/** Labels of coded values for the selected rows (factor input for design matrices). */
export function pickLabels(codes: Int32Array, levels: string[], rows: Int32Array): string[] {
  const out = new Array<string>(rows.length);
  for (let k = 0; k < rows.length; k++) out[k] = levels[codes[rows[k]]];
  return out;
}
