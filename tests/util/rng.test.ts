// createRng against pure-rand's MT19937, the generator it replaced: the same words, hence the
// same draws, for every seed (results.json depends on every draw of the bootstrap).
import { mersenne } from "pure-rand/generator/mersenne";
import { describe, expect, it } from "vitest";
import { createRng } from "../../src/util/rng.js";

/** pure-rand's stream as createRng used it: `mersenne(seed >>> 0)`, words read as uint32. */
function oracle(seed: number): () => number {
  const g = mersenne(seed >>> 0);
  return () => g.next() >>> 0;
}

/** Index of the first draw where the two streams differ, or -1 over `count` draws. */
function firstDifference(seed: number, count: number): number {
  const expected = oracle(seed);
  const rng = createRng(seed);
  // index(2^32) is the word itself: floor(w · 2^32 / 2^32).
  for (let i = 0; i < count; i++) if (rng.index(4294967296) !== expected()) return i;
  return -1;
}

describe("createRng", () => {
  it("gives pure-rand's MT19937 words for 10^6 draws of seeds 0, 1, 5489, 20240101 and 2^32 − 1", () => {
    for (const seed of [0, 1, 5489, 20240101, 4294967295]) expect(firstDifference(seed, 1_000_000)).toBe(-1);
  });

  it("reads a seed as seed >>> 0, as before: −1 is 2^32 − 1, 2^32 + 5 is 5, 3.7 is 3", () => {
    for (const seed of [-1, 2 ** 32 + 5, 3.7, 2 ** 31]) expect(firstDifference(seed, 2000)).toBe(-1);
    expect(createRng(-1).next()).toBe(createRng(4294967295).next());
  });

  it("gives MT19937's published first output for init_genrand(5489): 3499211612", () => {
    // Matsumoto & Nishimura's reference mt19937ar.c, default seed 5489.
    expect(createRng(5489).index(4294967296)).toBe(3499211612);
  });

  it("next() joins 26 + 27 bits of two words, int(n) floors next() · n, index(n) multiply-shifts one word", () => {
    const expected = oracle(20240101);
    const rng = createRng(20240101);
    const got: number[] = [];
    const want: number[] = [];
    for (let i = 0; i < 10_000; i++) {
      const a = expected() >>> 5;
      const b = expected() >>> 6;
      want.push((a * 67108864 + b) / 9007199254740992);
      got.push(rng.next());
      const c = expected() >>> 5;
      const d = expected() >>> 6;
      want.push(Math.floor(((c * 67108864 + d) / 9007199254740992) * 1471));
      got.push(rng.int(1471));
      want.push(Math.floor((expected() * 1471) / 4294967296));
      got.push(rng.index(1471));
    }
    expect(got).toEqual(want);
  });

  it("draws stay in range: next() in [0, 1), index(n) in [0, n)", () => {
    const rng = createRng(7);
    let outside = 0;
    const seen = [0, 0, 0];
    for (let i = 0; i < 100_000; i++) {
      const u = rng.next();
      if (!(u >= 0 && u < 1)) outside++;
      const k = rng.index(3);
      if (k === 0 || k === 1 || k === 2) seen[k]++;
      else outside++;
    }
    expect(outside).toBe(0);
    // Each of the 3 indices about a third of the time (binomial SD 149 of 33,333).
    for (const count of seen) expect(Math.abs(count - 100_000 / 3)).toBeLessThan(1000);
  });
});
