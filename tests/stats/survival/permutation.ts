import { createRng } from "../../../src/util/rng.js";

/** A seeded random permutation of 0..n−1 (Fisher–Yates), for row-order laws. */
export function permutation(n: number, seed: number): number[] {
  const rng = createRng(seed);
  const out = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}
