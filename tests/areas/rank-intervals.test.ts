import { describe, expect, it } from "vitest";
import { rankIntervals } from "../../src/areas/rank-intervals.js";
import { createRng } from "../../src/util/rng.js";

const areas = [
  { la: "a", events: 900, n: 1000 },
  { la: "b", events: 100, n: 1000 },
  { la: "c", events: 5, n: 10 },
  { la: "d", events: 6, n: 10 },
];

describe("rankIntervals", () => {
  it("ranks 1 = highest rate; a large clear leader has the interval [1, 1]", () => {
    const r = rankIntervals(areas, 500, createRng(1), 0.95);
    expect(r.map((x) => x.rank)).toEqual([1, 4, 3, 2]);
    expect([r[0].lower, r[0].upper]).toEqual([1, 1]);
    expect([r[1].lower, r[1].upper]).toEqual([4, 4]);
  });
  it("small areas with close rates get wide, overlapping intervals that contain their rank", () => {
    const r = rankIntervals(areas, 500, createRng(1), 0.95);
    for (const x of r) {
      expect(x.lower).toBeLessThanOrEqual(x.rank);
      expect(x.upper).toBeGreaterThanOrEqual(x.rank);
    }
    expect(r[2].upper - r[2].lower).toBeGreaterThanOrEqual(1);
    expect(r[3].lower).toBeLessThanOrEqual(r[2].upper);
  });
  it("the same seed gives the same intervals", () => {
    expect(rankIntervals(areas, 200, createRng(5), 0.95)).toEqual(
      rankIntervals(areas, 200, createRng(5), 0.95),
    );
  });
});
