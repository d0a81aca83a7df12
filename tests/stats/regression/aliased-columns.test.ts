import { describe, expect, it } from "vitest";
import { activeColumns, aliasedColumns } from "../../../src/stats/regression/aliased-columns.js";
import { weightedCrossProduct } from "../../../src/stats/regression/design-algebra.js";
import { buildDesignMatrix } from "../../../src/stats/regression/design-matrix.js";

describe("aliasedColumns", () => {
  it("finds the later of two proportional columns whatever their units", () => {
    const d = buildDesignMatrix({
      covariates: [
        { name: "days", values: [10, 200, 365, 40] },
        { name: "years", values: [10 / 365, 200 / 365, 1, 40 / 365] },
      ],
    });
    expect(aliasedColumns(weightedCrossProduct(d))).toEqual([2]);
  });

  it("finds a dummy set that sums to the intercept and an all-zero column", () => {
    // female + male = 1 = intercept; `none` is all zero.
    const d = buildDesignMatrix({
      covariates: [
        { name: "female", values: [1, 0, 1, 0] },
        { name: "male", values: [0, 1, 0, 1] },
        { name: "none", values: [0, 0, 0, 0] },
      ],
    });
    const notes: string[] = [];
    const { active, aliased } = activeColumns(weightedCrossProduct(d), d.columnNames, notes);
    expect(aliased).toEqual([2, 3]);
    expect(Array.from(active)).toEqual([0, 1]);
    expect(notes[0]).toMatch(/male, none/);
  });

  it("finds nothing in a full-rank design with an LA factor", () => {
    const d = buildDesignMatrix({
      treatment: { name: "arm", values: [1, 0, 1, 0, 1, 0] },
      factors: [{ name: "la", values: ["a", "a", "b", "b", "c", "c"] }],
    });
    expect(aliasedColumns(weightedCrossProduct(d))).toEqual([]);
  });
});
