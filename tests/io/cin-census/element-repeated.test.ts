/**
 * Issue 12: an element a child, block, HEADER or EPISODE holds once, given twice with another
 * value, was read silently (the last, or the first, won). Now it is `xml-element-repeated` at the
 * second's line, naming both values, and the record is left out, with every record accounted for.
 */
import { describe, expect, it } from "vitest";
import { createCinCensusParser } from "../../../src/io/cin-census/cin-census-parser.js";
import { createSsda903XmlParser } from "../../../src/io/ssda903/ssda903-xml-parser.js";

const census = (children: string, header = "<ReferenceDate>2025-03-31</ReferenceDate>") => `<Message>
  <Header>
    <CollectionDetails><Collection>CIN</Collection><Year>2025</Year>${header}</CollectionDetails>
    <Source><LEA>999</LEA></Source>
  </Header>
  <Children>
${children}  </Children>
</Message>
`;

const cinChild = (id: string, extra = "", block = "") => `    <Child>
      <ChildIdentifiers><LAchildID>${id}</LAchildID><PersonBirthDate>2015-06-10</PersonBirthDate>${extra}</ChildIdentifiers>
      <ChildCharacteristics><Ethnicity>WBRI</Ethnicity><Disabilities><Disability>AUT</Disability><Disability>HAND</Disability></Disabilities></ChildCharacteristics>
      <CINdetails><CINreferralDate>2023-01-10</CINreferralDate>
        <PreProceedingsandFGDM><LBPSentDate>2023-05-10</LBPSentDate>${block}</PreProceedingsandFGDM>
        <PreProceedingsandFGDM><LBPSentDate>2023-09-10</LBPSentDate></PreProceedingsandFGDM>
      </CINdetails>
      <CINdetails><CINreferralDate>2024-01-10</CINreferralDate></CINdetails>
    </Child>
`;

function readCensus(text: string) {
  const p = createCinCensusParser("cin.xml");
  p.write(text);
  return p.close();
}

const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split("\n").length;

describe("CIN census: an element given twice in one parent", () => {
  it("a second LAchildID with another value leaves the child out, with an error at its line naming both values", () => {
    const text = census(cinChild("A1") + cinChild("B2", "<LAchildID>ZZ99</LAchildID>") + cinChild("C3"));
    const r = readCensus(text);
    expect(r.complete).toBe(true);
    expect(r.children.map((c) => c.childId)).toEqual(["A1", "C3"]);
    const errors = r.issues.filter((i) => i.severity === "error");
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({
      rule: "xml-element-repeated",
      file: "cin.xml",
      row: lineOf(text, "ZZ99"),
      column: "LAchildID",
      value: "ZZ99",
    });
    expect(errors[0].message).toContain('"B2"');
    expect(errors[0].message).toContain('"ZZ99"');
    // Accounting: every Child read is kept or left out with an error.
    expect(text.split("<Child>").length - 1).toBe(r.children.length + errors.length);
  });

  it("a second PersonBirthDate, Ethnicity or a block's LBPSentDate leaves the child out", () => {
    const cases: [string, string, string][] = [
      ["PersonBirthDate", cinChild("B2", "<PersonBirthDate>2015-01-01</PersonBirthDate>"), "2015-01-01"],
      [
        "Ethnicity",
        cinChild("B2").replace(
          "<Ethnicity>WBRI</Ethnicity>",
          "<Ethnicity>WBRI</Ethnicity><Ethnicity>WIRI</Ethnicity>",
        ),
        "WIRI",
      ],
      ["LBPSentDate", cinChild("B2", "", "<LBPSentDate>2023-06-01</LBPSentDate>"), "2023-06-01"],
      [
        "ChildIdentifiers",
        cinChild("B2").replace(
          "</ChildIdentifiers>",
          "</ChildIdentifiers><ChildIdentifiers><LAchildID>B9</LAchildID></ChildIdentifiers>",
        ),
        "<LAchildID>B9",
      ],
    ];
    for (const [element, child, marker] of cases) {
      const text = census(cinChild("A1") + child);
      const r = readCensus(text);
      expect(
        r.children.map((c) => c.childId),
        element,
      ).toEqual(["A1"]);
      expect(
        r.issues.map((i) => [i.rule, i.severity, i.row, i.column]),
        element,
      ).toEqual([["xml-element-repeated", "error", lineOf(text, marker), element]]);
    }
  });

  it("the same value twice is read once, with a warning", () => {
    const text = census(cinChild("A1", "<LAchildID>A1</LAchildID>"));
    const r = readCensus(text);
    expect(r.children.map((c) => c.childId)).toEqual(["A1"]);
    expect(r.issues.map((i) => [i.rule, i.severity, i.row])).toEqual([
      ["xml-element-repeated", "warning", lineOf(text, "<LAchildID>A1")],
    ]);
  });

  it("a second ReferenceDate in the header stops the file", () => {
    const r = readCensus(
      census(
        cinChild("A1"),
        "<ReferenceDate>2025-03-31</ReferenceDate><ReferenceDate>2024-03-31</ReferenceDate>",
      ),
    );
    expect(r.complete).toBe(false);
    expect(r.children).toEqual([]);
    expect(r.issues).toMatchObject([
      { rule: "xml-element-repeated", severity: "error", row: 3, column: "ReferenceDate" },
    ]);
  });

  it("repeating elements (CINdetails, blocks, Disability) are read whole", () => {
    const r = readCensus(census(cinChild("A1")));
    expect(r.issues).toEqual([]);
    expect(r.children).toHaveLength(1);
    const [c] = r.children;
    expect(c.Disabilities).toEqual(["AUT", "HAND"]);
    expect(c.cinDetails).toHaveLength(2);
    expect(c.cinDetails[0].blocks).toHaveLength(2);
  });

  it("a long value is shortened in the message", () => {
    const long = "Z".repeat(500);
    const r = readCensus(census(cinChild("A1", `<LAchildID>${long}</LAchildID>`)));
    const [i] = r.issues;
    expect(i.value).toContain("(500 characters)");
    expect(i.message).toContain("(500 characters)");
    expect(i.message.length).toBeLessThan(300);
  });
});

