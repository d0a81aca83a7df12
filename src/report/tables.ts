/**
 * Report tables as CSV (safe to open in Excel) and Markdown.
 */
import { csvSafeRows } from "../io/csv-safe-cell.js";
import type { ReportTable } from "./document.js";

/** CSV safe to open in Excel (io/csv-safe-cell.ts); non-finite numbers are blank cells. */
export function tableToCsv(t: ReportTable): string {
  const cell = (v: string | number | null) => (typeof v === "number" && !Number.isFinite(v) ? null : v);
  return csvSafeRows([t.columns, ...t.rows.map((r) => r.map(cell))]);
}

export function tableToMarkdown(t: ReportTable): string {
  const esc = (v: string | number | null) =>
    v === null ? "" : String(v).replace(/\|/g, "\\|").replace(/\n/g, " ");
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
