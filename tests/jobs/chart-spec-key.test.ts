/**
 * jobs/chart-spec-key.ts: equal specs have equal keys, and the numbers JSON would merge (NaN,
 * ±Infinity, −0 against null and 0) keep specs apart, so a chart drawn ahead is never reused for
 * a spec that could draw differently.
 */
import { describe, expect, it } from "vitest";
import { chartSpecKey } from "../../src/jobs/chart-spec-key.js";

const spec = (x: unknown) => ({ mark: "point", data: { values: [{ x, y: 1 }] } });

describe("chartSpecKey", () => {
  it("is the same for equal specs built apart", () => {
    expect(chartSpecKey(spec(2.5))).toBe(chartSpecKey(spec(2.5)));
    expect(chartSpecKey(spec(null))).toBe(chartSpecKey(spec(null)));
  });

  it("tells apart the values JSON writes alike", () => {
    const keys = [null, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 0, -0, "0"].map((x) =>
      chartSpecKey(spec(x)),
    );
    expect(new Set(keys).size).toBe(keys.length);
  });
});
