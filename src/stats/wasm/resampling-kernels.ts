// The risk difference's replicate loops in WebAssembly (resampling-kernels.wat): the
// re-randomisation test's re-allocations and the cluster bootstrap's draws, random draws
// included, continuing a createRng stream word for word and leaving it where the JavaScript loop
// would have. Each gives null where it cannot run (no WebAssembly, kernels off, an Rng not made
// by createRng, a stratum above 2^21 clusters), and the caller runs its JavaScript loop instead.
// Browser-safe: no Node import.
import { type Mt19937State, mt19937State, type Rng } from "../../util/rng.js";
import { resamplingKernelsWasm } from "./resampling-kernels-wasm.js";
import { compileWasmEarly, reserve, wasmInstance } from "./wasm-instance.js";

compileWasmEarly(resamplingKernelsWasm);

interface ResamplingKernels {
  memory: WebAssembly.Memory;
  reallocate(
    at: number,
    perm: number,
    en: number,
    k: number,
    order: number,
    bounds: number,
    strata: number,
    values: number,
    count: number,
    eTotal: number,
    nTotal: number,
  ): number;
  resample(
    at: number,
    counts: number,
    order: number,
    bounds: number,
    strata: number,
    values: number,
    count: number,
  ): number;
}

/** Largest stratum the kernels take: w · n stays below 2^53 for every 32-bit word w (the .wat's draws). */
const MAX_STRATUM = 2 ** 21;
/** Bytes of MT19937's state and the kernels' pass of tempered words, at offset 0 of the memory. */
const STATE_BYTES = 3 * 624 * 4;
/**
 * Replicates per call: V8 first runs a module's functions as compiled by its baseline compiler
 * and moves a function to optimised code only between calls, so the loop is called in slices
 * (measured: the first re-randomisation of a process ~20 ms in slices of 64, ~32-41 ms in one call).
 */
const SLICE = 64;

/**
 * The kernels and the generator behind `rng`, or null when the JavaScript loop must run.
 * @example const ready = prepare(createRng(1), members); // null with kernels off
 */
function prepare(
  rng: Rng,
  members: readonly Int32Array[],
): { kernels: ResamplingKernels; state: Mt19937State } | null {
  const state = mt19937State(rng);
  if (!state) return null;
  for (const m of members) if (m.length > MAX_STRATUM) return null;
  const instance = wasmInstance(resamplingKernelsWasm);
  if (!instance) return null;
  return { kernels: instance.exports as unknown as ResamplingKernels, state };
}

/**
 * Copies the strata into the module's memory as one int32 list of cluster indices (`order`, at
 * orderAt) and its stratum bounds (`bounds`, at boundsAt); copies the generator's words to 0.
 * @example layOut(memory, state, members, 7488, 13376)
 */
function layOut(
  memory: WebAssembly.Memory,
  state: Mt19937State,
  members: readonly Int32Array[],
  orderAt: number,
  boundsAt: number,
): void {
  new Int32Array(memory.buffer, 0, 624).set(state.mt);
  const bounds = new Int32Array(memory.buffer, boundsAt, members.length + 1);
  let pos = 0;
  for (let s = 0; s < members.length; s++) {
    bounds[s] = pos;
    new Int32Array(memory.buffer, orderAt + 4 * pos, members[s].length).set(members[s]);
    pos += members[s].length;
  }
  bounds[members.length] = pos;
}

/**
 * rerandomisationRiskDifference's re-allocations in WebAssembly: the values (and final `perm`,
 * and generator state) of rerandomisation-test.ts's reallocate with the risk-difference
 * statistic (Rosenberger & Lachin 2016), T = a/m1 − (eTotal − a)/m0 with a = Σ arm·e and
 * m1 = Σ arm·n in cluster order and m0 = nTotal − m1; null when it cannot run.
 * @example
 * ```ts
 * const v = reallocateRiskDifference(Uint8Array.of(1, 0), [Int32Array.of(0, 1)], createRng(1), [1, 0], [1, 1], 1, 2, 3);
 * // v: Float64Array of 3 values, each 1 or −1 (null with kernels off)
 * ```
 */
