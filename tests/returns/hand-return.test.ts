/**
 * The return of the hand-made children H01–H10 (scripts/return-sample-children.ts) for 2023-24,
 * every cell computed by hand from issue 8's definitions, without disclosure control.
 *
 * Population (a letter in 1 Apr 2023 – 31 Mar 2024, first one): H01 H02 H03 H04 H06 H07 H08
 * (H05's letters are in 2022-23 and 2024-25; H10 has none; H09 is in the 903 only). Follow-up ends
 * 2025-03-31 (latest ReferenceDate); the latest index is 2024-03-31, + 365 = 2025-03-31: all 7
 * followed. Per child (offered, held, proceedings, entered care, looked after on day 365):
 *   H01 1 1 1 0 0  court 2024-05-09 = day 365 (counted), from the 2024-25 census only
 *   H02 1 0 0 1 1  court day 366 (not counted); S V2 on day 30, open
 *   H03 0 1 0 1 0  offer absent (not offered), held; court on day 0 (not counted); S C1 day 10–100
 *   H04 0 0 1 0 0  index = first letter (offer 0); court on the second block, day 301; only a V3
 *   H06 1 0 0 0 1  in care since 2023-01-10 (X1 chain over both 903 years), open on 2025-03-31
 *   H07 1 1 0 0 0  S V2 on 2024-10-10 = day 366 (not counted, not in care on day 365)
 *   H08 1 1 1 1 1  court day 200; S L1 day 5–7, S V2 day 100 open
 * Categories (sex, age at index, ethnicity, disability):
 *   H01 M 5_9 white no | H02 F 1_4 mixed yes | H03 F unborn unknown unknown | H04 M 16_plus white(GROM) yes
 *   H06 M 10_15 other(CHNE) no | H07 F 1_4 black unknown | H08 M under_1 asian no
 */
import { describe, expect, it } from "vitest";
import { runReturn } from "../../src/returns/run.js";
import { handChildren, handEpisodes } from "../../scripts/return-sample-children.js";
import { cellMap, readFiles, returnFiles } from "./returns-fixture.js";

// [entering, offered, held, followed, proceedings, entered care, looked after]
const expected: Record<string, number[]> = {
  "all/all": [7, 5, 4, 7, 3, 3, 3],
  "ethnicity/white": [2, 1, 1, 2, 2, 0, 0], // H01 H04
  "ethnicity/mixed": [1, 1, 0, 1, 0, 1, 1], // H02
  "ethnicity/asian": [1, 1, 1, 1, 1, 1, 1], // H08
  "ethnicity/black": [1, 1, 1, 1, 0, 0, 0], // H07
  "ethnicity/other": [1, 1, 0, 1, 0, 0, 1], // H06
  "ethnicity/unknown": [1, 0, 1, 1, 0, 1, 0], // H03
  "age_band/unborn": [1, 0, 1, 1, 0, 1, 0], // H03
  "age_band/under_1": [1, 1, 1, 1, 1, 1, 1], // H08
  "age_band/1_4": [2, 2, 1, 2, 0, 1, 1], // H02 H07
  "age_band/5_9": [1, 1, 1, 1, 1, 0, 0], // H01
  "age_band/10_15": [1, 1, 0, 1, 0, 0, 1], // H06
  "age_band/16_plus": [1, 0, 0, 1, 1, 0, 0], // H04
  "sex/M": [4, 3, 2, 4, 3, 1, 2], // H01 H04 H06 H08
  "sex/F": [3, 2, 2, 3, 0, 2, 1], // H02 H03 H07
  "disability/yes": [2, 1, 0, 2, 1, 1, 1], // H02 H04
  "disability/no": [3, 3, 2, 3, 2, 1, 2], // H01 H06 H08
  "disability/unknown": [2, 1, 2, 2, 0, 1, 0], // H03 H07
};
const measures = [
  "children_entering_pre_proceedings",
  "children_offered_fgdm",
  "children_fgdm_held",
  "children_followed_12m",
  "children_proceedings_12m",
  "children_entered_care_12m",
  "children_looked_after_12m",
];

