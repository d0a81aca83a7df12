import { describe, expect, it } from "vitest";
import { lpBounds } from "./lp-bounds.js";

describe("lpBounds (the attacker's LP)", () => {
  it("bounds two unknowns that add to a known total: x + y = 7, x ≤ 5", () => {
    // x + y = 7, x ≤ 5, y ≥ 0 -> x in [0, 5], y in [2, 7]
    const b = lpBounds(2, [
      {
        coef: new Map([
          [0, 1],
          [1, 1],
        ]),
        kind: "eq",
        rhs: 7,
      },
      { coef: new Map([[0, 1]]), kind: "le", rhs: 5 },
    ]);
    expect(b[0][0]).toBeCloseTo(0);
    expect(b[0][1]).toBeCloseTo(5);
    expect(b[1][0]).toBeCloseTo(2);
    expect(b[1][1]).toBeCloseTo(7);
  });
  it("pins a cell determined by two tables: x + y = 4, x + z = 4, y + z = 4", () => {
    // adding all: 2(x + y + z) = 12 -> x + y + z = 6 -> x = 2
    const b = lpBounds(3, [
      {
        coef: new Map([
          [0, 1],
          [1, 1],
        ]),
        kind: "eq",
        rhs: 4,
      },
      {
        coef: new Map([
          [0, 1],
          [2, 1],
        ]),
        kind: "eq",
        rhs: 4,
      },
      {
        coef: new Map([
          [1, 1],
          [2, 1],
        ]),
        kind: "eq",
        rhs: 4,
      },
    ]);
    for (const [lo, hi] of b) {
      expect(lo).toBeCloseTo(2);
      expect(hi).toBeCloseTo(2);
    }
  });
  it("reports an unbounded maximum as Infinity", () => {
    const b = lpBounds(2, [
      {
        coef: new Map([
          [0, 1],
          [1, -1],
        ]),
        kind: "le",
        rhs: 0,
      },
    ]);
    expect(b[1][1]).toBe(Infinity);
  });
});
