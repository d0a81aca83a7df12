/**
 * Report tables as CSV (safe to open in Excel) and Markdown.
 */
import type { ReportTable } from "./document.js";

/**
 * A CSV cell that Excel will not run as a formula: text starting with = + - @ (or a tab or
 * carriage return) that is not a number gets a leading apostrophe (OWASP CSV injection advice).
 * @example csvCell("=SUM(A1)") // "'=SUM(A1)"
 */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  let s = typeof value === "number" ? (Number.isFinite(value) ? String(value) : "") : value;
  if (/^[=+\-@\t\r]/.test(s) && !/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function tableToCsv(t: ReportTable): string {
  const lines = [t.columns.map(csvCell).join(",")];
  for (const row of t.rows) lines.push(row.map(csvCell).join(","));
  return `${lines.join("\r\n")}\r\n`;
}

export function tableToMarkdown(t: ReportTable): string {
  const esc = (v: string | number | null) => (v === null ? "" : String(v).replace(/\|/g, "\\|").replace(/\n/g, " "));
  const align = t.columns.map((_, i) => (t.numeric?.[i] ? "---:" : "---"));
  const lines = [
    `**${esc(t.caption)}**`,
    "",
    `| ${t.columns.map(esc).join(" | ")} |`,
    `| ${align.join(" | ")} |`,
    ...t.rows.map((r) => `| ${r.map(esc).join(" | ")} |`),
  ];
  if (t.notes?.length) lines.push("", ...t.notes.map((n) => `- ${esc(n)}`));
  return `${lines.join("\n")}\n`;
}
