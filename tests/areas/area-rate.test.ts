import { describe, expect, it } from "vitest";
import { areaRate, rateSymbol } from "../../src/areas/area-rate.js";
import { areaMeasures } from "../../src/areas/measures.js";
import type { PublishedCounts } from "../../src/areas/published-counts.js";
import { wilsonInterval } from "../../src/stats/proportions/wilson-interval.js";

const offer = areaMeasures.find((m) => m.id === "family_offer_rate");
const care = areaMeasures.find((m) => m.id === "entered_care_12m");
const published = (entries: [string, number | "c" | "z" | ":"][]): PublishedCounts => ({
  values: new Map(entries.map(([m, v]) => [`202|2023-24|all|all|${m}`, v])),
  las: ["202"],
  periods: ["2023-24"],
});

describe("areaRate", () => {
  it("is the Wilson interval of the published counts", () => {
    if (!offer) throw new Error("no measure");
    const r = areaRate(
      published([
        ["families_offered_fgc", 12],
        ["families_entering_pre_proceedings", 20],
      ]),
      "202",
      "2023-24",
      offer,
      0.95,
    );
    // 12 / 20 = 0.6
    expect(r.rate).toBe(0.6);
    expect(r.ci).toEqual(wilsonInterval(12, 20, 0.95).ci);
    expect(r.symbol).toBeNull();
  });
  it("suppresses a rate on a suppressed count and marks a zero denominator not applicable", () => {
    if (!offer) throw new Error("no measure");
    expect(
      areaRate(
        published([
          ["families_offered_fgc", "c"],
          ["families_entering_pre_proceedings", 20],
        ]),
        "202",
        "2023-24",
        offer,
        0.95,
      ).symbol,
    ).toBe("c");
    expect(
      areaRate(
        published([
          ["families_offered_fgc", 12],
          ["families_entering_pre_proceedings", "c"],
        ]),
        "202",
        "2023-24",
        offer,
        0.95,
      ),
    ).toMatchObject({ symbol: "c", rate: null, ci: [null, null] });
    expect(rateSymbol(0, 0)).toBe("z");
    expect(rateSymbol(":", 4)).toBe(":");
  });
  it("falls back to children entering when children followed is not in the return", () => {
    if (!care) throw new Error("no measure");
    const r = areaRate(
      published([
        ["children_entered_care_12m", 8],
        ["children_entering_pre_proceedings", 32],
      ]),
      "202",
      "2023-24",
      care,
      0.95,
    );
    expect(r.denominatorMeasure).toBe("children_entering_pre_proceedings");
    // 8 / 32 = 0.25
    expect(r.rate).toBe(0.25);
  });
});
