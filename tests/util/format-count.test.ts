// util/format-count.ts: whole numbers grouped by hand must be, character for character, what
// Intl's en-GB number format writes; everything else is Intl's own output.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatCount } from "../../src/util/format-count.js";

const intl = new Intl.NumberFormat("en-GB");

describe("formatCount", () => {
  it("groups thousands with commas", () => {
    expect(formatCount(0)).toBe("0");
    expect(formatCount(999)).toBe("999");
    expect(formatCount(1000)).toBe("1,000");
    expect(formatCount(2537)).toBe("2,537");
    expect(formatCount(-1471)).toBe("-1,471");
    expect(formatCount(123456789)).toBe("123,456,789");
    expect(formatCount(1e15)).toBe("1,000,000,000,000,000");
  });

  it("writes what Intl's en-GB format writes, at every number of digits and both signs", () => {
    const values = [0, -0, 1, -1, Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER, 2 ** 53, 2 ** 53 + 2];
    for (let p = 1; p <= 16; p++)
      for (const base of [10 ** p, 10 ** p - 1, 10 ** p + 1, 2 * 10 ** p + 345, 10 ** (p - 1) * 7 + 12])
        values.push(base, -base);
    values.push(0.5, -0.5, 1234.5678, -2537.0004, 1e21, 1.5e300, Number.NaN, Infinity, -Infinity, 5e-324);
    for (const v of values) expect(formatCount(v), String(v)).toBe(intl.format(v));
  });

  it("agrees with Intl on any integer and any number", () => {
    fc.assert(
      fc.property(fc.integer({ min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }), (n) => {
        expect(formatCount(n)).toBe(intl.format(n));
      }),
      { numRuns: 5000 },
    );
    fc.assert(
      fc.property(fc.double(), (n) => {
        expect(formatCount(n)).toBe(intl.format(n));
      }),
      { numRuns: 2000 },
    );
  });
});
