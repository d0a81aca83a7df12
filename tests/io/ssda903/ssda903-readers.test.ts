import { describe, expect, it } from "vitest";
import { readDelimitedText } from "../../../src/io/read-delimited-text.js";
import { readSsda903Table } from "../../../src/io/ssda903/read-ssda903-table.js";
import { ssda903TableKind } from "../../../src/io/ssda903/ssda903-table-kind.js";
import { createSsda903XmlParser } from "../../../src/io/ssda903/ssda903-xml-parser.js";
import { parseDay } from "../../../src/util/dates.js";

const day = (iso: string) => parseDay(iso, ["iso"]) as number;

const xml = `<?xml version='1.0' encoding='us-ascii'?>
<EXPSSDA903><CHILD><HEADER><CHILDID>563324</CHILDID><UPN>O047534879592</UPN><SEX>1</SEX><DOB>08/03/2007</DOB><ETHNIC>GROM</ETHNIC><UASC /><AREVIEW><REVIEW>26/03/2016</REVIEW><REVIEW_CODE>PN7</REVIEW_CODE></AREVIEW></HEADER>
<EPISODE><DECOM>19/07/2016</DECOM><RNE>S</RNE><LS>E1</LS><CIN>N2</CIN><PL>P2</PL><PLACE_PROVIDER>PR0</PLACE_PROVIDER><DEC>08/10/2017</DEC><REC>X1</REC><REASON_PLACE_CHANGE /></EPISODE>
<EPISODE><DECOM>08/10/2017</DECOM><RNE>P</RNE><LS>E1</LS><CIN>N2</CIN><PL>U3</PL><DEC /><REC /></EPISODE></CHILD>
<CHILD><HEADER><CHILDID>701096</CHILDID><SEX>F</SEX><DOB>29/04/2011</DOB><ETHNIC>MWBA</ETHNIC></HEADER>
<EPISODE><DECOM>14/07/2016</DECOM><RNE>S</RNE><LS>V3</LS><CIN>N1</CIN><PL>ZZ</PL><DEC>31/02/2017</DEC><REC>E8</REC></EPISODE></CHILD></EXPSSDA903>
`;

describe("createSsda903XmlParser", () => {
  it("reads CHILDID as CHILD and PL as PLACE, UK dates, blank DEC as open", () => {
    const p = createSsda903XmlParser("903.xml");
    for (let i = 0; i < xml.length; i += 37) p.write(xml.slice(i, i + 37));
    const f = p.close();
    expect(f.children).toMatchObject([
      { CHILD: "563324", SEX: "M", DOB: day("2007-03-08"), ETHNIC: "WROM" },
      { CHILD: "701096", SEX: "F", DOB: day("2011-04-29"), ETHNIC: "MWBA" },
    ]);
    expect(f.episodes).toHaveLength(2);
    expect(f.episodes[0]).toMatchObject({
      CHILD: "563324",
      DECOM: day("2016-07-19"),
      DEC: day("2017-10-08"),
      RNE: "S",
      LS: "E1",
      PLACE: "P2",
      REC: "X1",
      row: 3,
    });
    expect(f.episodes[1]).toMatchObject({ DEC: null, REC: null, PLACE: "U3" });
    // The third episode has an impossible DEC (and PL ZZ, not checked once the date fails): left out.
    expect(f.issues.map((i) => [i.rule, i.row, i.column])).toEqual([["date-impossible", 6, "DEC"]]);
  });

  it("reports malformed XML with line and column", () => {
    const p = createSsda903XmlParser("903.xml");
    p.write(xml.replace("<RNE>P</RNE>", "<RNE>P</RN>"));
    const f = p.close();
    expect(f.complete).toBe(false);
    expect(f.episodes).toEqual([]);
    expect(f.issues[0]).toMatchObject({ rule: "xml-malformed", row: 4 });
    expect(f.issues[0].message).toMatch(/line 4, column \d+/);
  });
});

describe("ssda903TableKind", () => {
  it("recognises the 903 tables by their columns, whatever the file is called", () => {
    expect(
      ssda903TableKind(["CHILD", "DECOM", "RNE", "LS", "CIN", "PLACE", "PLACE_PROVIDER", "DEC", "REC"]),
    ).toBe("Episodes");
    expect(ssda903TableKind(["child", "sex", "dob", "ethnic", "upn", "mother", "mc_dob"])).toBe("Header");
    expect(ssda903TableKind(["CHILD", "DOB", "REVIEW", "REVIEW_CODE"])).toBe("Reviews");
    expect(ssda903TableKind(["CHILD", "DOB", "MISSING", "MIS_START", "MIS_END"])).toBe("Missing");
    expect(ssda903TableKind(["child_id", "index_date"])).toBeUndefined();
  });
});

describe("readSsda903Table", () => {
  it("validates the Episodes table with the episodes spec (UK dates, codes, DEC with REC)", () => {
    const raw = readDelimitedText(
      "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC\nA1,01/04/2023,S,C1,N1,U1,PR1,,\nA1,05/05/2023,S,C1,N1,U1,PR1,01/05/2023,E4A\nA2,3/13/2023,S,C1,N1,U1,PR1,,\n",
      "episodes.csv",
    );
    const f = readSsda903Table(raw, "Episodes");
    expect(f.episodes).toHaveLength(1);
    expect(f.episodes[0]).toMatchObject({
      CHILD: "A1",
      DECOM: day("2023-04-01"),
      DEC: null,
      row: 2,
      file: "episodes.csv",
    });
    // 3/13/2023: no month 13, so it was typed month first (date-month-first, not merely impossible).
    expect(f.issues.map((i) => [i.rule, i.row])).toEqual([
      ["episode-dates-order", 3],
      ["date-month-first", 4],
    ]);
  });

  it("rejects a Header DOB before 1900 as date-before-1900", () => {
    const raw = readDelimitedText("CHILD,SEX,DOB,ETHNIC\nA1,2,01/02/0015,WBRI\n", "header.csv");
    const f = readSsda903Table(raw, "Header");
    expect(f.issues.map((i) => [i.rule, i.row, i.column])).toEqual([["date-before-1900", 2, "DOB"]]);
  });

  it("reads SEX, DOB and ETHNIC from the Header table", () => {
    const raw = readDelimitedText("CHILD,SEX,DOB,ETHNIC\nA1,2,01/02/2015,WBRI\nA2,M,,\n", "header.csv");
    expect(readSsda903Table(raw, "Header").children).toMatchObject([
      { CHILD: "A1", SEX: "F", DOB: day("2015-02-01"), ETHNIC: "WBRI", row: 2 },
      { CHILD: "A2", SEX: "M", DOB: null, ETHNIC: null, row: 3 },
    ]);
  });
});

describe("createSsda903XmlParser codes", () => {
  it("leaves out an episode whose code is off its list, as the CSV validation does", () => {
    const p = createSsda903XmlParser("903.xml");
    p.write(xml.replace("<DEC>31/02/2017</DEC>", "<DEC>28/02/2017</DEC>"));
    const f = p.close();
    expect(f.episodes).toHaveLength(2);
    expect(f.issues.map((i) => [i.rule, i.row, i.column, i.value])).toEqual([
      ["code-unknown", 6, "PL", "ZZ"],
    ]);
  });
});
