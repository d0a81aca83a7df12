/**
 * `fgc validate` on XML returns: the SSDA903 XML is read as its tables and each is validated with
 * the same spec as the CSV table (every table the DfE XML carries: a valid example and one with a
 * broken code, the issue naming file, line, column and rule); the CIN census is recognised by its
 * root and validated by its reader; records on one line stay apart.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { validateXmlFile } from "../../../src/io/node/validate-xml-file.js";
import { formatIssue } from "../../../src/schema/issue.js";
import { parseDay } from "../../../src/util/dates.js";
import { runFgc } from "../../cli/run-cli-helper.js";

const valid = readFileSync(join(import.meta.dirname, "../../fixtures/ssda903-xml/valid.xml"), "utf8");
const extractDay = parseDay("2025-03-31") as number;
const dir = mkdtempSync(join(tmpdir(), "fgc-903-xml-"));

function write(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

async function validate(name: string, text: string) {
  return validateXmlFile(write(name, text), { file: name, extractDay });
}

describe("the SSDA903 XML return, table by table", () => {
  it("valid.xml holds all eleven tables, each accepted whole", async () => {
    const results = await validate("valid.xml", valid);
    expect(results.map((r) => r.schema)).toEqual([
      "header",
      "episodes",
      "uasc",
      "reviews",
      "missing",
      "oc2",
      "oc3",
      "ad1",
      "placed_for_adoption",
      "previous_permanence",
      "sw_episodes",
    ]);
    for (const r of results) {
      expect(r.issues, r.schema).toEqual([]);
      expect(r.accounting.rejected, r.schema).toBe(0);
    }
    expect(results[0].accounting.read).toBe(3);
    // The rows keep their XML lines: the HEADERs open on lines 4, 63 and 75.
    expect(results[0].columns.rowNumbers).toEqual([4, 63, 75]);
  });

  /** A broken code per table: the text replaced, the table, the line of its record and the column. */
  const broken: [from: string, to: string, schema: string, line: number, column: string][] = [
    ["<ETHNIC>MWBA</ETHNIC>", "<ETHNIC>WXYZ</ETHNIC>", "header", 63, "ETHNIC"],
    ["<PL>U1</PL>", "<PL>U9</PL>", "episodes", 51, "PL"],
    ["<REVIEW_CODE>PN3</REVIEW_CODE>", "<REVIEW_CODE>PN8</REVIEW_CODE>", "reviews", 12, "REVIEW_CODE"],
    ["<MISSING>M</MISSING>", "<MISSING>X</MISSING>", "missing", 16, "MISSING"],
    ["<SDQ_SCORE>18</SDQ_SCORE>", "<SDQ_REASON>SDQ9</SDQ_REASON>", "oc2", 23, "SDQ_REASON"],
    ["<ACCOM>Z1</ACCOM>", "<ACCOM>S1</ACCOM>", "oc3", 70, "ACCOM"],
    ["<LS_ADOPTR>L11</LS_ADOPTR>", "<LS_ADOPTR>L5</LS_ADOPTR>", "ad1", 81, "LS_ADOPTR"],
    [
      "<REASON_PLACED_CEASED>RD3<",
      "<REASON_PLACED_CEASED>RD7<",
      "placed_for_adoption",
      39,
      "REASON_PLACED_CEASED",
    ],
    ["<PREV_PERM>P2</PREV_PERM>", "<PREV_PERM>P9</PREV_PERM>", "previous_permanence", 34, "PREV_PERM"],
    ["<SW_REASON>LEFTRL</SW_REASON>", "<SW_REASON>BORED</SW_REASON>", "sw_episodes", 44, "SW_REASON"],
  ];
  for (const [from, to, schema, line, column] of broken) {
    it(`${schema}: a broken ${column} is code-unknown at line ${line}, that row rejected`, async () => {
      expect(valid).toContain(from);
      const name = `${schema}-bad-code.xml`;
      const results = await validate(name, valid.replace(from, to));
      const table = results.find((r) => r.schema === schema)!;
      expect(table.issues.map((i) => [i.rule, i.file, i.row, i.column])).toEqual([
        ["code-unknown", name, line, column],
      ]);
      expect(formatIssue(table.issues[0])).toMatch(
        new RegExp(`^${name} line ${line}, ${column} ".+": not a code in .+ \\[code-unknown\\]$`),
      );
      expect(table.accounting.rejectedByRule).toEqual({ "code-unknown": 1 });
      for (const other of results.filter((r) => r.schema !== schema))
        expect(other.issues, other.schema).toEqual([]);
    });
  }

  it("uasc: SEX comes from the HEADER, so a broken SEX is reported in both tables", async () => {
    const results = await validate("sex.xml", valid.replace("<SEX>M</SEX>", "<SEX>X</SEX>"));
    const issues = results.flatMap((r) => r.issues.map((i) => [r.schema, i.rule, i.row, i.column]));
    expect(issues).toEqual([
      ["header", "code-unknown", 4, "SEX"],
      ["uasc", "code-unknown", 10, "SEX"],
    ]);
  });

  it("records on one line stay apart: two broken episodes on line 1 are two rejected rows", async () => {
    const oneLine =
      "<EXPSSDA903><CHILD><HEADER><CHILDID>1</CHILDID><SEX>M</SEX><DOB>01/01/2015</DOB><ETHNIC>WBRI</ETHNIC></HEADER>" +
      "<EPISODE><DECOM>01/05/2024</DECOM><RNE>S</RNE><LS>C1</LS><CIN>N1</CIN><PL>Q1</PL><DEC>01/06/2024</DEC><REC>E8</REC></EPISODE>" +
      "<EPISODE><DECOM>01/07/2024</DECOM><RNE>S</RNE><LS>C1</LS><CIN>N1</CIN><PL>Q2</PL><DEC /><REC /></EPISODE>" +
      "<EPISODE><DECOM>01/09/2024</DECOM><RNE>S</RNE><LS>C1</LS><CIN>N1</CIN><PL>U1</PL><DEC /><REC /></EPISODE></CHILD></EXPSSDA903>";
    const episodes = (await validate("one-line.xml", oneLine)).find((r) => r.schema === "episodes")!;
    expect(episodes.issues.map((i) => [i.rule, i.row, i.column, i.value])).toEqual([
      ["code-unknown", 1, "PL", "Q1"],
      ["code-unknown", 1, "PL", "Q2"],
    ]);
    expect(episodes.accounting).toMatchObject({ read: 3, accepted: 1, rejected: 2 });
  });

  it("a field given twice with another value in one EPISODE rejects that episode", async () => {
    const results = await validate(
      "repeat.xml",
      valid.replace("<RNE>S</RNE>", "<RNE>S</RNE>\n      <RNE>P</RNE>"),
    );
    const episodes = results.find((r) => r.schema === "episodes")!;
    expect(episodes.issues.map((i) => [i.rule, i.row, i.column, i.severity])).toEqual([
      ["xml-element-repeated", 51, "RNE", "error"],
    ]);
    expect(episodes.accounting).toMatchObject({ read: 1, accepted: 0, rejected: 1 });
  });

  it("malformed XML stops the file: one result, every record read rejected", async () => {
    const results = await validate("cut.xml", valid.slice(0, valid.indexOf("<EPISODE>")));
    expect(results).toHaveLength(1);
    expect(results[0].issues.map((i) => i.rule)).toEqual(["xml-malformed"]);
    expect(results[0].accounting.accepted).toBe(0);
    expect(results[0].accounting.read).toBe(results[0].accounting.rejected);
  });

  it("an XML of neither return is schema-unknown, naming its root", async () => {
    const [result] = await validate(
      "other.xml",
      "<?xml version='1.0'?>\n<Invoice><Total>1</Total></Invoice>\n",
    );
    expect(result.issues.map((i) => i.rule)).toEqual(["schema-unknown"]);
    expect(result.issues[0].message).toContain("<Invoice>");
  });
});

