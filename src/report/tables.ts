// Report tables as CSV (safe to open in Excel) and Markdown.
import { csvSafeRows, neutraliseFormula } from "../io/csv-safe-cell.js";
import { displayText } from "../util/display-text.js";
import type { ReportTable } from "./document.js";

/**
 * A report table as CSV safe to open in Excel (io/csv-safe-cell.ts: text that starts like a
 * formula gets an apostrophe); non-finite numbers are blank cells.
 * @example
 * ```ts
 * import { tableToCsv } from "fgc-toolkit";
 * tableToCsv({ id: "x", caption: "Rates", columns: ["Arm", "n"], rows: [["fgc", 10], ["=1+1", Number.NaN]] }); // => "Arm,n\r\nfgc,10\r\n'=1+1,\r\n"
 * ```
 */
export function tableToCsv(t: ReportTable): string {
  const cell = (v: string | number | null) => (typeof v === "number" && !Number.isFinite(v) ? null : v);
  return csvSafeRows([t.columns, ...t.rows.map((r) => r.map(cell))]);
}

/**
 * A GitHub-flavoured Markdown table. Each cell is one line that cannot break the table or run:
 * line breaks become spaces, backslashes and pipes are escaped, `<` is written `&lt;` (no raw
 * HTML), control characters are escaped as \uXXXX (util/display-text.ts), and text that starts
 * like a spreadsheet formula gets the apostrophe the CSV gets (io/csv-safe-cell.ts), for tables
 * pasted into a spreadsheet.
 * @example
 * ```ts
 * import { tableToMarkdown } from "fgc-toolkit";
 * tableToMarkdown({ id: "x", caption: "Rates", columns: ["Arm", "n"], rows: [["fgc", 10]] }); // => "**Rates**\n\n| Arm | n |\n| --- | --- |\n| fgc | 10 |\n"
 * ```
 */
export function tableToMarkdown(t: ReportTable): string {
  const align = t.columns.map((_, i) => (t.numeric?.[i] ? "---:" : "---"));
  const lines = [
    `**${markdownCell(t.caption)}**`,
    "",
    `| ${t.columns.map(markdownCell).join(" | ")} |`,
    `| ${align.join(" | ")} |`,
    ...t.rows.map((r) => `| ${r.map(markdownCell).join(" | ")} |`),
  ];
  if (t.notes?.length) lines.push("", ...t.notes.map((n) => `- ${markdownCell(n)}`));
  return `${lines.join("\n")}\n`;
}

function markdownCell(v: string | number | null): string {
  if (v === null) return "";
  const oneLine = String(v).replace(/\r\n|\r|\n/g, " ");
  return displayText(neutraliseFormula(oneLine), Number.POSITIVE_INFINITY)
    .replace(/\\/g, "\\\\")
    .replace(/\|/g, "\\|")
    .replace(/</g, "&lt;");
}
