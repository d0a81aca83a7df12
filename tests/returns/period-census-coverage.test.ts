/**
 * A period that starts before the earliest census's collection year (the financial year ending on
 * its ReferenceDate) may miss letters: warned of, counted as found.
 */
import { describe, expect, it } from "vitest";
import { periodCensusCoverage } from "../../src/returns/period-census-coverage.js";
import { parseReturnPeriod } from "../../src/returns/return-period.js";
import { runReturn } from "../../src/returns/run.js";
import { dayFromParts } from "../../src/util/dates.js";
import { handChildren, handEpisodes } from "../../scripts/return-sample-children.js";
import { cellMap, readFiles, returnFiles } from "./returns-fixture.js";

const census2024 = { file: "cin-2023-24.xml", referenceDay: dayFromParts(2024, 3, 31)! };
const census2025 = { file: "cin-2024-25.xml", referenceDay: dayFromParts(2025, 3, 31)! };

describe("periodCensusCoverage(period, censuses)", () => {
  it("says nothing when the earliest census's year holds the period or an earlier one", () => {
    expect(periodCensusCoverage(parseReturnPeriod("2023-24"), [census2025, census2024])).toBeUndefined();
    expect(periodCensusCoverage(parseReturnPeriod("2024-25"), [census2024])).toBeUndefined();
  });

  it("warns on the earliest census when the period starts before its collection year, naming the censuses to add", () => {
    const issue = periodCensusCoverage(parseReturnPeriod("2021-22"), [census2025, census2024]);
    expect(issue).toMatchObject({
      rule: "return-period-before-census",
      severity: "warning",
      file: "cin-2023-24.xml",
      column: "ReferenceDate",
      value: "2024-03-31",
    });
    expect(issue?.message).toContain("counts for 2021-22 may be incomplete");
    expect(issue?.message).toContain("add the 2021-22 and 2022-23 censuses");
  });
});

describe("runReturn with the 2024-25 census only", () => {
  // The hand-made children's files without the 2023-24 census (cin-a.xml).
  const { "cin-a.xml": _dropped, ...files } = returnFiles(handChildren, handEpisodes);
  const input = readFiles(files);

  it("counts 2023-24 from the letters the 2024-25 census still holds, warning first that counts may be incomplete", () => {
    const result = runReturn(input, { period: "2023-24", threshold: 0 });
    expect(result.issues[0]).toMatchObject({
      rule: "return-period-before-census",
      file: "cin-b.xml",
      column: "ReferenceDate",
      value: "2025-03-31",
    });
    expect(cellMap(result.rows)["all/all/children_entering_pre_proceedings"]).toBeGreaterThan(0);
  });

  it("gives no such warning for 2024-25, the census's own year", () => {
    const result = runReturn(input, { period: "2024-25", threshold: 0 });
    expect(result.issues.map((i) => i.rule)).not.toContain("return-period-before-census");
  });
});
