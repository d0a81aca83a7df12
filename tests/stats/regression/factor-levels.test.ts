import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildDesignMatrix } from "../../../src/stats/regression/design-matrix.js";
import { factorLevels } from "../../../src/stats/regression/factor-levels.js";

describe("factorLevels", () => {
  it("orders all-numeric levels numerically, as R's factor(c(10, 2, 1)) gives 1 2 10", () => {
    expect(factorLevels(["10", "2", "1", "2"])).toEqual(["1", "2", "10"]);
    expect(factorLevels(["-1.5", "0.25", "-10"])).toEqual(["-10", "-1.5", "0.25"]);
  });

  it("orders text by code point when any level is not a number (factor(c('b', 'a', '10', '9')))", () => {
    expect(factorLevels(["b", "a", "10", "9"])).toEqual(["10", "9", "a", "b"]);
    expect(factorLevels(["2", ""])).toEqual(["", "2"]);
  });

  it("keeps numerically equal spellings as distinct levels, by code point", () => {
    expect(factorLevels(["1.0", "1", "0"])).toEqual(["0", "1", "1.0"]);
  });

  it("does not depend on the order of the values", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.integer({ min: -50, max: 50 }).map(String), fc.string({ maxLength: 3 }))),
        (values) => {
          const sorted = factorLevels(values);
          expect(factorLevels([...values].reverse())).toEqual(sorted);
          expect(new Set(sorted).size).toBe(sorted.length);
          return true;
        },
      ),
      { seed: 42, numRuns: 200 },
    );
  });
});

describe("buildDesignMatrix with a numeric factor", () => {
  it("takes the numerically smallest level as the reference, as R's factor() of a number column", () => {
    const d = buildDesignMatrix({ factors: [{ name: "la", values: ["10", "9", "10", "201"] }] });
    expect(d.factors[0].levels).toEqual(["9", "10", "201"]);
    expect(d.columnNames).toEqual(["(Intercept)", "la10", "la201"]);
    const n = buildDesignMatrix({ factors: [{ name: "la", values: [10, 9, 10, 201] }] });
    expect(n.columnNames).toEqual(d.columnNames);
  });
});
