/**
 * Discounting of costs over a window beyond 365 days (issue 16 §2, data dictionary *Costs*), by
 * hand: day d after the index date is in year ⌈d/365⌉; a cost in year y is multiplied by
 * 1/(1 + rate)^(y − 1); days in care by the year they fall in, proceedings by the year of the
 * first issue, referral and conference in year 1.
 */
import { describe, expect, it } from "vitest";
import type { CareEpisode } from "../../../src/outcomes/care-episode.js";
import { carePeriods } from "../../../src/outcomes/care-periods.js";
import { daysInCare } from "../../../src/outcomes/days-in-care.js";
import { deriveYearColumns } from "../../../src/outcomes/days-in-care-by-year.js";
import { PLACEMENT_GROUPS } from "../../../src/schema/codes/placement-groups.js";
import type { ColumnTable } from "../../../src/schema/table.js";
import { trialYearColumnNames } from "../../../src/schema/tables/trial-year-columns.js";
import { childCosts } from "../../../src/trial/costs/child-costs.js";
import { discountingOf } from "../../../src/trial/costs/cost-analysis.js";
import type { UnitCosts } from "../../../src/trial/costs/unit-costs.js";
import { trialDataFromTable } from "../../../src/trial/trial-data.js";

const item = (name: UnitCosts["items"][number]["item"], cost: number, row: number) => ({
  item: name,
  cost,
  unit: "u",
  priceYear: "2023-24",
  source: "s",
  row,
});
const oneRate: UnitCosts = {
  file: "u.csv",
  priceYear: "2023-24",
  byPlacementGroup: false,
  items: [
    item("day_in_care", 200, 2),
    item("proceedings", 15000, 3),
    item("conference", 1500, 4),
    item("referral", 400, 5),
  ],
};
const byGroup: UnitCosts = {
  ...oneRate,
  byPlacementGroup: true,
  items: [
    item("day_in_care_foster", 100, 2),
    item("day_in_care_kin", 50, 3),
    item("day_in_care_residential", 300, 4),
    item("day_in_care_other", 80, 5),
    item("proceedings", 15000, 6),
    item("conference", 1500, 7),
    item("referral", 400, 8),
  ],
};

describe("deriveYearColumns (window 730 days: years 1 and 2)", () => {
  // Index day 0. Foster (group 0) [300, 400): days 300..365 in year 1 = 66, days 366..399 in
  // year 2 = 34. Kin (group 1) [500, 800): days 500..730 in year 2 = 231, the rest after the window.
  // Court issues on day −5 (before the index), 400 (year ⌈400/365⌉ = 2) and 900 (after W).
  const names = trialYearColumnNames(730);
  const byYear = Object.fromEntries(names.map((n) => [n, [] as (number | null)[]]));
  const episodes: CareEpisode[] = [
    { childId: "c", DECOM: 300, DEC: 400, RNE: "S", LS: "C2", PLACE: "U4", REC: "E11" },
    { childId: "c", DECOM: 500, DEC: 800, RNE: "S", LS: "C2", PLACE: "U1", REC: "E11" },
  ];
  const periods = carePeriods(episodes);
  deriveYearColumns(
    byYear,
    0,
    periods,
    { start: [300, 500], end: [400, 800], groups: [0, 1], count: 2 },
    [-5, 400, 900],
    3,
    0,
    730,
    false,
  );

  it("splits days in care by year of follow-up, in all and by placement group", () => {
    expect(names.length).toBe(11);
    expect(byYear.days_in_care_y1[0]).toBe(66);
    expect(byYear.days_in_care_y2[0]).toBe(265); // 34 + 231
    expect(byYear.days_in_care_foster_y1[0]).toBe(66);
    expect(byYear.days_in_care_foster_y2[0]).toBe(34);
    expect(byYear.days_in_care_kin_y2[0]).toBe(231);
    expect(byYear.days_in_care_residential_y2[0]).toBe(0);
    // The years add up to days in care over the window: 66 + 265 = 331.
    expect(daysInCare(periods, 0, 730)).toBe(331);
  });

  it("gives the year of the first proceedings issued in the window, null when censored", () => {
    expect(byYear.proceedings_year[0]).toBe(2);
    deriveYearColumns(byYear, 1, periods, { start: [], end: [], groups: [], count: 0 }, [], 0, 0, 730, true);
    for (const n of names) expect(byYear[n][1]).toBeNull();
  });

  it("has no by-year column within 365 days", () => {
    expect(trialYearColumnNames(365)).toEqual([]);
    expect(trialYearColumnNames(366)).toContain("days_in_care_y2");
  });
});

