import { describe, expect, it } from "vitest";
import { csvCell, tableToCsv, tableToMarkdown } from "../../src/report/tables.js";

describe("csvCell", () => {
  it("neutralises text that Excel would run as a formula", () => {
    expect(csvCell("=SUM(A1:A3)")).toBe("'=SUM(A1:A3)");
    expect(csvCell("@cmd")).toBe("'@cmd");
    expect(csvCell("+44 20")).toBe("'+44 20");
  });
  it("leaves numbers, including negative ones, as numbers", () => {
    expect(csvCell(-0.086)).toBe("-0.086");
    expect(csvCell("-8.6")).toBe("-8.6");
    expect(csvCell("1e-5")).toBe("1e-5");
  });
  it("quotes commas, quotes and newlines, and writes non-finite numbers as blanks", () => {
    expect(csvCell('a "b", c')).toBe('"a ""b"", c"');
    expect(csvCell(Number.NaN)).toBe("");
    expect(csvCell(null)).toBe("");
  });
});

describe("table output", () => {
  const t = { id: "x", caption: "Rates | by arm", columns: ["Arm", "n"], rows: [["fgc", 10] as (string | number)[]], numeric: [false, true] };
  it("writes CSV with CRLF line ends", () => {
    expect(tableToCsv(t)).toBe("Arm,n\r\nfgc,10\r\n");
  });
  it("writes Markdown with escaped pipes and right-aligned numbers", () => {
    expect(tableToMarkdown(t)).toBe("**Rates \\| by arm**\n\n| Arm | n |\n| --- | ---: |\n| fgc | 10 |\n");
  });
});
