/**
 * The WebAssembly regression kernels (design-kernels.ts) give the same bits as their JavaScript
 * twins (Object.is on every element): X'WX, X'r, Xβ and the cluster meat, on random designs
 * (numeric columns with exact zeros, factors whose rows are often all at the reference level,
 * weights and residuals with zeros and signs, clusters of random sizes), on a design the size of
 * the sample trial, and through whole logistic and linear fits on it.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { clusterMeat, clusterMeatJs } from "../../../src/stats/regression/cluster-robust-variance.js";
import {
  crossProductVector,
  crossProductVectorJs,
  linearPredictor,
  linearPredictorJs,
  weightedCrossProduct,
  weightedCrossProductJs,
} from "../../../src/stats/regression/design-algebra.js";
import {
  clusterMeatWasm,
  crossProductVectorWasm,
  linearPredictorWasm,
  weightedCrossProductWasm,
} from "../../../src/stats/regression/design-kernels.js";
import { buildDesignMatrix, type DesignMatrix } from "../../../src/stats/regression/design-matrix.js";
import { type ClusterCodes, encodeClusters } from "../../../src/stats/regression/encode-clusters.js";
import { linearRegression } from "../../../src/stats/regression/linear-regression.js";
import { logisticRegression } from "../../../src/stats/regression/logistic-regression.js";
import { designKernelsWasm } from "../../../src/stats/wasm/design-kernels-wasm.js";
import { disableWasmKernels, wasmInstance } from "../../../src/stats/wasm/wasm-instance.js";

/** `f` run with the WebAssembly kernels off: the JavaScript twins. */
function withJs<T>(f: () => T): T {
  const before = disableWasmKernels(true);
  try {
    return f();
  } finally {
    disableWasmKernels(before);
  }
}

/** The first index where a and b differ by Object.is (−1 when they are the same bits), or the length. */
function firstDifference(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) return Math.min(a.length, b.length);
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return i;
  return -1;
}

/** A number that is often exactly 0 (or −0), else small, of either sign. */
const value = fc.oneof(
  fc.constant(0),
  fc.constant(-0),
  fc.integer({ min: -3, max: 3 }),
  fc.double({ min: -5, max: 5, noNaN: true }),
);

interface Case {
  design: DesignMatrix;
  w: number[];
  r: number[];
  beta: number[];
  clusters: ClusterCodes;
}

/** A random design of 1..300 rows, 1..6 numeric columns and 0..2 factors, with weights, residuals, β and clusters. */
const cases: fc.Arbitrary<Case> = fc
  .record({
    n: fc.integer({ min: 1, max: 300 }),
    intercept: fc.boolean(),
    treatment: fc.boolean(),
    covariates: fc.integer({ min: 0, max: 4 }),
    levels: fc.array(fc.integer({ min: 1, max: 8 }), { maxLength: 2 }),
    clusterCount: fc.integer({ min: 1, max: 300 }),
  })
  // At least one numeric column, and one column besides the intercept (which sets n).
  .filter(
    (s) =>
      (s.intercept || s.treatment || s.covariates > 0) &&
      (s.treatment || s.covariates > 0 || s.levels.length > 0),
  )
  .chain((s) => {
    const column = (arb: fc.Arbitrary<number>) => fc.array(arb, { minLength: s.n, maxLength: s.n });
    return fc.record({
      spec: fc.constant(s),
      treatment: column(fc.integer({ min: 0, max: 1 })),
      covariates: fc.array(column(value), { minLength: s.covariates, maxLength: s.covariates }),
      // Level 0 is the reference; a bias towards it leaves many rows with no dummy at all.
      factors: fc.tuple(...s.levels.map((l) => column(fc.oneof(fc.constant(0), fc.nat(l - 1))))),
      w: column(fc.oneof(fc.constant(0), fc.double({ min: 0, max: 0.25, noNaN: true }))),
      r: column(value),
      beta: fc.array(value, { minLength: 64, maxLength: 64 }),
      cluster: column(fc.nat(Math.min(s.clusterCount, s.n) - 1)),
    });
  })
  .map(({ spec, treatment, covariates, factors, w, r, beta, cluster }) => {
    const design = buildDesignMatrix({
      intercept: spec.intercept,
      treatment: spec.treatment ? { name: "arm", values: treatment } : undefined,
      factors: factors.map((f, k) => ({ name: `f${k}`, values: f.map((l) => `L${l}`) })),
      covariates: covariates.map((c, k) => ({ name: `x${k}`, values: c })),
    });
    return { design, w, r, beta: beta.slice(0, design.p), clusters: encodeClusters(cluster) };
  });

