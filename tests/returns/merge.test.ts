import { describe, expect, it } from "vitest";
import type { CinCensus, CinChild, PreProceedingsBlock } from "../../src/io/cin-census/cin-census.js";
import type { Ssda903Episode, Ssda903File } from "../../src/io/ssda903/ssda903.js";
import type { Issue } from "../../src/schema/issue.js";
import { mergeCensuses } from "../../src/returns/merge-censuses.js";
import { mergeEpisodes } from "../../src/returns/merge-episodes.js";

function block(letter: number, extra: Partial<PreProceedingsBlock> = {}): PreProceedingsBlock {
  return {
    line: 10,
    PPStartDate: null,
    LBPSentDate: letter,
    FGDMMeetingOffer: true,
    FGDMMeetingFac: false,
    InitialPPMeetingDate: null,
    ReviewMeetingsCount: null,
    StepDecisionDate: null,
    PPOutcome: null,
    CourtAppDate: null,
    LetterInitCPDate: null,
    ...extra,
  };
}
function cinChild(id: string, extra: Partial<CinChild> = {}, blocks: PreProceedingsBlock[] = []): CinChild {
  return {
    childId: id,
    line: 5,
    PersonBirthDate: 1000,
    ExpectedPersonBirthDate: null,
    Sex: "F",
    GenderCurrent: null,
    Ethnicity: "WBRI",
    Disabilities: ["NONE"],
    cinDetails: [{ line: 8, CINreferralDate: null, CINclosureDate: null, PrimaryNeedCode: null, blocks }],
    ...extra,
  };
}
function census(file: string, referenceDay: number, children: CinChild[]): CinCensus {
  return {
    file,
    header: { collection: "CIN", year: null, referenceDay, lea: "999" },
    children,
    issues: [],
    complete: true,
  };
}
function episode(
  file: string,
  row: number,
  DECOM: number,
  DEC: number | null,
  extra: Partial<Ssda903Episode> = {},
): Ssda903Episode {
  return {
    CHILD: "C1",
    DECOM,
    DEC,
    RNE: "S",
    LS: "C1",
    CIN: "N1",
    PLACE: "U1",
    REC: DEC === null ? null : "E4A",
    file,
    row,
    ...extra,
  };
}
const ssda903 = (file: string, episodes: Ssda903Episode[]): Ssda903File => ({
  file,
  format: "csv",
  episodes,
  children: [],
  issues: [],
  complete: true,
});

describe("mergeCensuses", () => {
  it("takes characteristics from the latest census and reports a changed value", () => {
    const issues: Issue[] = [];
    const m = mergeCensuses(
      [census("b.xml", 200, [cinChild("C1", { Ethnicity: "BAFR" })]), census("a.xml", 100, [cinChild("C1")])],
      issues,
    );
    expect(m.children.get("C1")).toMatchObject({ Ethnicity: "BAFR", file: "b.xml" });
    expect(issues).toMatchObject([
      {
        rule: "return-version-conflict",
        severity: "warning",
        file: "b.xml",
        column: "Ethnicity",
        value: "BAFR",
      },
    ]);
    expect(m.referenceDays).toEqual([100, 200]);
  });

  it("keys blocks by child and LBPSentDate: the later census's CourtAppDate fills the blank silently", () => {
    const issues: Issue[] = [];
    const m = mergeCensuses(
      [
        census("a.xml", 100, [cinChild("C1", {}, [block(50), block(60)])]),
        census("b.xml", 200, [cinChild("C1", {}, [block(50, { CourtAppDate: 150 })])]),
      ],
      issues,
    );
    expect(m.blocks.get("C1")?.map((b) => [b.LBPSentDate, b.CourtAppDate, b.file])).toEqual([
      [50, 150, "b.xml"],
      [60, null, "a.xml"], // kept although the later census no longer holds it
    ]);
    expect(issues).toEqual([]);
  });

  it("reports a block whose value a later census changes or removes, and uses the latest", () => {
    const issues: Issue[] = [];
    const m = mergeCensuses(
      [
        census("a.xml", 100, [cinChild("C1", {}, [block(50, { FGDMMeetingFac: true })])]),
        census("b.xml", 200, [cinChild("C1", {}, [block(50)])]),
      ],
      issues,
    );
    expect(m.blocks.get("C1")?.[0].FGDMMeetingFac).toBe(false);
    expect(issues).toMatchObject([
      { rule: "return-version-conflict", severity: "warning", column: "FGDMMeetingFac", file: "b.xml" },
    ]);
  });

  it("two censuses with one ReferenceDate that disagree are an error", () => {
    const issues: Issue[] = [];
    mergeCensuses(
      [
        census("a.xml", 100, [cinChild("C1", {}, [block(50, { CourtAppDate: 70 })])]),
        census("a2.xml", 100, [cinChild("C1", {}, [block(50, { CourtAppDate: 80 })])]),
      ],
      issues,
    );
    expect(issues).toMatchObject([
      { rule: "return-version-conflict", severity: "error", column: "CourtAppDate" },
    ]);
  });

  it("leaves out blocks without LBPSentDate and repeated keys within one census", () => {
    const issues: Issue[] = [];
    const m = mergeCensuses(
      [
        census("a.xml", 100, [
          cinChild("C1", {}, [block(50), block(50), { ...block(0), LBPSentDate: null }]),
        ]),
      ],
      issues,
    );
    expect(m.blocks.get("C1")).toHaveLength(1);
    expect(issues.map((i) => i.rule)).toEqual(["key-duplicate", "pp-letter-missing"]);
  });

  it("reads GenderCurrent 1/2 and Sex M/F as the same sex across years", () => {
    const issues: Issue[] = [];
    mergeCensuses(
      [
        census("a.xml", 100, [cinChild("C1", { Sex: null, GenderCurrent: "2" })]),
        census("b.xml", 200, [cinChild("C1", { Sex: "F" })]),
      ],
      issues,
    );
    expect(issues).toEqual([]);
  });
});

describe("mergeEpisodes", () => {
  it("keys episodes by CHILD and DECOM; the version with DEC supersedes the open one, whatever the file order", () => {
    for (const order of [0, 1]) {
      const issues: Issue[] = [];
      const early = ssda903("2023.csv", [episode("2023.csv", 2, 10, null)]);
      const late = ssda903("2024.xml", [episode("2024.xml", 3, 10, 400), episode("2024.xml", 4, 400, null)]);
      const m = mergeEpisodes(order === 0 ? [early, late] : [late, early], issues);
      expect(m.episodes.get("C1")?.map((e) => [e.DECOM, e.DEC, e.file])).toEqual([
        [10, 400, "2024.xml"],
        [400, null, "2024.xml"],
      ]);
      expect(issues).toEqual([]);
    }
  });

  it("reports an episode whose legal status differs between years (the later return's version used)", () => {
    const issues: Issue[] = [];
    const m = mergeEpisodes(
      [
        ssda903("a.csv", [episode("a.csv", 2, 10, 20)]),
        ssda903("b.csv", [episode("b.csv", 2, 10, 20, { LS: "C2" }), episode("b.csv", 3, 300, null)]),
      ],
      issues,
    );
    expect(m.episodes.get("C1")?.[0].LS).toBe("C2");
    expect(issues).toMatchObject([
      { rule: "return-version-conflict", column: "LS", value: "C2", file: "b.csv", row: 2 },
    ]);
  });
});
