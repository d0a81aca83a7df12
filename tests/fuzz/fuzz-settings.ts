/**
 * How hard the fuzz suite tries: runs per property from FGC_FUZZ_RUNS (small by default, so
 * `npm test` spends seconds here; `npm run fuzz` sets it large), a fixed seed per property
 * (FC_SEED overrides it, to replay a failure fast-check printed), and a time bound per case, so
 * a hang is a failure instead of a stuck suite. Set FGC_FUZZ_SHRINK=1 to shrink a failure to a
 * minimal counterexample (slow; off by default so a known failure costs one case).
 */
import * as fc from "fast-check";
import { it } from "vitest";

/** Runs per property: FGC_FUZZ_RUNS, else 8. */
export function fuzzRuns(): number {
  const n = Number(process.env.FGC_FUZZ_RUNS ?? "");
  return Number.isInteger(n) && n > 0 ? n : 8;
}

/** fast-check parameters for one property; `seed` is the property's own fixed seed. */
export function fuzzParameters<T>(seed: number, runs = fuzzRuns(), examples: T[] = []): fc.Parameters<T> {
  const replay = Number(process.env.FC_SEED ?? "");
  return {
    examples,
    seed: Number.isInteger(replay) && process.env.FC_SEED ? replay : seed,
    numRuns: runs,
    timeout: caseTimeoutMs,
    endOnFailure: process.env.FGC_FUZZ_SHRINK !== "1",
  };
}

/** No single case (one read, or one command run, on a mutated file) may take longer than this: a hang fails. */
export const caseTimeoutMs = 30_000;

/** Test timeout for a property: every run at the case bound, with room for the setup. */
export function propertyTimeoutMs(runs = fuzzRuns()): number {
  return 30_000 + runs * caseTimeoutMs;
}

/**
 * One seeded property as a test. `examples` run first, whatever the size: the counterexamples of
 * the bugs this suite found are kept there as regression cases.
 */
export function fuzzProperty<T>(
  name: string,
  seed: number,
  property: fc.IAsyncPropertyWithHooks<T>,
  options: { runs?: number; examples?: T[] } = {},
): void {
  const runs = options.runs ?? fuzzRuns();
  it(
    name,
    async () => {
      await fc.assert(property, fuzzParameters<T>(seed, runs, options.examples));
    },
    propertyTimeoutMs(runs),
  );
}

/**
 * A position in [0, 1], uniform: fc.double leans to the ends and to tiny values, which would
 * put nearly every cut or flip in a file's first bytes.
 */
export function fraction(): fc.Arbitrary<number> {
  return fc.noBias(fc.integer({ min: 0, max: 1_000_000 })).map((n) => n / 1_000_000);
}
