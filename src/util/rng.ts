// Seeded random numbers. Nothing in the toolkit calls Math.random: estimators that resample take
// an `Rng` built here from the plan's seed, so the same seed gives the same draws on every machine.
//
// Generator: Mersenne Twister MT19937 from pure-rand (Matsumoto & Nishimura 1998), seeded as
// init_genrand does, so small seeds still give well-mixed streams; advanced in place.
// `index(n)` uses multiply-shift on one 32-bit draw (Lemire 2019) [lemire2019].
import { mersenne } from "pure-rand/generator/mersenne";

/** A seeded random-number stream built by {@link createRng}. */
export interface Rng {
  /** A double in [0, 1) with 53 random bits. */
  next(): number;
  /** An integer in [0, n), from a 53-bit double. */
  int(n: number): number;
  /** An index in [0, n), n ≤ 2^32, from one 32-bit draw (bias below n / 2^32): for resampling. */
  index(n: number): number;
}

/**
 * A seeded random-number stream: the same seed gives the same draws on every machine.
 *
 * Method: Mersenne Twister MT19937 (Matsumoto & Nishimura 1998), seeded as init_genrand does;
 * `index(n)` uses multiply-shift on one 32-bit draw (Lemire 2019).
 * @example
 * ```ts
 * import { createRng } from "fgc-toolkit";
 * const rng = createRng(20240101);
 * rng.int(10); // => 4
 * createRng(20240101).int(10) === createRng(20240101).int(10); // => true
 * ```
 */
export function createRng(seed: number): Rng {
  const g = mersenne(seed >>> 0);
  const u32 = (): number => g.next() >>> 0;
  const next = (): number => {
    // 26 + 27 bits, as in the standard conversion to a 53-bit double.
    const a = u32() >>> 5;
    const b = u32() >>> 6;
    return (a * 67108864 + b) / 9007199254740992;
  };
  return {
    next,
    int: (n: number) => Math.floor(next() * n),
    // Multiply-shift (Lemire 2019) on one 32-bit draw: half the cost of a 53-bit double. Without
    // rejection its bias is below n / 2^32 (under 4e-7 for the 1,471 families of a trial).
    index: (n: number) => Math.floor((u32() * n) / 4294967296),
  };
}