describe("runReturn on the hand-made children", () => {
  const input = readFiles(returnFiles(handChildren, handEpisodes));

  it("writes every cell as computed by hand (threshold 0)", () => {
    const result = runReturn(input, { period: "2023-24", threshold: 0 });
    const want: Record<string, number> = {};
    for (const [group, values] of Object.entries(expected))
      measures.forEach((m, k) => {
        want[`${group}/${m}`] = values[k];
      });
    expect(cellMap(result.rows)).toEqual(want);
    // Row order: the schema's breakdowns (all, ethnicity, age_band, sex, disability), categories in list order.
    expect([...new Set(result.rows.map((r) => `${r.breakdown}/${r.category}`))]).toEqual(
      Object.keys(expected),
    );
    expect(result.rows.every((r) => r.la_code === "999" && r.period === "2023-24")).toBe(true);
    expect(result.summary).toMatchObject({ population: 7, followed: 7, lettersInPeriod: 8 });
    expect(result.outcomes.status).toBe("all");
    expect(result.followUpEnd).toBe("2025-03-31");
    // H09 is in the 903 only; H10 and the children never in care are in the census only.
    expect(result.match).toMatchObject({
      cinChildren: 9,
      ssda903Children: 7,
      both: 6,
      cinOnly: 3,
      ssda903Only: 1,
      populationWithEpisodes: 6,
    });
  });

  it("reports the warnings the hand-made children carry", () => {
    const result = runReturn(input, { period: "2023-24", threshold: 0 });
    const seen = result.issues.map((i) => `${i.rule} ${i.column}`);
    expect(seen).toContain("pp-offer-missing FGDMMeetingOffer"); // H03
    expect(seen).toContain("pp-held-without-offer FGDMMeetingFac"); // H03
    expect(seen).toContain("return-version-conflict PPOutcome"); // H07: A in 2023-24, B in 2024-25
    expect(result.issues.filter((i) => i.severity === "error")).toEqual([]);
  });

  it("stops counting outcomes at an earlier --follow-up-end: children seen less than a year are not a silent no", () => {
    // Follow-up to 2024-06-01: followed = index ≤ 2023-06-02 → H01 (2023-05-10), H02 (06-01), H04 (04-15).
    const result = runReturn(input, {
      period: "2023-24",
      threshold: 0,
      followUpEnd: Date.UTC(2024, 5, 1) / 86_400_000,
    });
    const cells = cellMap(result.rows);
    expect(cells["all/all/children_followed_12m"]).toBe(3);
    // Of those: proceedings H01 (day 365, 2024-05-09 — the 2024-25 census is still read) and H04 → 2;
    // entered care H02 → 1; looked after H02 → 1.
    expect(cells["all/all/children_proceedings_12m"]).toBe(2);
    expect(cells["all/all/children_entered_care_12m"]).toBe(1);
    expect(cells["all/all/children_looked_after_12m"]).toBe(1);
    // H03 (unborn, index 2023-07-01) is not followed: no child of age_band/unborn is, so its
    // outcomes are not available, never 0. sex/F has H02 followed: counted over that one child.
    expect(cells["age_band/unborn/children_followed_12m"]).toBe(0);
    for (const m of ["children_proceedings_12m", "children_entered_care_12m", "children_looked_after_12m"])
      expect(cells[`age_band/unborn/${m}`]).toBe(":");
    expect(cells["sex/F/children_followed_12m"]).toBe(1);
    expect(cells["sex/F/children_entered_care_12m"]).toBe(1);
    // 3 of 7 followed; the last index (2024-03-31) + 365 = 2025-03-31.
    expect(result.outcomes).toMatchObject({
      status: "some",
      followed: 3,
      population: 7,
      windowDays: 365,
      completeOn: "2025-03-31",
    });
    expect(result.outcomes.text).toBe(
      "12-month outcomes for 2023-24 are so far counted over the 3 of 7 children followed for 12 months by 2024-06-01 (children_followed_12m); complete when follow-up reaches 2025-03-31",
    );
  });

  it("counts the 2024-25 population from the same files", () => {
    // Letters in 2024-25: H05 (2024-06-01) only. Followed: 2024-06-01 + 365 > 2025-03-31 → 0.
    const result = runReturn(input, { period: "2024-25", threshold: 0 });
    expect(cellMap(result.rows.filter((r) => r.breakdown === "all"))).toEqual({
      "all/all/children_entering_pre_proceedings": 1,
      "all/all/children_offered_fgdm": 1,
      "all/all/children_fgdm_held": 0,
      "all/all/children_followed_12m": 0,
      "all/all/children_proceedings_12m": ":",
      "all/all/children_entered_care_12m": ":",
      "all/all/children_looked_after_12m": ":",
    });
    // 2024-06-01 + 365 = 2025-06-01.
    expect(result.outcomes).toMatchObject({ status: "none", followed: 0, population: 1 });
    expect(result.outcomes.text).toBe(
      '12-month outcomes not yet available for 2024-25: no child\'s 12-month follow-up after the letter has ended by 2025-03-31; the outcome cells are written ":" until follow-up reaches 2025-06-01',
    );
  });

  it("fills the family measures from a child-to-family lookup, under breakdown all", () => {
    // F1 = H01 + H04, F2 = H02 + H03, F3 = H06, F4 = H07; H08 is missing (a family of its own, warned).
    // Entering: F1 F2 F3 F4 H08 = 5. Offered (a child offered): F1 (H01), F2 (H02), F3, F4, H08 = 5.
    // Held: F1 (H01), F2 (H03), F4 (H07), H08 = 4. Accepted: not in the census, ":".
    const families = new Map([
      ["H01", "F1"],
      ["H04", "F1"],
      ["H02", "F2"],
      ["H03", "F2"],
      ["H06", "F3"],
      ["H07", "F4"],
    ]);
    const result = runReturn(input, { period: "2023-24", threshold: 0, families });
    expect(result.rows.slice(0, 4).map((r) => [r.breakdown, r.category, r.measure, r.value])).toEqual([
      ["all", "all", "families_entering_pre_proceedings", 5],
      ["all", "all", "families_offered_fgc", 5],
      ["all", "all", "families_accepted_fgc", ":"],
      ["all", "all", "families_fgc_held", 4],
    ]);
    expect(result.rows.filter((r) => r.measure.startsWith("families_"))).toHaveLength(4);
    expect(result.issues.filter((i) => i.rule === "return-family-missing")).toHaveLength(1);
  });
});
