import { describe, expect, it } from "vitest";
import { parsePeriod, periodsOverlap } from "../../src/areas/period.js";

describe("parsePeriod", () => {
  it("reads financial years and explicit ranges", () => {
    const fy = parsePeriod("2023-24");
    expect(fy?.label).toBe("2023-24");
    // 1 April 2023 to 31 March 2024 is 366 days (2024 is a leap year): end − start = 365
    expect((fy?.end ?? 0) - (fy?.start ?? 0)).toBe(365);
    expect(parsePeriod("202324")?.label).toBe("2023-24");
    expect(parsePeriod("2023-04-01/2023-09-30")?.label).toBe("2023-04-01/2023-09-30");
  });
  it("refuses what is not a period", () => {
    expect(parsePeriod("2023-25")).toBeUndefined();
    expect(parsePeriod("2023")).toBeUndefined();
    expect(parsePeriod("2023-09-30/2023-04-01")).toBeUndefined();
  });
  it("finds overlaps: a half year inside a year overlaps it; consecutive years do not", () => {
    const y = parsePeriod("2023-24");
    const h = parsePeriod("2023-10-01/2024-03-31");
    const next = parsePeriod("2024-25");
    if (!y || !h || !next) throw new Error("unparsed");
    expect(periodsOverlap(y, h)).toBe(true);
    expect(periodsOverlap(y, next)).toBe(false);
  });
});
