import { describe, expect, it } from "vitest";
import { ageBandOf } from "../../src/schema/codes/age-band-codes.js";
import type { CodeList } from "../../src/schema/codes/code-list.js";
import { ethnicGroupCodes, ethnicGroupOf } from "../../src/schema/codes/ethnic-group-codes.js";
import { ethnicityCodes } from "../../src/schema/codes/ethnicity-codes.js";
import {
  courtOrderLegalStatuses,
  legalStatusCodes,
  shortBreakLegalStatuses,
} from "../../src/schema/codes/legal-status-codes.js";
import {
  kinshipPlaceCodes,
  placeCodesForYear,
  placementTypeCodes,
} from "../../src/schema/codes/placement-type-codes.js";
import { reasonEpisodeCeasedCodes } from "../../src/schema/codes/reason-episode-ceased-codes.js";
import { breakdownCategories, returnBreakdownCodes } from "../../src/schema/codes/return-breakdown-codes.js";
import { sexCodes } from "../../src/schema/codes/sex-codes.js";
import { tableSpecs } from "../../src/schema/catalog.js";
import { UsageError } from "../../src/util/errors.js";

const listsInSpecs: CodeList[] = Object.values(tableSpecs).flatMap((s) =>
  s.columns.flatMap((c) => (c.codes ? [c.codes] : [])),
);

describe("placeCodesForYear", () => {
  // 27 codes in 2022-23 (domain.md §1.7); +K3 = 28 in 2024-25; −H5 −P2 −Z1 +Z11..Z14 = 29 from 2025-26.
  it("gives the 2022-23 list for 2022-23 and 2023-24", () => {
    const y22 = placeCodesForYear("2022-23");
    expect(y22).toHaveLength(27);
    expect(placeCodesForYear("2023-24")).toEqual(y22);
    expect(y22).toContain("H5");
    expect(y22).not.toContain("K3");
  });

  it("adds K3 in 2024-25 and keeps H5, P2, Z1", () => {
    const y24 = placeCodesForYear("2024-25");
    expect(y24).toHaveLength(28);
    expect(y24).toEqual(expect.arrayContaining(["K3", "H5", "P2", "Z1"]));
  });

  it("drops H5 and P2 and splits Z1 into Z11–Z14 from 2025-26 on", () => {
    const y25 = placeCodesForYear(2025);
    expect(y25).toHaveLength(29);
    for (const gone of ["H5", "P2", "Z1"]) expect(y25).not.toContain(gone);
    expect(y25).toEqual(expect.arrayContaining(["K3", "Z11", "Z12", "Z13", "Z14"]));
    expect(placeCodesForYear("2026-27")).toEqual(y25);
  });

  it("the validation list is the union of every year", () => {
    const union = new Set([
      ...placeCodesForYear(2022),
      ...placeCodesForYear(2024),
      ...placeCodesForYear(2025),
    ]);
    expect(new Set(Object.keys(placementTypeCodes.codes))).toEqual(union);
  });

  it("rejects a year it cannot read", () => {
    expect(() => placeCodesForYear("next year")).toThrow(UsageError);
    expect(() => placeCodesForYear("next year")).toThrow(
      /collectionYear: expected "yyyy-yy" or a year, got "next year"/,
    );
  });

  it("kinship codes are U1–U3 and in the list", () => {
    expect(kinshipPlaceCodes).toEqual(["U1", "U2", "U3"]);
    for (const c of kinshipPlaceCodes) expect(placementTypeCodes.codes).toHaveProperty(c);
  });
});

describe("code lists", () => {
  it("every list used by a spec names its source and has codes", () => {
    for (const list of [...listsInSpecs, ...Object.values(breakdownCategories)]) {
      expect(list.source.length, list.id).toBeGreaterThan(10);
      expect(Object.keys(list.codes).length, list.id).toBeGreaterThan(0);
      for (const target of Object.values(list.aliases ?? {}))
        expect(list.codes, list.id).toHaveProperty(target);
    }
  });

  it("LS marks V3 and V4 as short breaks and C1, C2, D1, E1 as court orders", () => {
    for (const c of [...shortBreakLegalStatuses, ...courtOrderLegalStatuses])
      expect(legalStatusCodes.codes).toHaveProperty(c);
    expect(shortBreakLegalStatuses).toEqual(["V3", "V4"]);
    expect(Object.keys(legalStatusCodes.codes)).toHaveLength(13);
  });

  it("REC has the 22 codes of rule_149 including X1", () => {
    expect(Object.keys(reasonEpisodeCeasedCodes.codes)).toHaveLength(22);
    expect(reasonEpisodeCeasedCodes.codes).toHaveProperty("X1");
  });

  it("GROM is an alias of WROM and SEX 1/2 are aliases of M/F", () => {
    expect(ethnicityCodes.aliases).toEqual({ GROM: "WROM" });
    expect(ethnicityCodes.codes).not.toHaveProperty("GROM");
    expect(sexCodes.aliases).toEqual({ "1": "M", "2": "F" });
  });

  it("ethnicGroupOf maps every DfE code to a main group, GROM included", () => {
    for (const code of Object.keys(ethnicityCodes.codes))
      expect(ethnicGroupCodes.codes).toHaveProperty(ethnicGroupOf(code)!);
    expect(ethnicGroupOf("GROM")).toBe("WHITE");
    expect(ethnicGroupOf("CHNE")).toBe("ASIAN");
    expect(ethnicGroupOf("BAFR")).toBe("BLACK");
    expect(ethnicGroupOf("NOBT")).toBe("UNKNOWN");
    expect(ethnicGroupOf("XXXX")).toBeUndefined();
  });

  it("every breakdown has its categories and ageBandOf lands in them", () => {
    expect(Object.keys(breakdownCategories)).toEqual(Object.keys(returnBreakdownCodes.codes));
    for (const age of [-0.2, 0, 0.99, 1, 4.99, 5, 9.99, 10, 15.99, 16, 17.9]) {
      expect(breakdownCategories.age_band.codes).toHaveProperty(ageBandOf(age));
    }
    // Issue 8's bands: unborn when the birth date is after the index date, unknown without one.
    expect([
      ageBandOf(-0.2),
      ageBandOf(0.99),
      ageBandOf(1),
      ageBandOf(15.99),
      ageBandOf(16),
      ageBandOf(Number.NaN),
    ]).toEqual(["unborn", "under_1", "1_4", "10_15", "16_plus", "unknown"]);
  });
});
