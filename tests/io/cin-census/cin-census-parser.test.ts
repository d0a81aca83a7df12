import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createCinCensusParser } from "../../../src/io/cin-census/cin-census-parser.js";
import { parseDay } from "../../../src/util/dates.js";

const day = (iso: string) => parseDay(iso, ["iso"]) as number;

const census = `<?xml version="1.0" encoding="utf-8"?>
<Message>
  <Header>
    <CollectionDetails>
      <Collection>CIN</Collection>
      <Year>2024</Year>
      <ReferenceDate>2025-03-31</ReferenceDate>
    </CollectionDetails>
    <Source><LEA>999</LEA></Source>
  </Header>
  <Children>
    <Child>
      <ChildIdentifiers>
        <LAchildID>C1</LAchildID>
        <PersonBirthDate>2015-03-27</PersonBirthDate>
        <Sex>F</Sex>
      </ChildIdentifiers>
      <ChildCharacteristics>
        <Ethnicity>grom</Ethnicity>
        <Disabilities>
          <Disability>HAND</Disability>
          <Disability>HEAR</Disability>
        </Disabilities>
      </ChildCharacteristics>
      <CINdetails>
        <CINreferralDate>2024-04-06</CINreferralDate>
        <PrimaryNeedCode>N4</PrimaryNeedCode>
        <Section47><DateOfInitialCPC>2024-05-01</DateOfInitialCPC></Section47>
        <PreProceedingsandFGDM>
          <PPStartDate>2024-09-09</PPStartDate>
          <LBPSentDate>2024-09-20</LBPSentDate>
          <FGDMMeetingOffer>1</FGDMMeetingOffer>
          <FGDMMeetingFac>false</FGDMMeetingFac>
          <ReviewMeetingsCount>3</ReviewMeetingsCount>
          <PPOutcome>A</PPOutcome>
          <CourtAppDate>2024-12-18</CourtAppDate>
        </PreProceedingsandFGDM>
        <PreProceedingsandFGDM>
          <LBPSentDate>2025-01-10</LBPSentDate>
          <FGDMMeetingOffer>true</FGDMMeetingOffer>
          <FGDMMeetingFac>1</FGDMMeetingFac>
        </PreProceedingsandFGDM>
      </CINdetails>
      <CINdetails>
        <CINreferralDate>2023-01-01</CINreferralDate>
        <PreProceedingsandFGDM>
          <LBPSentDate>2023-02-01</LBPSentDate>
          <FGDMMeetingOffer>0</FGDMMeetingOffer>
        </PreProceedingsandFGDM>
      </CINdetails>
    </Child>
    <Child>
      <ChildIdentifiers>
        <LAchildID>C2</LAchildID>
        <ExpectedPersonBirthDate>2025-06-01</ExpectedPersonBirthDate>
        <GenderCurrent>0</GenderCurrent>
      </ChildIdentifiers>
      <ChildCharacteristics><Ethnicity>WBRI</Ethnicity></ChildCharacteristics>
    </Child>
  </Children>
</Message>
`;

function parse(text: string, chunk = text.length) {
  const p = createCinCensusParser("cin.xml");
  for (let i = 0; i < text.length; i += chunk) p.write(text.slice(i, i + chunk));
  return p.close();
}

