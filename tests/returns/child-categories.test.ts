import { describe, expect, it } from "vitest";
import {
  ageBandCategory,
  disabilityCategory,
  ethnicityCategory,
  sexCategory,
} from "../../src/returns/child-categories.js";
import { parseDay } from "../../src/util/dates.js";

const day = (iso: string) => parseDay(iso, ["iso"]) as number;

describe("child categories of the return (issue 8)", () => {
  it("sex: M from M or 1, F from F or 2, otherwise U", () => {
    expect(["M", "1", "m", "F", "2", "U", "9", "0", "X", null].map(sexCategory)).toEqual([
      "M",
      "M",
      "M",
      "F",
      "F",
      "U",
      "U",
      "U",
      "U",
      "U",
    ]);
  });

  it("age band in whole years at the index date, unborn when the birth date is after it", () => {
    const index = day("2024-03-31");
    const cases: [string | null, string][] = [
      ["2024-04-01", "unborn"],
      ["2024-03-31", "under_1"],
      ["2023-04-01", "under_1"],
      ["2023-03-31", "1_4"], // first birthday on the index date
      ["2019-04-01", "1_4"],
      ["2019-03-31", "5_9"],
      ["2014-04-01", "5_9"],
      ["2014-03-31", "10_15"],
      ["2008-04-01", "10_15"],
      ["2008-03-31", "16_plus"],
      [null, "unknown"],
    ];
    for (const [birth, band] of cases)
      expect([birth, ageBandCategory(birth === null ? null : day(birth), index)]).toEqual([birth, band]);
  });

  it("ethnicity by DfE major group, GROM as WROM, CHNE under other", () => {
    const groups = [
      "WBRI",
      "WIRI",
      "WOTH",
      "WIRT",
      "WROM",
      "GROM",
      "MWBC",
      "MWBA",
      "MWAS",
      "MOTH",
      "AIND",
      "APKN",
      "ABAN",
      "AOTH",
      "BCRB",
      "BAFR",
      "BOTH",
      "CHNE",
      "OOTH",
      "REFU",
      "NOBT",
      "XXXX",
      null,
    ];
    expect(groups.map(ethnicityCategory)).toEqual([
      ...Array(6).fill("white"),
      ...Array(4).fill("mixed"),
      ...Array(4).fill("asian"),
      ...Array(3).fill("black"),
      "other",
      "other",
      ...Array(4).fill("unknown"),
    ]);
  });

  it("disability: no when only NONE, yes when any other code, unknown without a Disabilities element", () => {
    expect([["NONE"], ["NONE", "NONE"], ["AUT"], ["NONE", "HAND"], null, []].map(disabilityCategory)).toEqual(
      ["no", "no", "yes", "yes", "unknown", "unknown"],
    );
  });
});
