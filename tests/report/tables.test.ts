import { describe, expect, it } from "vitest";
import { tableToCsv, tableToMarkdown } from "../../src/report/tables.js";

describe("table output", () => {
  const t = {
    id: "x",
    caption: "Rates | by arm",
    columns: ["Arm", "n"],
    rows: [["fgc", 10] as (string | number)[]],
    numeric: [false, true],
  };
  it("writes CSV with CRLF line ends", () => {
    expect(tableToCsv(t)).toBe("Arm,n\r\nfgc,10\r\n");
  });
  it("writes non-finite numbers as blanks and neutralises formulas", () => {
    const u = { ...t, rows: [["=cmd()", Number.NaN] as (string | number)[]] };
    expect(tableToCsv(u)).toBe("Arm,n\r\n'=cmd(),\r\n");
  });
  it("writes Markdown with escaped pipes and right-aligned numbers", () => {
    expect(tableToMarkdown(t)).toBe("**Rates \\| by arm**\n\n| Arm | n |\n| --- | ---: |\n| fgc | 10 |\n");
  });
});
