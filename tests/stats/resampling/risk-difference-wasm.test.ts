// The risk difference's re-randomisation and cluster bootstrap with their replicate loops in
// WebAssembly (stats/wasm/resampling-kernels.ts) against the JavaScript loops (kernels off):
// every replicate the same bits, the whole results equal, and the generator left at the same
// point of its stream, on random trials and at the trial's size.
import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { clusterBootstrapRiskDifference } from "../../../src/stats/resampling/cluster-bootstrap-risk-difference.js";
import { rerandomisationRiskDifference } from "../../../src/stats/resampling/rerandomisation-risk-difference.js";
import {
  reallocateRiskDifference,
  resampleRiskDifference,
} from "../../../src/stats/wasm/resampling-kernels.js";
import { resamplingKernelsWasm } from "../../../src/stats/wasm/resampling-kernels-wasm.js";
import { disableWasmKernels, wasmInstance } from "../../../src/stats/wasm/wasm-instance.js";
import { createRng, mt19937State, type Rng } from "../../../src/util/rng.js";
import { simulatedTrial } from "./simulated-trial.js";

interface Trial {
  events: number[];
  n: number[];
  arm: number[];
  stratum: number[];
}

/**
 * Random trials: 2..200 clusters of 0..6 children, events ≤ n, 1..6 strata; optionally cluster 0
 * alone in its stratum and the last stratum all in one arm.
 */
const trials: fc.Arbitrary<Trial> = fc
  .record({
    strata: fc.integer({ min: 1, max: 6 }),
    clusters: fc.array(
      fc.record({ n: fc.integer({ min: 0, max: 6 }), share: fc.double({ min: 0, max: 1, noNaN: true }) }),
      { minLength: 2, maxLength: 200 },
    ),
    arms: fc.array(fc.integer({ min: 0, max: 1 }), { minLength: 200, maxLength: 200 }),
    labels: fc.array(fc.nat(), { minLength: 200, maxLength: 200 }),
    lonely: fc.boolean(),
    oneArm: fc.option(fc.integer({ min: 0, max: 1 })),
  })
  .map(({ strata, clusters, arms, labels, lonely, oneArm }) => {
    const k = clusters.length;
    const stratum = clusters.map((_, i) =>
      lonely && strata > 1 ? 1 + (labels[i] % (strata - 1)) : labels[i] % strata,
    );
    if (lonely) stratum[0] = 0;
    const arm = clusters.map((_, i) => (oneArm !== null && stratum[i] === strata - 1 ? oneArm : arms[i]));
    return {
      events: clusters.map((c) => Math.floor(c.share * c.n)),
      n: clusters.map((c) => c.n),
      arm: arm.slice(0, k),
      stratum,
    };
  });

/** The next draws of a generator, to check where a call left it. */
function nextDraws(rng: Rng): number[] {
  return [rng.index(7), rng.index(4294967296), rng.next(), rng.index(1471), rng.int(1000)];
}

/** `run` with the kernels on and off, each on a fresh createRng(seed) advanced by `skip` words. */
function bothWays<T>(
  seed: number,
  skip: number,
  run: (rng: Rng) => T,
): { wasm: T; js: T; after: number[][] } {
  const once = () => {
    const rng = createRng(seed);
    for (let i = 0; i < skip; i++) rng.index(2);
    const result = run(rng);
    return { result, after: nextDraws(rng) };
  };
  const wasm = once();
  disableWasmKernels(true);
  const js = once();
  disableWasmKernels(false);
  return { wasm: wasm.result, js: js.result, after: [wasm.after, js.after] };
}

function expectSameBits(a: number[], b: number[]): void {
  expect(a.length).toBe(b.length);
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) expect([i, a[i]]).toEqual([i, b[i]]);
}

afterEach(() => {
  disableWasmKernels(false);
});