describe("createCinCensusParser", () => {
  it("reads the header, every CINdetails and every PreProceedingsandFGDM block", () => {
    const c = parse(census);
    expect(c.issues).toEqual([]);
    expect(c.header).toEqual({
      collection: "CIN",
      year: "2024",
      referenceDay: day("2025-03-31"),
      lea: "999",
    });
    expect(c.children.map((x) => x.childId)).toEqual(["C1", "C2"]);
    const [c1, c2] = c.children;
    expect(c1.PersonBirthDate).toBe(day("2015-03-27"));
    expect(c1.Sex).toBe("F");
    expect(c1.Ethnicity).toBe("WROM"); // GROM read as WROM, case-insensitively
    expect(c1.Disabilities).toEqual(["HAND", "HEAR"]);
    expect(c1.cinDetails).toHaveLength(2);
    expect(c1.cinDetails[0].blocks).toHaveLength(2);
    expect(c1.cinDetails[1].blocks).toHaveLength(1);
    const [b1, b2] = c1.cinDetails[0].blocks;
    expect(b1).toMatchObject({
      PPStartDate: day("2024-09-09"),
      LBPSentDate: day("2024-09-20"),
      FGDMMeetingOffer: true,
      FGDMMeetingFac: false,
      ReviewMeetingsCount: 3,
      PPOutcome: "A",
      CourtAppDate: day("2024-12-18"),
      StepDecisionDate: null,
    });
    expect(b2).toMatchObject({ FGDMMeetingOffer: true, FGDMMeetingFac: true, CourtAppDate: null });
    expect(c1.cinDetails[1].blocks[0]).toMatchObject({ FGDMMeetingOffer: false, FGDMMeetingFac: null });
    // ExpectedPersonBirthDate may lie after the ReferenceDate; no Disabilities element -> null.
    expect(c2).toMatchObject({
      ExpectedPersonBirthDate: day("2025-06-01"),
      PersonBirthDate: null,
      GenderCurrent: "0",
      Disabilities: null,
    });
  });

  it("rejects a date before 1900 (a year not written in full) as date-before-1900, never a 1900s date", () => {
    const c = parse(census.replace("<PersonBirthDate>2015-03-27", "<PersonBirthDate>0015-03-27"));
    const line = census.split("\n").findIndex((l) => l.includes("<PersonBirthDate>2015-03-27")) + 1;
    expect(c.issues.map((i) => [i.rule, i.row, i.column])).toContainEqual([
      "date-before-1900",
      line,
      "PersonBirthDate",
    ]);
    expect(c.children[0].PersonBirthDate).toBeNull();
  });

  it("gives the same census whatever the chunk boundaries (streaming)", () => {
    const whole = parse(census);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200 }), (chunk) => {
        expect(parse(census, chunk)).toEqual(whole);
      }),
      { seed: 42, numRuns: 200 },
    );
  });

  it("reports malformed XML with its line and column and reads nothing from the file", () => {
    const bad = census.replace(
      "<LBPSentDate>2024-09-20</LBPSentDate>",
      "<LBPSentDate>2024-09-20</<LBPSentDate>",
    );
    const lineOfFault = bad.split("\n").findIndex((l) => l.includes("</<LBPSentDate>")) + 1;
    const c = parse(bad, 64);
    expect(c.complete).toBe(false);
    expect(c.children).toEqual([]);
    const issue = c.issues.find((i) => i.rule === "xml-malformed");
    expect(issue).toMatchObject({ severity: "error", file: "cin.xml", row: lineOfFault });
    expect(issue?.message).toMatch(new RegExp(`line ${lineOfFault}, column \\d+`));
  });

  it("refuses a census of another collection", () => {
    const c = parse(census.replace("<Collection>CIN</Collection>", "<Collection>SCHOOL CENSUS</Collection>"));
    expect(c.complete).toBe(false);
    expect(c.children).toEqual([]);
    expect(c.issues).toMatchObject([
      { rule: "return-collection-other", row: 5, column: "Collection", value: "SCHOOL CENSUS" },
    ]);
  });

  it("reports a date after the ReferenceDate with its line and element, and disregards it", () => {
    const bad = census.replace(
      "<CourtAppDate>2024-12-18</CourtAppDate>",
      "<CourtAppDate>2025-04-18</CourtAppDate>",
    );
    const line = bad.split("\n").findIndex((l) => l.includes("2025-04-18")) + 1;
    const c = parse(bad);
    expect(c.issues).toMatchObject([
      { rule: "date-future", severity: "error", row: line, column: "CourtAppDate", value: "2025-04-18" },
    ]);
    expect(c.children[0].cinDetails[0].blocks[0].CourtAppDate).toBeNull();
  });

  it("reports booleans other than 1/0/true/false and unparseable dates", () => {
    const bad = census
      .replace("<FGDMMeetingFac>false</FGDMMeetingFac>", "<FGDMMeetingFac>Y</FGDMMeetingFac>")
      .replace("2024-09-09", "09/09/2024");
    const c = parse(bad);
    expect(c.issues.map((i) => [i.rule, i.column])).toEqual([
      ["date-unparseable", "PPStartDate"],
      ["value-type", "FGDMMeetingFac"],
    ]);
    expect(c.children[0].cinDetails[0].blocks[0].FGDMMeetingFac).toBeNull();
  });

  it("reads elements with a namespace prefix", () => {
    const prefixed = census
      .replace(/<(\/?)(\w+)/g, "<$1ns:$2")
      .replace("<ns:Message>", '<ns:Message xmlns:ns="urn:x">');
    expect(parse(prefixed).children[0].cinDetails[0].blocks).toHaveLength(2);
  });
});
