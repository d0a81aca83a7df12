// The three products a regression fit needs from a DesignMatrix, each in one pass over the rows
// and without expanding the factor dummies: the linear predictor Xβ, the score X'r and the
// weighted cross-product X'WX. A row touches its numeric columns and one dummy per factor, so a
// pass costs O(n · (d + f)²) rather than O(n · p²). Each runs as a WebAssembly kernel where it
// can (design-kernels.ts), which gives the same bits as its JavaScript twin here (the Js suffix)
// but is fast from its first call; the twin runs where WebAssembly cannot.
import type { SquareMatrix } from "../linalg/matrix.js";
import { crossProductVectorWasm, linearPredictorWasm, weightedCrossProductWasm } from "./design-kernels.js";
import type { DesignMatrix } from "./design-matrix.js";

/**
 * out[i] = x_i'β (allocates `out` when not given).
 * @example linearPredictor(buildDesignMatrix({ covariates: [{ name: "x", values: [1, 2] }] }), [1, 3]) // [4, 7]
 */
export function linearPredictor(
  design: DesignMatrix,
  beta: ArrayLike<number>,
  out?: Float64Array,
): Float64Array {
  return linearPredictorWasm(design, beta, out) ?? linearPredictorJs(design, beta, out);
}

/**
 * {@link linearPredictor} in JavaScript: the twin of its WebAssembly kernel.
 * @example linearPredictorJs(buildDesignMatrix({ covariates: [{ name: "x", values: [1, 2] }] }), [1, 3]) // [4, 7]
 */
export function linearPredictorJs(
  design: DesignMatrix,
  beta: ArrayLike<number>,
  out?: Float64Array,
): Float64Array {
  const { n, denseWidth: d, dense, denseColumns: dc, factors } = design;
  const eta = out ?? new Float64Array(n);
  const b = new Float64Array(d);
  // One array type in the row loop, whatever the caller passed (an array or a Float64Array): a
  // loop that sees both is compiled again when the second arrives.
  const all = beta instanceof Float64Array ? beta : Float64Array.from(beta);
  for (let a = 0; a < d; a++) b[a] = all[dc[a]];
  for (let i = 0; i < n; i++) {
    const base = i * d;
    let s = 0;
    for (let a = 0; a < d; a++) s += dense[base + a] * b[a];
    for (let k = 0; k < factors.length; k++) {
      const c = factors[k].column[i];
      if (c >= 0) s += all[c];
    }
    eta[i] = s;
  }
  return eta;
}

/**
 * X'r, a p-vector.
 * @example crossProductVector(buildDesignMatrix({ covariates: [{ name: "x", values: [1, 2] }] }), [1, 1]) // [2, 3]
 */
export function crossProductVector(
  design: DesignMatrix,
  r: ArrayLike<number>,
  out?: Float64Array,
): Float64Array {
  return crossProductVectorWasm(design, r, out) ?? crossProductVectorJs(design, r, out);
}

/**
 * {@link crossProductVector} in JavaScript: the twin of its WebAssembly kernel.
 * @example crossProductVectorJs(buildDesignMatrix({ covariates: [{ name: "x", values: [1, 2] }] }), [1, 1]) // [2, 3]
 */
export function crossProductVectorJs(
  design: DesignMatrix,
  r: ArrayLike<number>,
  out?: Float64Array,
): Float64Array {
  const { n, p, denseWidth: d, dense, denseColumns: dc, factors } = design;
  const g = out ?? new Float64Array(p);
  g.fill(0);
  for (let i = 0; i < n; i++) {
    const ri = r[i];
    if (ri === 0) continue;
    const base = i * d;
    for (let a = 0; a < d; a++) g[dc[a]] += ri * dense[base + a];
    for (let k = 0; k < factors.length; k++) {
      const c = factors[k].column[i];
      if (c >= 0) g[c] += ri;
    }
  }
  return g;
}

/**
 * X'WX for diagonal weights w (all ones when `w` is omitted), as a full symmetric p × p matrix.
 * Each unordered pair of columns is accumulated in exactly one triangle, then mirrored.
 * @example weightedCrossProduct(buildDesignMatrix({ covariates: [{ name: "x", values: [1, 2] }] })).data // [2, 3, 3, 5]
 */
export function weightedCrossProduct(design: DesignMatrix, w?: ArrayLike<number>): SquareMatrix {
  return weightedCrossProductWasm(design, w) ?? weightedCrossProductJs(design, w);
}

/**
 * {@link weightedCrossProduct} in JavaScript: the twin of its WebAssembly kernel.
 * @example weightedCrossProductJs(buildDesignMatrix({ covariates: [{ name: "x", values: [1, 2] }] })).data // [2, 3, 3, 5]
 */
export function weightedCrossProductJs(design: DesignMatrix, w?: ArrayLike<number>): SquareMatrix {
  const { n, p, denseWidth: d, dense, denseColumns: dc, factors } = design;
  const nf = factors.length;
  const acc = new Float64Array(p * p);
  const cols = new Int32Array(nf);
  for (let i = 0; i < n; i++) {
    const wi = w ? w[i] : 1;
    if (wi === 0) continue;
    const base = i * d;
    for (let a = 0; a < d; a++) {
      const xa = dense[base + a] * wi;
      if (xa === 0) continue;
      const row = dc[a] * p;
      for (let b = a; b < d; b++) acc[row + dc[b]] += xa * dense[base + b];
    }
    for (let k = 0; k < nf; k++) cols[k] = factors[k].column[i];
    for (let k = 0; k < nf; k++) {
      const c = cols[k];
      if (c < 0) continue;
      const row = c * p;
      acc[row + c] += wi;
      for (let a = 0; a < d; a++) acc[row + dc[a]] += wi * dense[base + a];
      for (let m = k + 1; m < nf; m++) if (cols[m] >= 0) acc[row + cols[m]] += wi;
    }
  }
  const data = new Float64Array(p * p);
  for (let i = 0; i < p; i++) {
    data[i * p + i] = acc[i * p + i];
    for (let j = i + 1; j < p; j++) {
      const v = acc[i * p + j] + acc[j * p + i];
      data[i * p + j] = v;
      data[j * p + i] = v;
    }
  }
  return { p, data };
}
