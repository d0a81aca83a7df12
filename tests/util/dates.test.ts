/**
 * Issue 12, case 7: Date.UTC reads years 0–99 as 1900–1999, so "01/01/0023" was 1923 and
 * "29/02/0000" passed as 29/02/1900's neighbour. Day numbers are now computed for any year.
 */
import { describe, expect, it } from "vitest";
import { dayFromParts, firstPlausibleDay, formatDay, parseDay } from "../../src/util/dates.js";

/** An independent oracle: setUTCFullYear takes the year as written, unlike Date.UTC. */
function oracle(y: number, m: number, d: number): number {
  const t = new Date(0);
  t.setUTCFullYear(y, m - 1, d);
  return t.getTime() / 86_400_000;
}

describe("dayFromParts", () => {
  it("agrees with setUTCFullYear on the first, leap and last days of every year 0–2400", () => {
    for (let y = 0; y <= 2400; y++) {
      const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
      expect(dayFromParts(y, 1, 1)).toBe(oracle(y, 1, 1));
      expect(dayFromParts(y, 2, 28)).toBe(oracle(y, 2, 28));
      expect(dayFromParts(y, 3, 1)).toBe(oracle(y, 3, 1));
      expect(dayFromParts(y, 12, 31)).toBe(oracle(y, 12, 31));
      expect(dayFromParts(y, 2, 29)).toBe(leap ? oracle(y, 2, 29) : null);
    }
  });

  it("does not read years 0–99 as 1900–1999", () => {
    expect(formatDay(parseDay("01/01/0023") as number)).toBe("0023-01-01");
    expect(parseDay("0099-12-31")).not.toBe(parseDay("1999-12-31"));
    // 1900 is not a leap year, 0000 is (divisible by 400): 29/02/0000 exists, 29/02/1900 does not.
    expect(parseDay("29/02/1900")).toBeNull();
    expect(formatDay(parseDay("29/02/0000") as number)).toBe("0000-02-29");
  });

  it("firstPlausibleDay is 01/01/1900", () => {
    expect(firstPlausibleDay).toBe(parseDay("1900-01-01"));
  });
});
