/**
 * JSON to a RawTable: an array of row objects (`[{"CHILD": "A1", …}, …]`) or columns
 * (`{"columns": {"CHILD": ["A1", …], …}}`, also the bare `{"CHILD": [...]}` form Arquero writes).
 * JSON has no spreadsheet rows; the n-th record is numbered n + 1, as if the keys were a header.
 */
import { cellText } from "./cell-text.js";
import { fileIssue } from "./file-issue.js";
import { createRawTableBuilder } from "./raw-table-builder.js";
import type { RawTable } from "./raw-table.js";

/**
 * Parse JSON text. The header is every key in order of first appearance.
 * @example readJsonText('[{"CHILD":"A1","DECOM":"2021-02-05"}]', "e.json").header // ["CHILD", "DECOM"]
 */
export function readJsonText(text: string, file: string): RawTable {
  const builder = createRawTableBuilder(file, "json");
  if (text.trim().length === 0) return builder.finish(true);
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    builder.issue(fileIssue("file-unreadable", file, `not valid JSON (${(error as Error).message})`));
    return builder.finish(false);
  }
  if (Array.isArray(data)) {
    const header: string[] = [];
    const seen = new Set<string>();
    for (const r of data) {
      if (r === null || typeof r !== "object" || Array.isArray(r)) {
        builder.issue(fileIssue("file-unreadable", file, "expected an array of objects (one per row)"));
        return builder.finish(false);
      }
      for (const k of Object.keys(r)) {
        if (seen.has(k)) continue;
        seen.add(k);
        header.push(k);
      }
    }
    builder.add(header, 1);
    data.forEach((r: Record<string, unknown>, i) => {
      builder.add(
        header.map((k) => cellText(r[k])),
        i + 2,
      );
    });
    return builder.finish(true);
  }
  const columns = columnsOf(data);
  if (columns === undefined) {
    builder.issue(
      fileIssue("file-unreadable", file, 'expected an array of row objects or {"columns": {name: [values]}}'),
    );
    return builder.finish(false);
  }
  const header = Object.keys(columns);
  builder.add(header, 1);
  const n = Math.max(0, ...header.map((h) => columns[h].length));
  for (let i = 0; i < n; i++) {
    builder.add(
      header.map((h) => cellText(columns[h][i])),
      i + 2,
    );
  }
  return builder.finish(true);
}

function columnsOf(data: unknown): Record<string, unknown[]> | undefined {
  if (data === null || typeof data !== "object") return undefined;
  const obj = data as Record<string, unknown>;
  const inner =
    "columns" in obj && obj.columns !== null && typeof obj.columns === "object" ? obj.columns : obj;
  const entries = Object.entries(inner as Record<string, unknown>);
  if (entries.length === 0 || !entries.every(([, v]) => Array.isArray(v))) return undefined;
  return inner as Record<string, unknown[]>;
}