const ssda903 = (children: string) => `<EXPSSDA903>\n${children}</EXPSSDA903>\n`;
const episode = (decom: string, extra = "") =>
  `    <EPISODE><DECOM>${decom}</DECOM><RNE>S</RNE><LS>V2</LS><CIN>N1</CIN><PL>U4</PL>${extra}<DEC /><REC /></EPISODE>\n`;
const child903 = (id: string, extra = "", episodes = episode("01/07/2023") + episode("01/08/2023")) =>
  `  <CHILD>\n    <HEADER><CHILDID>${id}</CHILDID><SEX>F</SEX><DOB>01/01/2020</DOB>${extra}<ETHNIC>WBRI</ETHNIC></HEADER>\n${episodes}  </CHILD>\n`;

function read903(text: string) {
  const p = createSsda903XmlParser("903.xml");
  p.write(text);
  return p.close();
}

describe("SSDA903 XML: an element given twice in one parent", () => {
  it("a second DOB leaves the HEADER out (its episodes keep their CHILDID)", () => {
    const text = ssda903(child903("A1") + child903("B2", "<DOB>01/01/2015</DOB>"));
    const r = read903(text);
    expect(r.children.map((c) => c.CHILD)).toEqual(["A1"]);
    expect(r.episodes.map((e) => e.CHILD)).toEqual(["A1", "A1", "B2", "B2"]);
    expect(r.issues).toMatchObject([
      {
        rule: "xml-element-repeated",
        severity: "error",
        row: lineOf(text, "01/01/2015"),
        column: "DOB",
        value: "01/01/2015",
      },
    ]);
    expect(r.issues[0].message).toContain('"01/01/2020"');
  });

  it("a second DECOM (or PL given as PL and PLACE) leaves the episode out", () => {
    const text = ssda903(
      child903(
        "A1",
        "",
        episode("01/07/2023", "<DECOM>01/01/2015</DECOM>") +
          episode("01/08/2023", "<PLACE>U1</PLACE>") +
          episode("01/09/2023"),
      ),
    );
    const r = read903(text);
    expect(r.episodes.map((e) => e.row)).toEqual([lineOf(text, "01/09/2023")]);
    expect(r.issues.map((i) => [i.rule, i.row, i.column])).toEqual([
      ["xml-element-repeated", lineOf(text, "01/01/2015"), "DECOM"],
      ["xml-element-repeated", lineOf(text, "<PLACE>U1"), "PLACE"],
    ]);
    // Accounting: episodes read = kept + left out with an error.
    const errors = r.issues.filter((i) => i.severity === "error");
    expect(text.split("<EPISODE>").length - 1).toBe(r.episodes.length + errors.length);
  });

  it("a second CHILDID (or a second HEADER) leaves the CHILD and each of its episodes out, with an error", () => {
    for (const [extra, marker] of [
      ["<CHILDID>ZZ99</CHILDID>", "ZZ99"],
      ["<CHILD>ZZ99</CHILD>", "ZZ99"],
    ]) {
      const text = ssda903(child903("A1") + child903("B2", extra) + child903("C3"));
      const r = read903(text);
      expect(r.children.map((c) => c.CHILD)).toEqual(["A1", "C3"]);
      expect(r.episodes.map((e) => e.CHILD)).toEqual(["A1", "A1", "C3", "C3"]);
      expect(r.issues.map((i) => [i.rule, i.severity, i.row])).toEqual([
        ["xml-element-repeated", "error", lineOf(text, marker)],
        ["xml-element-repeated", "error", lineOf(text, marker) + 1],
        ["xml-element-repeated", "error", lineOf(text, marker) + 2],
      ]);
      const leftOut = r.issues.filter((i) => i.message.endsWith("the episode is left out"));
      expect(text.split("<EPISODE>").length - 1).toBe(r.episodes.length + leftOut.length);
    }
    const twoHeaders = ssda903(
      child903("A1").replace("</HEADER>", "</HEADER>\n    <HEADER><CHILDID>B2</CHILDID></HEADER>"),
    );
    const r = read903(twoHeaders);
    expect(r.children).toEqual([]);
    expect(r.episodes).toEqual([]);
    expect(r.issues.map((i) => [i.rule, i.row, i.column])).toEqual([
      ["xml-element-repeated", 4, "HEADER"],
      ["xml-element-repeated", 5, "CHILDID"],
      ["xml-element-repeated", 6, "CHILDID"],
    ]);
  });

  it("the same value twice is read once, with a warning", () => {
    const r = read903(ssda903(child903("A1", "<DOB>01/01/2020</DOB>")));
    expect(r.children.map((c) => c.CHILD)).toEqual(["A1"]);
    expect(r.episodes).toHaveLength(2);
    expect(r.issues.map((i) => [i.rule, i.severity])).toEqual([["xml-element-repeated", "warning"]]);
  });
});