describe("the CIN census XML", () => {
  const sample = join(import.meta.dirname, "../../../data-samples/returns/cin-census-2023-24.xml");

  it("the sample census is recognised by its root and its children accepted", async () => {
    const [result] = await validateXmlFile(sample, { extractDay });
    expect(result.schema).toBe("cin-census");
    expect(result.issues).toEqual([]);
    expect(result.accounting.read).toBeGreaterThan(0);
    expect(result.accounting.accepted).toBe(result.accounting.read);
  });

  it("a broken Ethnicity is code-unknown at its line; that child is rejected", async () => {
    const text = readFileSync(sample, "utf8");
    const lines = text.split("\n");
    const at = lines.findIndex((l) => l.includes("<Ethnicity>")) + 1;
    const [result] = await validate("cin-bad-code.xml", text.replace(/<Ethnicity>\w+</, "<Ethnicity>WXYZ<"));
    expect(result.issues.map((i) => [i.rule, i.file, i.row, i.column])).toEqual([
      ["code-unknown", "cin-bad-code.xml", at, "Ethnicity"],
    ]);
    expect(result.accounting).toMatchObject({ rejected: 1, rejectedByRule: { "code-unknown": 1 } });
  });
});

describe("fgc validate on XML returns", () => {
  it("prints one summary per SSDA903 table and one for the census, and counts the tables", async () => {
    const run = await runFgc(
      "validate",
      write("return.xml", valid),
      join(import.meta.dirname, "../../../data-samples/returns/cin-census-2023-24.xml"),
      "--extract-date",
      "2025-03-31",
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("return.xml  (schema: header)");
    expect(run.stdout).toContain("return.xml  (schema: sw_episodes)");
    expect(run.stdout).toContain("cin-census-2023-24.xml  (schema: cin-census)");
    expect(run.stdout).toContain("2 files (12 tables)");
  });

  it("exits 1 on a broken code and prints it by file, line, column and rule", async () => {
    const path = write("bad.xml", valid.replace("<PL>U1</PL>", "<PL>U9</PL>"));
    const run = await runFgc("validate", path, "--extract-date", "2025-03-31");
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      `${path} line 51, PL "U9": not a code in Placement type (PLACE) (list SSDA903.PLACE) [code-unknown]`,
    );
  });
});

describe("messages that name another record", () => {
  it("an overlap names the other episode by its XML line", async () => {
    // The second EPISODE (line 61) starts before the first (line 51) ends.
    const second = [
      "    <EPISODE>",
      "      <DECOM>01/12/2024</DECOM>",
      "      <RNE>P</RNE>",
      "      <LS>C1</LS>",
      "      <CIN>N1</CIN>",
      "      <PL>U4</PL>",
      "      <DEC />",
      "      <REC />",
      "    </EPISODE>",
    ].join("\n");
    const text = valid
      .replace("<DEC />\n      <REC />", "<DEC>10/01/2025</DEC>\n      <REC>X1</REC>")
      .replace("    </EPISODE>\n  </CHILD>", `    </EPISODE>\n${second}\n  </CHILD>`);
    const episodes = (await validate("overlap.xml", text)).find((r) => r.schema === "episodes")!;
    const overlap = episodes.issues.find((i) => i.rule === "episode-overlap");
    expect(overlap).toMatchObject({ row: 61, column: "DECOM" });
    // The check says "row" whatever the format; the number is the first episode's line.
    expect(overlap!.message).toMatch(/\b51\b/);
  });
});