describe("risk-difference resampling in WebAssembly", () => {
  it("runs the kernels for createRng streams only, and not when turned off", () => {
    const members = [Int32Array.of(0, 1, 2)];
    const args = [[1, 0, 1], [2, 1, 1], 2, 4, 5] as const;
    expect(reallocateRiskDifference(Uint8Array.of(1, 0, 0), members, createRng(1), ...args)).toHaveLength(5);
    expect(
      resampleRiskDifference(members, createRng(1), [1, 0, 0], [2, 0, 0], [0, 1, 1], [0, 1, 1], 5),
    ).toHaveLength(5);
    const own = { ...createRng(1) };
    expect(mt19937State(own)).toBeUndefined();
    expect(reallocateRiskDifference(Uint8Array.of(1, 0, 0), members, own, ...args)).toBeNull();
    const replaced = createRng(1);
    replaced.index = (n) => n - 1;
    expect(mt19937State(replaced)).toBeUndefined();
    disableWasmKernels(true);
    expect(
      resampleRiskDifference(members, createRng(1), [1, 0, 0], [2, 0, 0], [0, 1, 1], [0, 1, 1], 5),
    ).toBeNull();
  });

  it("continues a createRng stream word for word, all 32 bits, from any position", () => {
    const kernels = wasmInstance(resamplingKernelsWasm)!.exports as unknown as {
      memory: WebAssembly.Memory;
      words(at: number, out: number, count: number): number;
    };
    fc.assert(
      fc.property(fc.nat(), fc.integer({ min: 0, max: 1300 }), (seed, skip) => {
        const rng = createRng(seed);
        for (let i = 0; i < skip; i++) rng.index(2);
        const state = mt19937State(rng)!;
        new Int32Array(kernels.memory.buffer, 0, 624).set(state.mt);
        const at = kernels.words(state.at, 8192, 1500);
        const got = Array.from(new Uint32Array(kernels.memory.buffer, 8192, 1500));
        const expected = Array.from({ length: 1500 }, () => rng.index(4294967296));
        expect(got).toEqual(expected);
        expect(at).toBe(state.at);
        expect(Array.from(new Int32Array(kernels.memory.buffer, 0, 624))).toEqual(Array.from(state.mt));
      }),
      { numRuns: 30 },
    );
  });

  it.each([
    [
      "re-randomisation",
      (t: Trial, rng: Rng, replicates: number) =>
        rerandomisationRiskDifference(t, { rng, replicates, stratum: t.stratum }),
    ],
    [
      "cluster bootstrap",
      (t: Trial, rng: Rng, replicates: number) =>
        clusterBootstrapRiskDifference(t, { rng, replicates, stratum: t.stratum }),
    ],
  ] as const)("%s: the same replicates, result and stream as JavaScript on random trials", (_, analyse) => {
    fc.assert(
      fc.property(
        trials,
        fc.integer({ min: 1, max: 300 }),
        fc.nat(),
        fc.integer({ min: 0, max: 1300 }),
        (t, replicates, seed, skip) => {
          const { wasm, js, after } = bothWays(seed, skip, (rng) => analyse(t, rng, replicates));
          expectSameBits(wasm.replicates, js.replicates);
          expect(wasm).toEqual(js);
          if ("p" in wasm && "p" in js) expect(Object.is(wasm.p, js.p)).toBe(true);
          expect(after[0]).toEqual(after[1]);
        },
      ),
      { numRuns: 150 },
    );
  });

  it("a user's own Rng takes the JavaScript loop and gives the stream's values", () => {
    const t = simulatedTrial(5, 300, 150, 4);
    const own = { ...createRng(9) };
    const fromOwn = rerandomisationRiskDifference(t, { rng: own, replicates: 200, stratum: t.stratum });
    const fromRng = rerandomisationRiskDifference(t, {
      rng: createRng(9),
      replicates: 200,
      stratum: t.stratum,
    });
    expectSameBits(fromOwn.replicates, fromRng.replicates);
  });

  it("at the trial's size (1,471 families, 21 authorities, 2,000 replicates) both loops agree", () => {
    const t = simulatedTrial(20240101);
    const options = (rng: Rng) => ({ rng, replicates: 2000, stratum: t.stratum });
    const rerandomised = bothWays(11, 0, (rng) => rerandomisationRiskDifference(t, options(rng)));
    expectSameBits(rerandomised.wasm.replicates, rerandomised.js.replicates);
    expect(rerandomised.wasm).toEqual(rerandomised.js);
    expect(rerandomised.after[0]).toEqual(rerandomised.after[1]);
    const boot = bothWays(12, 0, (rng) => clusterBootstrapRiskDifference(t, options(rng)));
    expectSameBits(boot.wasm.replicates, boot.js.replicates);
    expect(boot.wasm).toEqual(boot.js);
    expect(boot.wasm.bca.ci).toEqual(boot.js.bca.ci);
    expect(boot.after[0]).toEqual(boot.after[1]);
  });
});
