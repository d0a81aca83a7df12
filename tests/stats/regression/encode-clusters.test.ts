import { describe, expect, it } from "vitest";
import { encodeClusters } from "../../../src/stats/regression/encode-clusters.js";
import { StatsError } from "../../../src/util/errors.js";

describe("encodeClusters", () => {
  it("codes ids 0..G−1 in order of first appearance", () => {
    const c = encodeClusters(["F2", "F1", "F2", "F3"]);
    expect(Array.from(c.codes)).toEqual([0, 1, 0, 2]);
    expect(c.count).toBe(3);
  });

  it("keeps the number 1 and the string '1' apart, and rejects missing ids", () => {
    expect(encodeClusters([1, "1"]).count).toBe(2);
    expect(() => encodeClusters(["F1", Number.NaN])).toThrow(StatsError);
  });
});
