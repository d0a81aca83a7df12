// Seeded random numbers. Nothing in the toolkit calls Math.random: estimators that resample take
// an `Rng` built here from the plan's seed, so the same seed gives the same draws on every machine.
//
// Generator: Mersenne Twister MT19937 (Matsumoto & Nishimura 1998), seeded as init_genrand does,
// so small seeds still give well-mixed streams; its 624 words live in an Int32Array. `index(n)` uses multiply-shift on one 32-bit draw (Lemire 2019).
// mt19937State gives a stream's words and position to kernels that continue it (stats/wasm).

/** A seeded random-number stream built by {@link createRng}. */
export interface Rng {
  /** A double in [0, 1) with 53 random bits. */
  next(): number;
  /** An integer in [0, n), from a 53-bit double. */
  int(n: number): number;
  /** An index in [0, n), n ≤ 2^32, from one 32-bit draw (bias below n / 2^32): for resampling. */
  index(n: number): number;
}

// MT19937's constants (Matsumoto & Nishimura 1998, Table 2 and init_genrand).
const N = 624;
const M = 397;
const MATRIX_A = 0x9908b0df | 0;
const UPPER = 0x80000000 | 0;
const LOWER = 0x7fffffff;
const INIT_MULTIPLIER = 1812433253;

/**
 * A seeded random-number stream: the same seed gives the same draws on every machine.
 *
 * Method: Mersenne Twister MT19937 (Matsumoto & Nishimura 1998) [matsumoto1998], seeded as
 * init_genrand does with `seed >>> 0`; `index(n)` uses multiply-shift on one 32-bit draw
 * (Lemire 2019) [lemire2019]; `next()` joins 26 + 27 bits of two draws into a 53-bit double.
 * Choices: the generator is written here on an Int32Array rather than called from pure-rand:
 * the stream is the same word for word (pure-rand's `mersenne(seed)` is the test oracle,
 * tests/util/rng.test.ts), and `index` costs 3.0 ns a draw against 3.5 ns through pure-rand's
 * generator (4.0 against 5.4 ns over the first 6 × 10^6 draws of a fresh process, as a trial's
 * re-randomisation and bootstrap make them; best of 5 runs, Node 20), with one dependency less.
 * @example
 * ```ts
 * import { createRng } from "fgc-toolkit";
 * const rng = createRng(20240101);
 * rng.int(10); // => 4
 * createRng(20240101).int(10) === createRng(20240101).int(10); // => true
 * ```
 */
export function createRng(seed: number): Rng {
  const g = new Mt19937(seed >>> 0);
  const next = (): number => {
    // 26 + 27 bits, as in the standard conversion to a 53-bit double.
    const a = g.word() >>> 5;
    const b = g.word() >>> 6;
    return (a * 67108864 + b) / 9007199254740992;
  };
  const rng: Rng = {
    next,
    int: (n: number) => Math.floor(next() * n),
    // Multiply-shift (Lemire 2019) on one 32-bit draw: half the cost of a 53-bit double. Without
    // rejection its bias is below n / 2^32 (under 4e-7 for the 1,471 families of a trial).
    index: (n: number) => Math.floor(((g.word() >>> 0) * n) / 4294967296),
  };
  generators.set(rng, { state: g, index: rng.index });
  return rng;
}

/**
 * The state of a generator made by {@link createRng}: its 624 words and the position (0..623) of
 * the next word to read. A kernel that continues the stream elsewhere (stats/wasm) reads both,
 * draws, then writes back the words and the position it reached, so that the generator goes on
 * exactly where the kernel stopped.
 */
export interface Mt19937State {
  /** MT19937's words, as int32; word `at` is the next one read (tempered), then regenerated. */
  readonly mt: Int32Array;
  /** The position of the next word to read. */
  at: number;
}

/** Each createRng stream's generator, with the `index` it was made with; kept out of the Rng's own keys. */
const generators = new WeakMap<Rng, { state: Mt19937; index: Rng["index"] }>();

/**
 * The MT19937 state behind `rng`, or undefined when `rng` is not a createRng stream or its
 * `index` has been replaced (such a stream's draws can only be taken through its methods).
 * @example
 * ```ts
 * const rng = createRng(1);
 * mt19937State(rng)?.at; // => 0
 * mt19937State({ ...rng }); // => undefined
 * ```
 */
export function mt19937State(rng: Rng): Mt19937State | undefined {
  const entry = generators.get(rng);
  return entry && entry.index === rng.index ? entry.state : undefined;
}

/**
 * MT19937's state: 624 words, tempered on output. Each word is regenerated right after it is
 * read (as pure-rand does) rather than all 624 at once: the same stream, and in V8 the one small
 * step inlines into the caller's loop, where a batch refill measured slower.
 */
class Mt19937 implements Mt19937State {
  readonly mt = new Int32Array(N);
  at = 0;
  constructor(seed: number) {
    const mt = this.mt;
    mt[0] = seed | 0;
    for (let i = 1; i < N; i++) {
      const prev = mt[i - 1];
      mt[i] = (Math.imul(INIT_MULTIPLIER, prev ^ (prev >>> 30)) + i) | 0;
    }
    for (let i = 0; i < N; i++) twist(mt, i);
  }
  /** The next tempered 32-bit word, as a signed int32. */
  word(): number {
    const at = this.at;
    let y = this.mt[at];
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    this.at = twist(this.mt, at);
    return y;
  }
}

/** Regenerates word k (MT19937's recurrence) and returns the index of the next word to read. */
function twist(mt: Int32Array, k: number): number {
  if (k < N - M) {
    const y = (mt[k] & UPPER) | (mt[k + 1] & LOWER);
    mt[k] = mt[k + M] ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A);
    return k + 1;
  }
  if (k < N - 1) {
    const y = (mt[k] & UPPER) | (mt[k + 1] & LOWER);
    mt[k] = mt[k + M - N] ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A);
    return k + 1;
  }
  const y = (mt[k] & UPPER) | (mt[0] & LOWER);
  mt[k] = mt[M - 1] ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A);
  return 0;
}
