import { describe, expect, it } from "vitest";
import { placementGroup } from "../../src/schema/codes/placement-groups.js";
import { daysInCareByGroup } from "../../src/outcomes/days-in-care-by-group.js";

describe("placementGroup (domain.md §1.7)", () => {
  it("puts U1–U3 with kin, U4–U6 in foster care, K1, K2, R1, S1 in residential care, the rest in other", () => {
    expect(["U1", "U2", "U3"].map(placementGroup)).toEqual(["kin", "kin", "kin"]);
    expect(["U4", "U5", "U6"].map(placementGroup)).toEqual(["foster", "foster", "foster"]);
    expect(["K1", "K2", "R1", "S1"].map(placementGroup)).toEqual(Array(4).fill("residential"));
    expect(["P1", "A3", "K3", "H5", "R2", "R5", "T0", "Z11", " u4 ", null].map(placementGroup)).toEqual([
      ...Array(8).fill("other"),
      "foster",
      "other",
    ]);
  });
});

describe("daysInCareByGroup", () => {
  it("counts each day of (index, index + W] once, in the group of the episode that started first", () => {
    // Index day 0, W = 365: window days 1..365 = [1, 366).
    // Foster [−10, 100): days 1..99 = 99; kin [50, 200) overlaps: its days 100..199 = 100;
    // residential [300, 500): days 300..365 = 66. Total 265 = the union [1, 200) ∪ [300, 366).
    const out = new Float64Array(4);
    daysInCareByGroup([-10, 50, 300], [100, 200, 500], [0, 1, 2], 3, 0, 365, out);
    expect(Array.from(out)).toEqual([99, 100, 66, 0]);
  });

  it("counts nothing for an episode inside one already counted, or with no day", () => {
    const out = new Float64Array(4);
    daysInCareByGroup([10, 20, 40], [50, 30, 40], [0, 3, 1], 3, 0, 365, out);
    expect(Array.from(out)).toEqual([40, 0, 0, 0]);
  });
});