// X1 (FGC, family X alone, conference held): 66 days in year 1 (foster), 265 in year 2 (34 foster,
// 231 kin), proceedings first issued in year 2. Y1 (control): 10 days in year 2 (other), none.
function table(): ColumnTable {
  const columns: Record<string, (string | number | null)[]> = {
    child_id: ["X1", "Y1"],
    family_id: ["X", "Y"],
    la_code: ["E06009999", "E06009999"],
    arm: ["fgc", "control"],
    index_date: [19_000, 19_000],
    age_years: [5, 5],
    sex: ["F", "F"],
    ethnicity: ["WHITE", "WHITE"],
    disability: [0, 0],
    fgc_held: [1, 0],
    looked_after_12m: [1, 0],
    entered_care_12m: [1, 1],
    proceedings_12m: [1, 0],
    days_in_care_12m: [331, 10],
    time_to_care_days: [300, 700],
    care_event: [1, 1],
    days_in_care_foster_12m: [100, 0],
    days_in_care_kin_12m: [231, 0],
    days_in_care_residential_12m: [0, 0],
    days_in_care_other_12m: [0, 10],
    days_in_care_y1: [66, 0],
    days_in_care_y2: [265, 10],
    proceedings_year: [2, null],
  };
  const year: Record<string, [number[], number[]]> = {
    foster: [
      [66, 34],
      [0, 0],
    ],
    kin: [
      [0, 231],
      [0, 0],
    ],
    residential: [
      [0, 0],
      [0, 0],
    ],
    other: [
      [0, 0],
      [0, 10],
    ],
  };
  for (const g of PLACEMENT_GROUPS)
    for (const y of [1, 2]) columns[`days_in_care_${g}_y${y}`] = [year[g][0][y - 1], year[g][1][y - 1]];
  return { file: "t.csv", length: 2, rowNumbers: [2, 3], columns };
}

describe("childCosts with discounting (window 730, 3.5% a year)", () => {
  const data = trialDataFromTable(table());
  const all = Int32Array.from([0, 1]);
  const discounting = { window: 730, rate: 0.035 };

  it("discounts year-2 days and year-2 proceedings by 1/1.035, not the referral and conference", () => {
    const c = childCosts(data, all, oneRate, discounting);
    // care: 66 × 200 + 265 × 200 / 1.035 = 13,200 + 51,207.7295 = 64,407.7295
    expect(c.care[0]).toBeCloseTo(13200 + 53000 / 1.035, 9);
    // proceedings in year 2: 15,000 / 1.035 = 14,492.7536
    expect(c.proceedings[0]).toBeCloseTo(15000 / 1.035, 9);
    // referral + conference in year 1: 400 + 1,500
    expect(c.fgc[0]).toBe(1900);
    expect(c.total[0]).toBeCloseTo(80800.48309178744, 6);
    // Y1: 10 × 200 / 1.035 = 1,932.3671; no proceedings.
    expect(c.total[1]).toBeCloseTo(2000 / 1.035, 9);
  });

  it("discounts each placement group's year-2 days at its own rate", () => {
    const c = childCosts(data, all, byGroup, discounting);
    // 66 × 100 + (34 × 100 + 231 × 50) / 1.035 = 6,600 + 14,950 / 1.035 = 21,044.4444
    expect(c.care[0]).toBeCloseTo(6600 + 14950 / 1.035, 9);
    expect(c.care[1]).toBeCloseTo((10 * 80) / 1.035, 9);
  });

  it("with rate 0 gives the undiscounted costs: days × rate + proceedings", () => {
    const c = childCosts(data, all, oneRate, { window: 730, rate: 0 });
    expect(c.total[0]).toBe(331 * 200 + 15000 + 1900);
    expect(c.total[1]).toBe(10 * 200);
  });

  it("states the rate and the rule, applied only beyond 365 days with a rate above 0", () => {
    const d = discountingOf(730, 0.035);
    expect(d.applied).toBe(true);
    expect(d.rate).toBe(0.035);
    expect(d.note).toContain("3.5% a year (HM Treasury Green Book)");
    expect(d.note).toContain("1/1.035^(y − 1)");
    expect(d.note).toContain("⌈d/365⌉");
    expect(discountingOf(730, 0).applied).toBe(false);
    expect(discountingOf(365, 0.035).applied).toBe(false);
    expect(discountingOf(730, 0.05).note).toContain("5% a year (plan.discountRate)");
  });
});
