import { describe, expect, it } from "vitest";
import type { ReturnCount } from "../../src/returns/aggregate-return.js";
import { returnCellValues } from "../../src/returns/return-cell-values.js";

const MEASURES = [
  "children_entering_pre_proceedings",
  "children_followed_12m",
  "children_proceedings_12m",
  "children_entered_care_12m",
  "children_looked_after_12m",
] as const;

/** One category's counts in measure order: entering, followed, then the three outcomes. */
function category(name: string, values: number[]): ReturnCount[] {
  return MEASURES.map((measure, i) => ({ breakdown: "sex", category: name, measure, count: values[i] }));
}

describe("returnCellValues(counts, hidden)", () => {
  it("writes the outcomes of a category with no child followed as ':', never 0, and counts them", () => {
    const counts = [...category("M", [8, 0, 0, 0, 0]), ...category("F", [9, 7, 2, 0, 1])];
    const cells = returnCellValues(
      counts,
      counts.map(() => false),
    );
    expect(cells.values).toEqual([8, 0, ":", ":", ":", 9, 7, 2, 0, 1]);
    expect(cells).toMatchObject({ notAvailable: 3, hiddenWithFollowed: 0 });
  });

  it("writes c where disclosure control hides a cell, and c rather than ':' when the followed 0 is hidden", () => {
    const counts = [...category("M", [8, 0, 0, 0, 0]), ...category("F", [9, 7, 2, 0, 1])];
    // F's proceedings (2) hidden; M's followed count (0) hidden as a complementary cell.
    const hidden = counts.map((_, i) => i === 1 || i === 7);
    const cells = returnCellValues(counts, hidden);
    // ':' in M's outcomes would tell that M's hidden followed count is 0.
    expect(cells.values).toEqual([8, "c", "c", "c", "c", 9, 7, "c", 0, 1]);
    expect(cells).toMatchObject({ notAvailable: 0, hiddenWithFollowed: 3 });
  });
});
