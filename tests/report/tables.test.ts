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
  it("writes hostile Markdown cells as one inert cell each", () => {
    const u = {
      ...t,
      columns: ["a", "b", "c", "d", "e", "f"],
      rows: [['=HYPERLINK("http://x","y")', "+cmd", "@SUM(1)", "a\nb|c", "x\\|y <script>", "\u001b[2J"]],
    };
    expect(tableToMarkdown(u).split("\n")[4]).toBe(
      '| \'=HYPERLINK("http://x","y") | \'+cmd | \'@SUM(1) | a b\\|c | x\\\\\\|y &lt;script> | \\\\u001b[2J |',
    );
  });
  it("keeps plain numbers in Markdown as they are", () => {
    const u = { ...t, rows: [["-3.5", -2] as (string | number)[]] };
    expect(tableToMarkdown(u).split("\n")[4]).toBe("| -3.5 | -2 |");
  });
});
