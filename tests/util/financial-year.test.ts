import { describe, expect, it } from "vitest";
import { dayFromParts } from "../../src/util/dates.js";
import { parseFinancialYear } from "../../src/util/financial-year.js";

describe("parseFinancialYear(text)", () => {
  it("reads 2023-24 and 202324 alike: 1 April 2023 to 31 March 2024, labelled 2023-24", () => {
    const want = {
      label: "2023-24",
      startYear: 2023,
      firstDay: dayFromParts(2023, 4, 1),
      lastDay: dayFromParts(2024, 3, 31),
    };
    expect(parseFinancialYear("2023-24")).toEqual(want);
    expect(parseFinancialYear("202324")).toEqual(want);
    expect(parseFinancialYear(" 202324 ")).toEqual(want);
  });

  it("crosses a century: 1999-00 ends on 31 March 2000", () => {
    expect(parseFinancialYear("199900")).toMatchObject({
      label: "1999-00",
      lastDay: dayFromParts(2000, 3, 31),
    });
  });

  it("refuses years that do not follow each other and other spellings", () => {
    for (const text of [
      "2023-25",
      "202325",
      "2023/24",
      "2023-2024",
      "23-24",
      "2023",
      "",
      "2023-04-01/2023-09-30",
    ])
      expect(parseFinancialYear(text), text).toBeUndefined();
  });
});