export function reallocateRiskDifference(
  perm: Uint8Array,
  members: readonly Int32Array[],
  rng: Rng,
  e: ArrayLike<number>,
  n: ArrayLike<number>,
  eTotal: number,
  nTotal: number,
  replicates: number,
): Float64Array | null {
  const ready = prepare(rng, members);
  if (!ready) return null;
  const { kernels, state } = ready;
  const k = perm.length;
  const strata = members.length;
  const [, en, values, order, bounds, permAt] = reserve(kernels.memory, [
    STATE_BYTES,
    16 * k,
    8 * replicates,
    4 * k,
    4 * (strata + 1),
    k,
  ]);
  const buffer = kernels.memory.buffer;
  layOut(kernels.memory, state, members, order, bounds);
  const pairs = new Float64Array(buffer, en, 2 * k);
  for (let i = 0; i < k; i++) {
    pairs[2 * i] = e[i];
    pairs[2 * i + 1] = n[i];
  }
  new Uint8Array(buffer, permAt, k).set(perm);
  inSlices(kernels, state, replicates, (at, r, count) =>
    kernels.reallocate(at, permAt, en, k, order, bounds, strata, values + 8 * r, count, eTotal, nTotal),
  );
  perm.set(new Uint8Array(buffer, permAt, k));
  return new Float64Array(buffer, values, replicates).slice();
}

/**
 * clusterBootstrapRiskDifference's replicates in WebAssembly: the values (and generator state) of
 * cluster-bootstrap.ts's resample with the risk-difference statistic (Davison & Hinkley 1997),
 * Σe₁/Σn₁ − Σe₀/Σn₀ summed over the drawn clusters in the order drawn; null when it cannot run.
 * @example
 * ```ts
 * const v = resampleRiskDifference([Int32Array.of(0, 1)], createRng(1), [1, 0], [1, 0], [0, 1], [0, 2], 3);
 * // v: Float64Array of 3 values, 1 − 1/2 or NaN (an arm drawn empty); null with kernels off
 * ```
 */
export function resampleRiskDifference(
  members: readonly Int32Array[],
  rng: Rng,
  e1: ArrayLike<number>,
  n1: ArrayLike<number>,
  e0: ArrayLike<number>,
  n0: ArrayLike<number>,
  replicates: number,
): Float64Array | null {
  const ready = prepare(rng, members);
  if (!ready) return null;
  const { kernels, state } = ready;
  const k = e1.length;
  const strata = members.length;
  const [, counts, values, order, bounds] = reserve(kernels.memory, [
    STATE_BYTES,
    32 * k,
    8 * replicates,
    4 * k,
    4 * (strata + 1),
  ]);
  const buffer = kernels.memory.buffer;
  layOut(kernels.memory, state, members, order, bounds);
  const quads = new Float64Array(buffer, counts, 4 * k);
  for (let i = 0; i < k; i++) {
    quads[4 * i] = e1[i];
    quads[4 * i + 1] = n1[i];
    quads[4 * i + 2] = e0[i];
    quads[4 * i + 3] = n0[i];
  }
  inSlices(kernels, state, replicates, (at, r, count) =>
    kernels.resample(at, counts, order, bounds, strata, values + 8 * r, count),
  );
  return new Float64Array(buffer, values, replicates).slice();
}

/**
 * Runs a replicate kernel on slices of SLICE replicates from the generator's position (`call`
 * gets the position, the first replicate and the count, and returns the new position), then
 * writes the generator's words and position back, so that the JavaScript stream goes on from
 * where the kernel stopped.
 */
function inSlices(
  kernels: { memory: WebAssembly.Memory },
  state: Mt19937State,
  replicates: number,
  call: (at: number, first: number, count: number) => number,
): void {
  let at = state.at;
  for (let r = 0; r < replicates; r += SLICE) at = call(at, r, Math.min(SLICE, replicates - r));
  state.mt.set(new Int32Array(kernels.memory.buffer, 0, 624));
  state.at = at;
}
