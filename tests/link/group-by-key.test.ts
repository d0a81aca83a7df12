import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { groupByKey } from "../../src/link/group-by-key.js";

describe("groupByKey", () => {
  it("groups rows by key in input order and leaves out key −1", () => {
    // keys [1, 0, 1, −1, 0]: key 0 → rows 1, 4; key 1 → rows 0, 2; row 3 unmatched
    const g = groupByKey(Int32Array.from([1, 0, 1, -1, 0]), 2);
    expect(Array.from(g.offsets)).toEqual([0, 2, 4]);
    expect(Array.from(g.order)).toEqual([1, 4, 0, 2]);
  });

  it("puts every matched row in its key's slice exactly once", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1, max: 9 }), { maxLength: 60 }), (keys) => {
        const g = groupByKey(Int32Array.from(keys), 10);
        const seen = new Set<number>();
        for (let k = 0; k < 10; k++) {
          for (let j = g.offsets[k]; j < g.offsets[k + 1]; j++) {
            if (keys[g.order[j]] !== k || seen.has(g.order[j])) return false;
            seen.add(g.order[j]);
          }
        }
        return seen.size === keys.filter((k) => k >= 0).length;
      }),
      { seed: 42, numRuns: 200 },
    );
  });
});
