/**
 * The messages an analyst sees for the commonest slips in an extract: a file separated by `;` or
 * tabs, a renamed column, a row cut short, a date typed month first. Each names file, row (where
 * there is one), column and rule; the fixtures of tests/io/bad-input.test.ts check the same rules
 * through the file readers.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readRawFile } from "../../src/io/node/read-raw-file.js";
import { readDelimitedText } from "../../src/io/read-delimited-text.js";
import { validateRead } from "../../src/io/validate-read.js";
import { formatIssue } from "../../src/schema/issue.js";
import { monthFirstMessage } from "../../src/util/month-first-date.js";

const check = (text: string, file = "extract.csv", format: "csv" | "tsv" = "csv") =>
  validateRead(readDelimitedText(text, file, format));

describe("a file separated by another delimiter", () => {
  it("a `;`-separated CSV is named as such, not as a header that matches no table", () => {
    const result = check("CHILD;DECOM;RNE;LS\nA1;05/02/2021;S;C1\n");
    expect(result.issues.map((i) => [i.rule, i.file, i.row])).toEqual([["file-delimiter", "extract.csv", 1]]);
    expect(result.issues[0].message).toContain("this looks like a `;`-separated file");
    expect(result.issues.some((i) => i.rule === "schema-unknown")).toBe(false);
    expect(result.accounting).toMatchObject({ read: 1, accepted: 0, rejected: 1 });
  });

  it("a tab-separated file named .csv is named as tab-separated, with its count of tabs", () => {
    const result = check("CHILD\tDECOM\tRNE\nA1\t05/02/2021\tS\n");
    expect(result.issues[0].rule).toBe("file-delimiter");
    expect(result.issues[0].message).toContain("tab-separated file: its header is one column holding 2 tabs");
  });

  it("a comma-separated file named .tsv is named as comma-separated", () => {
    const result = check("CHILD,DECOM,RNE\nA1,05/02/2021,S\n", "extract.tsv", "tsv");
    expect(result.issues[0].rule).toBe("file-delimiter");
    expect(result.issues[0].message).toContain("`,`-separated");
  });

  it("a one-column file without another delimiter in its header is still an unknown table", () => {
    expect(check("NOTES\nhello\n").issues.map((i) => i.rule)).toEqual(["schema-unknown"]);
  });
});

describe("a renamed column", () => {
  it("dobb in a children extract: did you mean `dob`?", () => {
    const result = check(
      "child_id,family_id,la_code,dobb,sex\nC1,F1,E09000007,2015-03-01,F\n",
      "children.csv",
    );
    expect(result.schema).toBe("children");
    const unknown = result.issues.find((i) => i.rule === "column-unknown");
    expect(unknown).toMatchObject({ file: "children.csv", column: "dobb", severity: "warning" });
    expect(formatIssue(unknown!)).toBe(
      "children.csv, dobb: not a column of children; did you mean `dob`? It will be ignored [column-unknown]",
    );
  });

  it("a required column renamed: column-missing names the column and the spelling found", () => {
    const result = check(
      "CHILD,DECOMM,RNE,LS,CIN,PLACE,DEC,REC\nA1,05/02/2021,S,C1,N1,U1,,\n",
      "episodes.csv",
    );
    expect(result.schema).toBe("episodes");
    const missing = result.issues.find((i) => i.rule === "column-missing");
    expect(missing).toMatchObject({ file: "episodes.csv", column: "DECOM", severity: "error" });
    expect(missing!.message).toContain('the file has "DECOMM": rename it to DECOM');
    expect(result.issues.find((i) => i.rule === "column-unknown")?.message).toContain(
      "did you mean `DECOM`?",
    );
  });

  it("a column unlike every schema column gets no guess", () => {
    const result = check("CHILD,DECOM,RNE,LS,CIN,PLACE,DEC,REC,NOTES\nA1,05/02/2021,S,C1,N1,U1,,\n");
    const unknown = result.issues.find((i) => i.rule === "column-unknown");
    expect(unknown?.message).toBe("not a column of episodes; it will be ignored");
  });
});

describe("a row with fewer cells than the header", () => {
  const csv = "CHILD,DECOM,RNE,LS,CIN,PLACE,DEC,REC\nA1,05/02/2021,S,C1,N1,U1,,\nA2,05/02/2021,S\n";

  it("is reported with its row, its count of cells and the first column it lacks, and rejected", () => {
    const result = check(csv, "episodes.csv");
    const short = result.issues.filter((i) => i.rule === "row-short");
    expect(short).toHaveLength(1);
    expect(formatIssue(short[0])).toBe(
      "episodes.csv row 3, LS: 3 cells but the header has 8 columns; the row is not padded with blanks [row-short]",
    );
    expect(result.accounting).toMatchObject({ read: 2, accepted: 1, rejected: 1 });
    expect(result.accounting.rejectedByRule).toEqual({ "row-short": 1 });
  });

  it("is reported the same way by the streaming file reader, for CSV and TSV", async () => {
    const dir = mkdtempSync(join(tmpdir(), "fgc-short-"));
    writeFileSync(join(dir, "e.csv"), csv);
    writeFileSync(join(dir, "e.tsv"), csv.replaceAll(",", "\t"));
    for (const name of ["e.csv", "e.tsv"]) {
      const raw = await readRawFile(join(dir, name), { file: name });
      expect(raw.issues.map((i) => [i.rule, i.file, i.row, i.column])).toEqual([
        ["row-short", name, 3, "LS"],
      ]);
    }
  });

  it("a row that only drops trailing empty cells is still short: the reader cannot tell it from a cut line", () => {
    const result = check("CHILD,DECOM,RNE,LS,CIN,PLACE,DEC,REC\nA1,05/02/2021,S,C1,N1,U1\n");
    expect(result.issues.map((i) => [i.rule, i.row, i.column])).toEqual([["row-short", 2, "DEC"]]);
  });
});

describe("a date typed month first", () => {
  it("12/25/2021 says it looks like month/day order and gives the dd/mm/yyyy form", () => {
    const result = check(
      "CHILD,DECOM,RNE,LS,CIN,PLACE,DEC,REC\nA1,12/25/2021,S,C1,N1,U1,,\n",
      "episodes.csv",
    );
    const issue = result.issues.find((i) => i.rule === "date-month-first");
    expect(formatIssue(issue!)).toBe(
      'episodes.csv row 2, DECOM "12/25/2021": looks like month/day order (mm/dd/yyyy): 25 cannot be a month; write dd/mm/yyyy (25/12/2021) [date-month-first]',
    );
  });

  it("13/25/2024 still says month/day order, and that 13 is no month either", () => {
    expect(monthFirstMessage("13/25/2024")).toContain("looks like month/day order");
    expect(monthFirstMessage("13/25/2024")).toContain("13 is no month either");
  });

  it("a real dd/mm date, an impossible day and a non-date are not called month first", () => {
    expect(monthFirstMessage("25/12/2021")).toBeUndefined();
    expect(monthFirstMessage("31/02/2021")).toBeUndefined();
    expect(monthFirstMessage("12/32/2021")).toBeUndefined();
    expect(monthFirstMessage("2021-12-25")).toBeUndefined();
  });
});
