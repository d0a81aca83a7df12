import { describe, expect, it } from "vitest";
import { editDistance, nearestName } from "../../src/util/edit-distance.js";

describe("editDistance (optimal string alignment)", () => {
  it.each([
    ["", "", 0],
    ["", "abc", 3],
    ["abc", "", 3],
    ["subgroups", "subgroups", 0],
    ["subgrups", "subgroups", 1], // insertion
    ["primray", "primary", 1], // adjacent swap counts once (Levenshtein would say 2)
    ["kitten", "sitting", 3], // the textbook example: k→s, e→i, +g
    ["ca", "abc", 3], // OSA, not unrestricted Damerau–Levenshtein (which gives 2)
    ["covariate", "covariates", 1],
  ])("%j → %j is %d", (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
  });

  it("is symmetric and zero only for equal strings", () => {
    const words = ["window", "widow", "level", "seed", "secondary", "sceondary", ""];
    for (const a of words)
      for (const b of words) {
        expect(editDistance(a, b)).toBe(editDistance(b, a));
        expect(editDistance(a, b) === 0).toBe(a === b);
      }
  });
});

describe("nearestName", () => {
  const fields = ["version", "primary", "secondary", "window", "subgroups", "seed", "level"];

  it("suggests the field a typo meant", () => {
    expect(nearestName("subgrups", fields)).toBe("subgroups");
    expect(nearestName("Primary", fields)).toBe("primary");
    expect(nearestName("secondry", fields)).toBe("secondary");
  });

  it("suggests the one candidate a name begins, however far", () => {
    const outcomes = ["looked_after_12m", "entered_care_12m", "proceedings_12m", "days_in_care_12m"];
    expect(nearestName("proceedings", outcomes)).toBe("proceedings_12m");
    expect(nearestName("looked_after", outcomes)).toBe("looked_after_12m");
    expect(nearestName("en", outcomes)).toBeUndefined(); // too short to say
  });

  it("suggests nothing when no candidate is close", () => {
    expect(nearestName("outcomes", fields)).toBeUndefined();
    expect(nearestName("x", fields)).toBeUndefined();
    expect(nearestName("anything", [])).toBeUndefined();
  });
});
