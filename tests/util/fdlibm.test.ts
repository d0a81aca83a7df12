import { describe, expect, it } from "vitest";
import { fdlibmExp, fdlibmLog } from "../../src/util/fdlibm.js";

/**
 * util/fdlibm.ts copies the algorithm of Node 20's V8 (ieee754.cc): on this Node it must give
 * Math.exp and Math.log bit for bit, or the browser app's results.json would no longer be the
 * CLI's. If a newer Node changes its libm, this fails, and the app's numbers and the CLI's differ.
 */
describe("fdlibmExp and fdlibmLog", () => {
  it("equal Node's Math.exp and Math.log bit for bit on 200,000 points across the range", () => {
    let differ = 0;
    for (let i = 1; i <= 100_000; i++) {
      const x = (i / 137 - 365) * 1.0000003; // -365 to 365
      if (!Object.is(fdlibmExp(x), Math.exp(x))) differ++;
      const y = Math.abs(x) * 10 ** ((i % 41) - 20); // 1e-20 to 1e22 times the grid
      if (!Object.is(fdlibmLog(y), Math.log(y))) differ++;
    }
    expect(differ).toBe(0);
  });

  it("give the special values: exp(1) = e, exp(0) = 1, overflow to ∞, underflow to 0, log of 0, 1, negatives, ∞ and NaN", () => {
    expect(fdlibmExp(1)).toBe(Math.E);
    expect(fdlibmExp(0)).toBe(1);
    expect(fdlibmExp(710)).toBe(Number.POSITIVE_INFINITY);
    expect(fdlibmExp(-746)).toBe(0);
    expect(fdlibmExp(Number.NEGATIVE_INFINITY)).toBe(0);
    expect(fdlibmExp(Number.NaN)).toBeNaN();
    expect(fdlibmLog(1)).toBe(0);
    expect(fdlibmLog(0)).toBe(Number.NEGATIVE_INFINITY);
    expect(fdlibmLog(-1)).toBeNaN();
    expect(fdlibmLog(Number.POSITIVE_INFINITY)).toBe(Number.POSITIVE_INFINITY);
    expect(fdlibmLog(5e-324)).toBe(Math.log(5e-324)); // subnormal: scaled by 2^54 first
    expect(fdlibmLog(Math.E)).toBe(1);
  });
});
