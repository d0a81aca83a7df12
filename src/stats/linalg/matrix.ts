/**
 * Small dense linear algebra on row-major Float64Arrays, enough for model fitting with tens of
 * parameters: X'WX cross-products, Cholesky factorisation with singularity detection, solves and
 * inverses of symmetric positive-definite matrices.
 *
 * Method: Cholesky–Banachiewicz (Golub & Van Loan 2013, §4.2). A pivot below
 * `tol · max diagonal` marks the column as linearly dependent on the ones before it.
 */

/** A p×p symmetric matrix stored row-major. */
export interface SquareMatrix {
  p: number;
  data: Float64Array;
}

export function zeros(p: number): SquareMatrix {
  return { p, data: new Float64Array(p * p) };
}

export function get(m: SquareMatrix, i: number, j: number): number {
  return m.data[i * m.p + j];
}

export interface CholeskyResult {
  /** Lower-triangular factor L with A = L L', row-major. */
  lower: Float64Array;
  p: number;
  /** Indices of columns whose pivot vanished (dependent on earlier columns). Empty when A is PD. */
  dependent: number[];
}

/** Cholesky factor of a symmetric matrix; columns with a vanishing pivot are listed, not hidden. */
export function cholesky(a: SquareMatrix, tol = 1e-10): CholeskyResult {
  const { p, data } = a;
  const l = new Float64Array(p * p);
  const dependent: number[] = [];
  let maxDiag = 0;
  for (let i = 0; i < p; i++) maxDiag = Math.max(maxDiag, Math.abs(data[i * p + i]));
  for (let j = 0; j < p; j++) {
    let s = data[j * p + j];
    for (let k = 0; k < j; k++) s -= l[j * p + k] * l[j * p + k];
    if (!(s > tol * maxDiag)) {
      dependent.push(j);
      continue; // column j stays zero in L
    }
    const d = Math.sqrt(s);
    l[j * p + j] = d;
    for (let i = j + 1; i < p; i++) {
      let t = data[i * p + j];
      for (let k = 0; k < j; k++) t -= l[i * p + k] * l[j * p + k];
      l[i * p + j] = t / d;
    }
  }
  return { lower: l, p, dependent };
}

/** Solve A x = b given A's Cholesky factor (A positive definite). */
export function choleskySolve(c: CholeskyResult, b: ArrayLike<number>): Float64Array {
  const { lower: l, p } = c;
  const y = new Float64Array(p);
  for (let i = 0; i < p; i++) {
    let s = b[i];
    for (let k = 0; k < i; k++) s -= l[i * p + k] * y[k];
    y[i] = s / l[i * p + i];
  }
  const x = new Float64Array(p);
  for (let i = p - 1; i >= 0; i--) {
    let s = y[i];
    for (let k = i + 1; k < p; k++) s -= l[k * p + i] * x[k];
    x[i] = s / l[i * p + i];
  }
  return x;
}

/** Inverse of A from its Cholesky factor, as a full symmetric matrix. */
export function choleskyInverse(c: CholeskyResult): SquareMatrix {
  const { p } = c;
  const inv = zeros(p);
  const e = new Float64Array(p);
  for (let j = 0; j < p; j++) {
    e.fill(0);
    e[j] = 1;
    const col = choleskySolve(c, e);
    for (let i = 0; i < p; i++) inv.data[i * p + j] = col[i];
  }
  return inv;
}

/** Quadratic form g' M g. */
export function quadraticForm(m: SquareMatrix, g: ArrayLike<number>): number {
  const { p, data } = m;
  let s = 0;
  for (let i = 0; i < p; i++) {
    let t = 0;
    for (let j = 0; j < p; j++) t += data[i * p + j] * g[j];
    s += g[i] * t;
  }
  return s;
}

/** A B A' for symmetric A and B (the sandwich), p×p. */
export function sandwich(bread: SquareMatrix, meat: SquareMatrix): SquareMatrix {
  const { p } = bread;
  const tmp = new Float64Array(p * p);
  for (let i = 0; i < p; i++)
    for (let k = 0; k < p; k++) {
      const a = bread.data[i * p + k];
      if (a === 0) continue;
      for (let j = 0; j < p; j++) tmp[i * p + j] += a * meat.data[k * p + j];
    }
  const out = zeros(p);
  for (let i = 0; i < p; i++)
    for (let k = 0; k < p; k++) {
      const a = tmp[i * p + k];
      if (a === 0) continue;
      for (let j = 0; j < p; j++) out.data[i * p + j] += a * bread.data[k * p + j];
    }
  return out;
}