/** Every kernel by WebAssembly and by JavaScript, on `c`: the same bits. */
function expectSameBits({ design, w, r, beta, clusters }: Case): void {
  const { n, p } = design;
  const wf = Float64Array.from(w);
  for (const weights of [undefined, w, wf]) {
    const wasm = weightedCrossProductWasm(design, weights);
    expect(wasm).not.toBeNull();
    const js = weightedCrossProductJs(design, weights);
    expect(firstDifference(wasm!.data, js.data)).toBe(-1);
    expect(firstDifference(weightedCrossProduct(design, weights).data, js.data)).toBe(-1);
    expect(firstDifference(withJs(() => weightedCrossProduct(design, weights)).data, js.data)).toBe(-1);
  }
  for (const res of [r, Float64Array.from(r)]) {
    const js = crossProductVectorJs(design, res);
    expect(firstDifference(crossProductVectorWasm(design, res)!, js)).toBe(-1);
    expect(firstDifference(crossProductVector(design, res, new Float64Array(p).fill(7)), js)).toBe(-1);
    const meat = clusterMeatJs(design, res, clusters);
    expect(firstDifference(clusterMeatWasm(design, res, clusters)!.data, meat.data)).toBe(-1);
    expect(firstDifference(clusterMeat(design, res, clusters).data, meat.data)).toBe(-1);
  }
  for (const b of [beta, Float64Array.from(beta)]) {
    const js = linearPredictorJs(design, b);
    expect(firstDifference(linearPredictorWasm(design, b)!, js)).toBe(-1);
    expect(firstDifference(linearPredictor(design, b, new Float64Array(n).fill(7)), js)).toBe(-1);
    expect(
      firstDifference(
        withJs(() => linearPredictor(design, b)),
        js,
      ),
    ).toBe(-1);
  }
}

/** A design like the sample trial's: 2,537 rows, 6 numeric columns, 23 local authorities (p = 28), 1,471 families. */
function sampleSizedCase(): Case & { y: number[] } {
  let seed = 20240611;
  const random = () => {
    seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };
  const n = 2537;
  const column = <T>(f: (i: number) => T) => Array.from({ length: n }, (_, i) => f(i));
  const arm = column(() => (random() < 0.48 ? 1 : 0));
  const age = column(() => Math.floor(random() * 18));
  const design = buildDesignMatrix({
    treatment: { name: "arm", values: arm },
    factors: [{ name: "la", values: column(() => `E${10 + Math.floor(random() * 23)}`) }],
    covariates: [
      { name: "age", values: age },
      { name: "female", values: column(() => (random() < 0.5 ? 1 : 0)) },
      { name: "disabled", values: column(() => (random() < 0.1 ? 1 : 0)) },
      { name: "age2", values: age.map((a) => (a - 8.5) ** 2 / 10) },
    ],
  });
  const beta = column((j) => (j < design.p ? random() - 0.5 : 0)).slice(0, design.p);
  const eta = linearPredictorJs(design, beta);
  const mu = Array.from(eta, (e) => 1 / (1 + Math.exp(-e)));
  const y = mu.map((m) => (random() < m ? 1 : 0));
  const family = column((i) => Math.floor((i * 1471) / n));
  return {
    design,
    w: mu.map((m, i) => (i % 97 === 0 ? 0 : m * (1 - m))),
    r: mu.map((m, i) => (i % 89 === 0 ? 0 : y[i] - m)),
    beta,
    clusters: encodeClusters(family),
    y,
  };
}

describe("WebAssembly regression kernels", () => {
  it("are available here (else every comparison below would be JavaScript with itself)", () => {
    expect(wasmInstance(designKernelsWasm)).toBeInstanceOf(WebAssembly.Instance);
  });

  it("give the bits of their JavaScript twins on random designs", () => {
    fc.assert(fc.property(cases, expectSameBits), { seed: 42, numRuns: 150 });
  });

  it("give the bits of their JavaScript twins on a design the size of the sample trial", () => {
    const c = sampleSizedCase();
    expect(c.design.p).toBe(28);
    expect(c.clusters.count).toBe(1471);
    expectSameBits(c);
  });

  it("give logistic and linear fits with the bits of the JavaScript ones (sample-sized design)", () => {
    const { design, y, clusters } = sampleSizedCase();
    const cluster = clusters.codes;
    const fits = () => [logisticRegression(design, y, { cluster }), linearRegression(design, y, { cluster })];
    expect(fits()).toEqual(withJs(fits));
  });

  it("give null when turned off, and the JavaScript twin runs", () => {
    const { design, w } = sampleSizedCase();
    const before = disableWasmKernels(true);
    try {
      expect(weightedCrossProductWasm(design, w)).toBeNull();
      expect(weightedCrossProduct(design, w)).toEqual(weightedCrossProductJs(design, w));
    } finally {
      disableWasmKernels(before);
    }
  });
});
