/**
 * Issue 12, XML cases: a prolog of any shape is read past, entities are never expanded, and no
 * text, attribute, comment or whitespace run is buffered without bound.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createCinCensusParser } from "../../../src/io/cin-census/cin-census-parser.js";
import { readCinCensusFile } from "../../../src/io/node/read-cin-census-file.js";
import { scanXmlProlog } from "../../../src/io/scan-xml-prolog.js";
import { createSsda903XmlParser } from "../../../src/io/ssda903/ssda903-xml-parser.js";

const head = (lea: string) => `<Message>
  <Header>
    <CollectionDetails><Collection>CIN</Collection><Year>2024</Year><ReferenceDate>2024-03-31</ReferenceDate></CollectionDetails>
    <Source><LEA>${lea}</LEA></Source>
  </Header>
  <Children>
`;
const child = `    <Child><ChildIdentifiers><LAchildID>C1</LAchildID></ChildIdentifiers></Child>
`;
const tail = "  </Children>\n</Message>\n";

function parse(text: string, maxRun?: number) {
  const p = createCinCensusParser("c.xml", maxRun === undefined ? {} : { maxRun });
  p.write(text);
  return p.close();
}

describe("scanXmlProlog", () => {
  it("reads past a BOM, declaration, comments, PIs and a DOCTYPE with an internal subset", () => {
    const text = `\uFEFF<?xml version="1.0"?>\n<!-- exported by X -->\n<?pi data?>\n<!DOCTYPE Message [\n  <!ENTITY a "]>">\n  <!-- a comment with > in it -->\n]>\n<ns:Message xmlns:ns="u">`;
    expect(scanXmlProlog(text)).toEqual({ status: "root", name: "Message", line: 8, doctype: true });
  });

  it("says when the prolog ends without a root element, and when text is not XML", () => {
    expect(scanXmlProlog('<?xml version="1.0"?>\n\n  ')).toEqual({
      status: "no-root",
      line: 3,
      markup: true,
    });
    expect(scanXmlProlog("<!DOCTYPE Message [ <!ENTITY a 'b'>")).toMatchObject({ status: "no-root" });
    expect(scanXmlProlog("   \n ")).toEqual({ status: "no-root", line: 2, markup: false });
    expect(scanXmlProlog("CHILD,DECOM\n")).toEqual({ status: "not-xml", markup: false });
  });
});

describe("CIN census reader: DOCTYPE and entities", () => {
  it("reads a census that starts with a DOCTYPE declaring entities it does not use", () => {
    const doctype = `<?xml version="1.0"?>\n<!DOCTYPE Message [\n <!ENTITY lol "lol">\n <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">\n]>\n`;
    const census = parse(doctype + head("999") + child + tail);
    expect(census.complete).toBe(true);
    expect(census.issues).toEqual([]);
    expect(census.children.map((c) => c.childId)).toEqual(["C1"]);
    expect(census.header.lea).toBe("999");
  });

  it("an entity reference in content is an error naming the line, never a blank value (billion laughs is not expanded)", () => {
    const doctype = `<!DOCTYPE Message [\n <!ENTITY lol "lol">\n <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">\n]>\n`;
    const text = `${doctype}${head("999")}    <Child><ChildIdentifiers><LAchildID>&lol2;</LAchildID></ChildIdentifiers></Child>\n${tail}`;
    const census = parse(text);
    expect(census.complete).toBe(false);
    expect(census.children).toEqual([]);
    expect(census.issues).toMatchObject([
      { rule: "xml-entity-unsupported", severity: "error", file: "c.xml", row: 11, column: "LAchildID" },
    ]);
  });

  it("the five predefined entities and character references still read", () => {
    const census = parse(
      `${head("999")}    <Child><ChildIdentifiers><LAchildID>A&amp;B&#65;</LAchildID></ChildIdentifiers></Child>\n${tail}`,
    );
    expect(census.children.map((c) => c.childId)).toEqual(["A&BA"]);
  });
});

describe("CIN census reader: the LEA", () => {
  it("a second, different LEA in the header stops the file; the same one twice does not", () => {
    const two = parse(head("999").replace("<LEA>999</LEA>", "<LEA>999</LEA><LEA>202</LEA>") + child + tail);
    expect(two.issues).toMatchObject([{ rule: "return-lea-invalid", row: 4, column: "LEA", value: "202" }]);
    expect(two.complete).toBe(false);
    const same = parse(head("999").replace("<LEA>999</LEA>", "<LEA>999</LEA><LEA>999</LEA>") + child + tail);
    expect(same.issues).toEqual([]);
  });
});

describe("XML readers: bounded runs", () => {
  it("600 million characters of whitespace inside the root are refused, not a crash (V8's string limit is ~537 million)", () => {
    const p = createCinCensusParser("big.xml");
    p.write(head("999"));
    const piece = " ".repeat(1 << 20);
    for (let i = 0; i < 600; i++) p.write(piece);
    p.write(tail);
    const census = p.close();
    expect(census.complete).toBe(false);
    expect(census.issues).toMatchObject([{ rule: "xml-text-too-long", severity: "error", file: "big.xml" }]);
    expect(census.issues[0].message.length).toBeLessThan(300);
  });

  it("a text node, attribute, comment or CDATA past the limit is refused at its line", () => {
    const long = "x".repeat(300);
    const cases = [
      `<Source><LEA>${long}</LEA></Source>`,
      `<Source a="${long}"><LEA>999</LEA></Source>`,
      `<!-- ${"<>".repeat(400)} -->`,
      `<Source><LEA><![CDATA[${"<>".repeat(400)}]]></LEA></Source>`,
      `<Source><LEA>9<!---->9<!---->${"9".repeat(90)}<!---->${"9".repeat(90)}<!---->${"9".repeat(90)}</LEA></Source>`,
    ];
    for (const inner of cases) {
      const census = parse(`<Message>\n<Header>\n${inner}\n</Header></Message>`, 200);
      expect(
        census.issues.map((i) => [i.rule, i.row]),
        inner.slice(0, 40),
      ).toEqual([["xml-text-too-long", 3]]);
      expect(census.complete).toBe(false);
    }
    // Under the limit, the same shapes read.
    expect(
      parse(
        `<Message>\n<Header>\n<Source a="${"x".repeat(100)}"><LEA>999</LEA></Source>\n</Header></Message>`,
        200,
      ).issues,
    ).toEqual([]);
  });

  it("the SSDA903 reader has the same bound, and reads CDATA values", () => {
    const p = createSsda903XmlParser("903.xml", { maxRun: 200 });
    p.write(
      `<EXPSSDA903>\n<CHILD><HEADER><CHILDID>${"x".repeat(300)}</CHILDID></HEADER></CHILD></EXPSSDA903>`,
    );
    expect(p.close().issues).toMatchObject([{ rule: "xml-text-too-long", row: 2 }]);
    const q = createSsda903XmlParser("903.xml");
    q.write(
      "<EXPSSDA903><CHILD><HEADER><CHILDID>A1</CHILDID></HEADER><EPISODE><DECOM><![CDATA[01/07/2023]]></DECOM><RNE>S</RNE><LS>C2</LS><CIN>N1</CIN><PL>U1</PL></EPISODE></CHILD></EXPSSDA903>",
    );
    const read = q.close();
    expect(read.issues).toEqual([]);
    expect(read.episodes.map((e) => [e.CHILD, e.DECOM])).toEqual([["A1", 19539]]);
  });

  it("a file with no root element is an error naming the line", () => {
    const census = parse('<?xml version="1.0"?>\n\n');
    expect(census.issues).toMatchObject([{ rule: "xml-no-root", severity: "error", row: 3 }]);
  });

  it("a 3 MB whitespace file read from disk stops at the limit with its line", async () => {
    const dir = mkdtempSync(join(tmpdir(), "fgc-xml-"));
    const path = join(dir, "ws.xml");
    writeFileSync(path, `<?xml version="1.0"?>\n<Message>\n${" ".repeat(3 << 20)}\n</Message>\n`);
    const census = await readCinCensusFile(path, "ws.xml");
    expect(census.issues).toMatchObject([{ rule: "xml-text-too-long", file: "ws.xml", row: 3 }]);
    expect(census.complete).toBe(false);
  });
});
