// The WebAssembly side of the regression kernels (src/stats/wasm/design-kernels.wat): each
// function here copies the design and its vectors into the module's memory, runs the kernel and
// copies the result out, giving the same bits as its JavaScript twin (design-algebra.ts,
// cluster-robust-variance.ts: the same name with a Js suffix). Each gives null when WebAssembly
// is unavailable or the inputs are not the plain shapes the kernel assumes (a vector of another
// length), and the caller then runs the twin. Browser-safe: no Node import.
import type { SquareMatrix } from "../linalg/matrix.js";
import { designKernelsWasm } from "../wasm/design-kernels-wasm.js";
import { compileWasmEarly, reserve, wasmInstance } from "../wasm/wasm-instance.js";
import type { DesignMatrix } from "./design-matrix.js";
import type { ClusterCodes } from "./encode-clusters.js";

compileWasmEarly(designKernelsWasm);

/** The exports of design-kernels.wat; every argument is an i32 (a count or a byte offset). */
interface DesignKernels {
  memory: WebAssembly.Memory;
  weightedCrossProduct(...args: number[]): void;
  crossProductVector(...args: number[]): void;
  linearPredictor(...args: number[]): void;
  clusterMeat(...args: number[]): void;
}

/**
 * Xβ by the WebAssembly kernel into `out` (allocated when not given); null when it cannot run.
 * @example linearPredictorWasm(design, beta) ?? linearPredictorJs(design, beta)
 */
export function linearPredictorWasm(
  design: DesignMatrix,
  beta: ArrayLike<number>,
  out?: Float64Array,
): Float64Array | null {
  const { n, p, denseWidth: d } = design;
  const k = kernels();
  if (!k || beta.length !== p || (out && out.length !== n)) return null;
  const [dense, dc, fcols, b, scratch, eta] = place(k.memory, design, [8 * p, 8 * d, 8 * n]);
  new Float64Array(k.memory.buffer, b, p).set(beta);
  k.linearPredictor(n, d, dense, dc, design.factors.length, fcols, b, scratch, eta);
  return copyOut(new Float64Array(k.memory.buffer, eta, n), out);
}

/**
 * X'r by the WebAssembly kernel into `out` (allocated when not given); null when it cannot run.
 * @example crossProductVectorWasm(design, residuals) ?? crossProductVectorJs(design, residuals)
 */
export function crossProductVectorWasm(
  design: DesignMatrix,
  r: ArrayLike<number>,
  out?: Float64Array,
): Float64Array | null {
  const { n, p, denseWidth: d } = design;
  const k = kernels();
  if (!k || r.length !== n || (out && out.length !== p)) return null;
  const [dense, dc, fcols, rr, g] = place(k.memory, design, [8 * n, 8 * p]);
  new Float64Array(k.memory.buffer, rr, n).set(r);
  k.crossProductVector(n, p, d, dense, dc, design.factors.length, fcols, rr, g);
  return copyOut(new Float64Array(k.memory.buffer, g, p), out);
}

/**
 * X'WX (W = I when `w` is omitted) by the WebAssembly kernel; null when it cannot run.
 * @example weightedCrossProductWasm(design, weights) ?? weightedCrossProductJs(design, weights)
 */
export function weightedCrossProductWasm(design: DesignMatrix, w?: ArrayLike<number>): SquareMatrix | null {
  const { n, p, denseWidth: d } = design;
  const nf = design.factors.length;
  const k = kernels();
  if (!k || (w && w.length !== n)) return null;
  const [dense, dc, fcols, ww, acc, cols] = place(k.memory, design, [w ? 8 * n : 0, 8 * p * p, 4 * nf]);
  if (w) new Float64Array(k.memory.buffer, ww, n).set(w);
  k.weightedCrossProduct(n, p, d, dense, dc, nf, fcols, ww, w ? 1 : 0, acc, cols);
  return { p, data: new Float64Array(k.memory.buffer, acc, p * p).slice() };
}

/**
 * Σ_g s_g s_g' by the WebAssembly kernel; null when it cannot run.
 * @example clusterMeatWasm(design, residuals, clusters) ?? clusterMeatJs(design, residuals, clusters)
 */
export function clusterMeatWasm(
  design: DesignMatrix,
  r: ArrayLike<number>,
  clusters: ClusterCodes,
): SquareMatrix | null {
  const { n, p, denseWidth: d } = design;
  const { codes, count } = clusters;
  const k = kernels();
  if (!k || r.length !== n || codes.length !== n) return null;
  const blocks = [8 * n, 4 * n, 4 * (count + 1), 4 * count, 4 * n, 8 * p * p, 8 * p, 4 * p, 4 * p];
  const [dense, dc, fcols, rr, cc, start, fill, order, meat, s, stamp, touched] = place(
    k.memory,
    design,
    blocks,
  );
  new Float64Array(k.memory.buffer, rr, n).set(r);
  new Int32Array(k.memory.buffer, cc, n).set(codes);
  const nf = design.factors.length;
  k.clusterMeat(n, p, d, dense, dc, nf, fcols, rr, cc, count, start, fill, order, meat, s, stamp, touched);
  return { p, data: new Float64Array(k.memory.buffer, meat, p * p).slice() };
}

/** A kernel's result, a view of the module's memory, copied into `out` or else into a new array. */
function copyOut(result: Float64Array, out: Float64Array | undefined): Float64Array {
  if (!out) return result.slice();
  out.set(result);
  return out;
}

function kernels(): DesignKernels | null {
  const instance = wasmInstance(designKernelsWasm);
  return instance ? (instance.exports as unknown as DesignKernels) : null;
}

/**
 * Reserves the design's blocks (dense, denseColumns, the factor columns back to back) and then
 * `extra` bytes each, copies the design in and gives every block's offset.
 */
function place(memory: WebAssembly.Memory, design: DesignMatrix, extra: number[]): number[] {
  const { n, denseWidth: d, factors } = design;
  const offsets = reserve(memory, [8 * n * d, 4 * d, 4 * n * factors.length, ...extra]);
  const buffer = memory.buffer;
  new Float64Array(buffer, offsets[0], n * d).set(design.dense);
  new Int32Array(buffer, offsets[1], d).set(design.denseColumns);
  for (let f = 0; f < factors.length; f++)
    new Int32Array(buffer, offsets[2] + 4 * n * f, n).set(factors[f].column);
  return offsets;
}
