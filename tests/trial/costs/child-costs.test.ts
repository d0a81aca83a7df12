/**
 * A child's cost over the window, by hand: days × day rate + proceedings × proceedings cost +
 * (FGC arm) the family's referral cost and, if its conference was held, the conference cost,
 * shared equally among the family's analysed children.
 */
import { describe, expect, it } from "vitest";
import type { ColumnTable } from "../../../src/schema/table.js";
import { childCosts } from "../../../src/trial/costs/child-costs.js";
import type { UnitCosts } from "../../../src/trial/costs/unit-costs.js";
import { trialDataFromTable } from "../../../src/trial/trial-data.js";

const unitCosts: UnitCosts = {
  file: "u.csv",
  priceYear: "2023-24",
  byPlacementGroup: false,
  items: [
    { item: "day_in_care", cost: 200, unit: "per day", priceYear: "2023-24", source: "s", row: 2 },
    { item: "proceedings", cost: 15000, unit: "per child", priceYear: "2023-24", source: "s", row: 3 },
    { item: "conference", cost: 1500, unit: "per conference", priceYear: "2023-24", source: "s", row: 4 },
    { item: "referral", cost: 400, unit: "per family", priceYear: "2023-24", source: "s", row: 5 },
  ],
};

// Family A: FGC, three children, conference held (fgc_held 1, 1, 0: the family held it).
// Family B: FGC, three children, no conference. Family C: control, two children.
const children = [
  { id: "A1", fam: "A", arm: "fgc", held: 1, days: 10, proc: 1 },
  { id: "A2", fam: "A", arm: "fgc", held: 1, days: 0, proc: 0 },
  { id: "A3", fam: "A", arm: "fgc", held: 0, days: 365, proc: 0 },
  { id: "B1", fam: "B", arm: "fgc", held: 0, days: 0, proc: 0 },
  { id: "B2", fam: "B", arm: "fgc", held: 0, days: 0, proc: 1 },
  { id: "B3", fam: "B", arm: "fgc", held: 0, days: null, proc: 0 },
  { id: "C1", fam: "C", arm: "control", held: 0, days: 100, proc: 1 },
  { id: "C2", fam: "C", arm: "control", held: 0, days: 0, proc: 0 },
];

function table(): ColumnTable {
  const col = <T>(f: (c: (typeof children)[number]) => T) => children.map(f) as (string | number | null)[];
  return {
    file: "t.csv",
    length: children.length,
    rowNumbers: children.map((_, i) => i + 2),
    columns: {
      child_id: col((c) => c.id),
      family_id: col((c) => c.fam),
      la_code: col(() => "E06009999"),
      arm: col((c) => c.arm),
      index_date: col(() => 19_000),
      age_years: col(() => 5),
      sex: col(() => "F"),
      ethnicity: col(() => "WHITE"),
      disability: col(() => 0),
      fgc_held: col((c) => c.held),
      looked_after_12m: col(() => 0),
      entered_care_12m: col(() => 0),
      proceedings_12m: col((c) => c.proc),
      days_in_care_12m: col((c) => c.days),
      time_to_care_days: col(() => 365),
      care_event: col(() => 0),
    },
  };
}

describe("childCosts", () => {
  const data = trialDataFromTable(table());
  const all = Int32Array.from({ length: data.n }, (_, i) => i);
  const costs = childCosts(data, all, unitCosts);
  // trialDataFromTable sorts by family then child: A1 A2 A3 B1 B2 B3 C1 C2.
  const total = (k: number) => costs.total[k];

  it("shares a held family's referral and conference among its three children", () => {
    // (400 + 1500) / 3 = 633.33… each
    expect(total(0)).toBeCloseTo(10 * 200 + 15000 + 1900 / 3, 9); // 17,633.33
    expect(total(1)).toBeCloseTo(1900 / 3, 9); // 633.33
    expect(total(2)).toBeCloseTo(365 * 200 + 1900 / 3, 9); // 73,633.33
    expect(costs.familyHeld[2]).toBe(1); // held although A3's own fgc_held is 0
    // The family's costs are counted once in full.
    expect(costs.fgc[0] + costs.fgc[1] + costs.fgc[2]).toBeCloseTo(1900, 9);
  });

  it("charges a family without a conference its referral only, shared among its analysed children", () => {
    // B3 has no days in care recorded: out of the cost population, so B's 400 is shared by 2.
    expect(total(3)).toBeCloseTo(200, 9); // 400 / 2
    expect(total(4)).toBeCloseTo(15000 + 200, 9);
    expect(Number.isNaN(total(5))).toBe(true);
    expect(costs.familySize[3]).toBe(2);
  });

  it("charges control children care and proceedings only", () => {
    expect(total(6)).toBe(100 * 200 + 15000); // 35,000
    expect(total(7)).toBe(0);
    expect(Array.from(costs.rows)).toEqual([0, 1, 2, 3, 4, 6, 7]);
  });
});
