import { describe, expect, it } from "vitest";
import { csvSafeCell, csvSafeRows } from "../../src/io/csv-safe-cell.js";
import { issuesToCsv } from "../../src/io/issues-to-csv.js";

describe("csvSafeCell", () => {
  it.each([
    ["=SUM(A1:A3)", "'=SUM(A1:A3)"],
    ["+44 20 7946 0000", "'+44 20 7946 0000"],
    ["-x", "'-x"],
    ["@cmd", "'@cmd"],
    ["\tTAB", "'\tTAB"],
    ["  =1+2", "'  =1+2"],
    ["\uff1dcmd()", "'\uff1dcmd()"],
    ["\uff20SUM(1)", "'\uff20SUM(1)"],
  ])("neutralises a formula start: %j -> %j", (input, expected) => {
    expect(csvSafeCell(input)).toBe(expected);
  });

  it.each(["-3", "+2.5", "-1e3", "0", "plain", ""])("leaves numbers and plain text alone: %j", (input) => {
    expect(csvSafeCell(input)).toBe(input);
  });

  it("quotes delimiters, quotes and line breaks after neutralising", () => {
    expect(csvSafeCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvSafeCell("a,b")).toBe('"a,b"');
    expect(csvSafeCell("a\nb")).toBe('"a\nb"');
    expect(csvSafeCell(null)).toBe("");
    expect(csvSafeCell(12)).toBe("12");
  });

  it("csvSafeRows ends every line with CRLF", () => {
    expect(
      csvSafeRows([
        ["a", "b"],
        ["1", "=2"],
      ]),
    ).toBe("a,b\r\n1,'=2\r\n");
  });

  it("issuesToCsv writes the header and one row per issue", () => {
    const csv = issuesToCsv([
      {
        rule: "code-unknown",
        severity: "error",
        file: "e.csv",
        row: 3,
        column: "RNE",
        value: "@x",
        message: "not a code",
      },
      { rule: "column-missing", severity: "error", file: "e.csv", column: "LS", message: "needs LS" },
    ]);
    expect(csv.split("\r\n")).toEqual([
      "file,row,column,value,rule,severity,message",
      "e.csv,3,RNE,'@x,code-unknown,error,not a code",
      "e.csv,,LS,,column-missing,error,needs LS",
      "",
    ]);
  });
});
