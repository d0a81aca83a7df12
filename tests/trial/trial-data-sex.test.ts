/**
 * trialDataFromTable: sex U (unknown or not recorded, what fgc link writes for a child with no
 * children record) is a missing covariate, like a blank, never counted as "not female".
 */
import { describe, expect, it } from "vitest";
import type { ColumnTable } from "../../src/schema/table.js";
import { trialDataFromTable } from "../../src/trial/trial-data.js";

function table(sex: (string | null)[]): ColumnTable {
  const n = sex.length;
  const ids = sex.map((_, i) => `c${i}`);
  return {
    file: "t.csv",
    length: n,
    rowNumbers: ids.map((_, i) => i + 2),
    columns: {
      child_id: ids,
      family_id: ids,
      la_code: ids.map(() => "E06009999"),
      arm: ids.map((_, i) => (i % 2 === 0 ? "fgc" : "control")),
      index_date: ids.map(() => 19_000),
      age_years: ids.map(() => 5),
      sex,
      ethnicity: ids.map(() => "WHITE"),
      disability: ids.map(() => 0),
      fgc_held: ids.map(() => 0),
      looked_after_12m: ids.map(() => 0),
      entered_care_12m: ids.map(() => 0),
      proceedings_12m: ids.map(() => 0),
      days_in_care_12m: ids.map(() => 0),
      time_to_care_days: ids.map(() => 365),
      care_event: ids.map(() => 0),
    },
  };
}

describe("trialDataFromTable: the female covariate", () => {
  it("reads F as 1, M as 0, and U and blank as missing (NaN)", () => {
    const data = trialDataFromTable(table(["F", "M", "U", null]), {
      covariates: ["female"],
      fixedEffects: [],
      cluster: "family_id",
    });
    // Rows sort by family then child id: c0 … c3 keep their order.
    expect(Array.from(data.covariates.female)).toEqual([1, 0, Number.NaN, Number.NaN]);
  });
});
