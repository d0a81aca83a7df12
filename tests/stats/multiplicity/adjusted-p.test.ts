import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bhAdjustedP } from "../../../src/stats/multiplicity/bh-adjusted-p.js";
import { hochbergAdjustedP } from "../../../src/stats/multiplicity/hochberg-adjusted-p.js";
import { holmAdjustedP } from "../../../src/stats/multiplicity/holm-adjusted-p.js";
import { StatsError } from "../../../src/util/errors.js";

const methods = { holm: holmAdjustedP, hochberg: hochbergAdjustedP, bh: bhAdjustedP };
const pValues = fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 20 });

describe("hand cases", () => {
  it("holmAdjustedP([0.01, 0.04, 0.03])", () => {
    // sorted 0.01·3 = 0.03; 0.03·2 = 0.06; 0.04·1 = 0.04 → running max 0.06
    const r = holmAdjustedP([0.01, 0.04, 0.03]).adjusted;
    expect(r[0]).toBeCloseTo(0.03, 15);
    expect(r[1]).toBeCloseTo(0.06, 15);
    expect(r[2]).toBeCloseTo(0.06, 15);
  });
  it("hochbergAdjustedP([0.01, 0.04, 0.03])", () => {
    // from the top: 0.04·1 = 0.04; 0.03·2 = 0.06 → min 0.04; 0.01·3 = 0.03
    const r = hochbergAdjustedP([0.01, 0.04, 0.03]).adjusted;
    expect(r).toEqual([expect.closeTo(0.03, 15), expect.closeTo(0.04, 15), expect.closeTo(0.04, 15)]);
  });
  it("bhAdjustedP([0.01, 0.04, 0.03])", () => {
    // from the top: 3/3·0.04 = 0.04; 3/2·0.03 = 0.045 → 0.04; 3/1·0.01 = 0.03
    const r = bhAdjustedP([0.01, 0.04, 0.03]).adjusted;
    expect(r).toEqual([expect.closeTo(0.03, 15), expect.closeTo(0.04, 15), expect.closeTo(0.04, 15)]);
  });
  it("caps adjusted values at 1", () => {
    // 0.6·2 = 1.2 → 1
    expect(holmAdjustedP([0.6, 0.7]).adjusted).toEqual([1, 1]);
  });
  it("NaN passes through and is not counted as a test", () => {
    // m = 2: 0.01·2 = 0.02, 0.04·1 = 0.04
    const r = holmAdjustedP([0.01, Number.NaN, 0.04]);
    expect(r.n).toBe(2);
    expect(r.adjusted[0]).toBeCloseTo(0.02, 15);
    expect(r.adjusted[1]).toBeNaN();
    expect(r.adjusted[2]).toBeCloseTo(0.04, 15);
    expect(r.notes.join(" ")).toMatch(/missing/);
  });
  it("tied p-values get equal adjusted values", () => {
    for (const f of Object.values(methods)) {
      const r = f([0.02, 0.01, 0.02, 0.5]).adjusted;
      expect(r[0]).toBe(r[2]);
    }
  });
  it("an empty list gives an empty list", () => {
    expect(bhAdjustedP([]).adjusted).toEqual([]);
  });
  it("rejects p-values outside [0, 1]", () => {
    expect(() => holmAdjustedP([0.5, 1.2])).toThrow(StatsError);
    expect(() => bhAdjustedP([-0.1])).toThrow(StatsError);
    expect(() => hochbergAdjustedP([Number.POSITIVE_INFINITY])).toThrow(StatsError);
  });
});

describe("laws", () => {
  for (const [name, f] of Object.entries(methods)) {
    it(`${name}: adjusted p-values lie in [raw p, 1]`, () => {
      fc.assert(
        fc.property(pValues, (p) => f(p).adjusted.every((q, i) => q >= p[i] - 1e-15 && q <= 1)),
        { seed: 42, numRuns: 200 },
      );
    });
    it(`${name}: adjusted p-values keep the order of the raw ones`, () => {
      fc.assert(
        fc.property(pValues, (p) => {
          const q = f(p).adjusted;
          return p.every((pi, i) => p.every((pj, j) => !(pi <= pj) || q[i] <= q[j] + 1e-15));
        }),
        { seed: 42, numRuns: 200 },
      );
    });
    it(`${name}: permuting the input permutes the output`, () => {
      fc.assert(
        fc.property(pValues, (p) => {
          const q = f(p).adjusted;
          const rev = f([...p].reverse()).adjusted.reverse();
          return q.every((v, i) => v === rev[i]);
        }),
        { seed: 42, numRuns: 200 },
      );
    });
  }
  it("BH ≤ Hochberg ≤ Holm", () => {
    fc.assert(
      fc.property(pValues, (p) => {
        const bh = bhAdjustedP(p).adjusted;
        const hoch = hochbergAdjustedP(p).adjusted;
        const holm = holmAdjustedP(p).adjusted;
        return p.every((_, i) => bh[i] <= hoch[i] + 1e-15 && hoch[i] <= holm[i] + 1e-15);
      }),
      { seed: 42, numRuns: 200 },
    );
  });
  it("the smallest Holm and Hochberg values are m·min p (Bonferroni), capped at 1", () => {
    fc.assert(
      fc.property(pValues, (p) => {
        const min = Math.min(...p);
        const expected = Math.min(1, p.length * min);
        const i = p.indexOf(min);
        return holmAdjustedP(p).adjusted[i] === expected && hochbergAdjustedP(p).adjusted[i] <= expected;
      }),
      { seed: 42, numRuns: 200 },
    );
  });
});
