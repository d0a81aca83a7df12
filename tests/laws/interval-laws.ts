/**
 * Property suites every interval method inherits (house style §7): the interval contains the
 * estimate, a higher level gives an interval at least as wide, lower ≤ upper, and (where the
 * method promises it) limits inside the parameter space. One suite for single proportions
 * (x of n) and one for two-group comparisons (exposed vs comparator).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Estimate } from "../../src/stats/estimate.js";
import type { GroupCounts } from "../../src/stats/two-groups/group-counts.js";

export interface IntervalLawOptions {
  /** limits must lie in these bounds, e.g. [0, 1] for Wilson; omit for unclipped methods */
  bounds?: [number, number];
  /** relative slack for comparisons (methods whose roots are not found to full precision) */
  slack?: number;
  numRuns?: number;
  /** false for methods whose intervals are not nested across levels (Agresti–Coull); default true */
  nested?: boolean;
}

const SEED = Number(process.env.FC_SEED ?? 42);
const levels = fc.constantFrom(0.5, 0.8, 0.9, 0.95, 0.99, 0.999);

/** A single proportion: x of n, 1 ≤ n ≤ 500. */
const proportionCase = fc
  .integer({ min: 1, max: 500 })
  .chain((n) => fc.record({ n: fc.constant(n), x: fc.integer({ min: 0, max: n }) }));

export function describeIntervalLaws(
  name: string,
  fn: (x: number, n: number, level: number) => Estimate,
  options: IntervalLawOptions = {},
): void {
  describeLaws(name, proportionCase, (c, level) => fn(c.x, c.n, level), options);
}

/** Two groups: exposed a of n1 and comparator c of n0, 1 ≤ n ≤ 200. */
export const twoGroupCase = fc
  .record({ n1: fc.integer({ min: 1, max: 200 }), n0: fc.integer({ min: 1, max: 200 }) })
  .chain(({ n1, n0 }) =>
    fc.record({
      exposed: fc.record({ events: fc.integer({ min: 0, max: n1 }), n: fc.constant(n1) }),
      comparator: fc.record({ events: fc.integer({ min: 0, max: n0 }), n: fc.constant(n0) }),
    }),
  );

export function describeTwoGroupIntervalLaws(
  name: string,
  fn: (exposed: GroupCounts, comparator: GroupCounts, level: number) => Estimate,
  options: IntervalLawOptions = {},
): void {
  describeLaws(name, twoGroupCase, (c, level) => fn(c.exposed, c.comparator, level), options);
}

function describeLaws<T>(
  name: string,
  arb: fc.Arbitrary<T>,
  run: (c: T, level: number) => Estimate,
  options: IntervalLawOptions,
): void {
  const slack = options.slack ?? 1e-12;
  const numRuns = options.numRuns ?? 200;
  const le = (a: number, b: number) => a <= b + slack * Math.max(1, Math.abs(a), Math.abs(b)) || a === b;
  describe(`${name}: interval laws`, () => {
    it("contains its estimate, with lower ≤ upper", () => {
      fc.assert(
        fc.property(arb, levels, (c, level) => {
          const e = run(c, level);
          if (Number.isNaN(e.estimate)) return true;
          return le(e.ci[0], e.estimate) && le(e.estimate, e.ci[1]);
        }),
        { seed: SEED, numRuns },
      );
    });
    if (options.nested !== false) {
      it("is at least as wide at a higher level", () => {
        fc.assert(
          fc.property(arb, levels, levels, (c, l1, l2) => {
            const [lo, hi] = l1 < l2 ? [l1, l2] : [l2, l1];
            const narrow = run(c, lo);
            const wide = run(c, hi);
            if (Number.isNaN(narrow.estimate)) return true;
            return le(wide.ci[0], narrow.ci[0]) && le(narrow.ci[1], wide.ci[1]);
          }),
          { seed: SEED, numRuns },
        );
      });
    }
    if (options.bounds) {
      const [min, max] = options.bounds;
      it(`keeps its limits within [${min}, ${max}]`, () => {
        fc.assert(
          fc.property(arb, levels, (c, level) => {
            const e = run(c, level);
            if (Number.isNaN(e.estimate)) return true;
            return e.ci[0] >= min && e.ci[1] <= max;
          }),
          { seed: SEED, numRuns },
        );
      });
    }
    it("reports its level and a method id", () => {
      const e = fc.sample(arb, { seed: SEED, numRuns: 1 }).map((c) => run(c, 0.9))[0];
      expect(e.level).toBe(0.9);
      expect(e.method).toMatch(/^[a-z0-9_]+(\.[a-z0-9_]+)+$/);
    });
  });
}
