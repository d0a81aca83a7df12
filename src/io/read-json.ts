/**
 * JSON to a RawTable: an array of row objects (`[{"CHILD": "A1", …}, …]`) or columns
 * (`{"columns": {"CHILD": ["A1", …], …}}`, also the bare `{"CHILD": [...]}` form Arquero writes).
 * JSON has no spreadsheet rows; the n-th record is numbered n + 1, as if the keys were a header.
 * Nothing is filled in or dropped silently: columns of unequal length are `json-column-length`
 * (the file is not read) and a key repeated within a row object is `json-key-duplicate` on that
 * row (JSON.parse would keep the last value without a word).
 */
import type { Issue } from "../schema/issue.js";
import { cellText } from "./cell-text.js";
import { fileIssue } from "./file-issue.js";
import { type JsonDuplicateKey, jsonDuplicateKeys } from "./json-duplicate-keys.js";
import { createRawTableBuilder } from "./raw-table-builder.js";
import type { RawTable } from "./raw-table.js";
import { fmt, limitIssue, ReadLimitError, readLimits, tooManyColumns } from "./read-limits.js";

/**
 * Parse JSON text. The header is every key in order of first appearance.
 * @example readJsonText('[{"CHILD":"A1","DECOM":"2021-02-05"}]', "e.json").header // ["CHILD", "DECOM"]
 */
export function readJsonText(text: string, file: string): RawTable {
  const builder = createRawTableBuilder(file, "json");
  if (text.trim().length === 0) return builder.finish(true);
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  // The key scan runs first: an object of 250,000 keys takes JSON.parse seconds to build.
  const scan = jsonDuplicateKeys(body, readLimits.maxColumns);
  if (scan.tooManyKeys !== undefined) {
    const row = scan.tooManyKeys.element >= 0 ? scan.tooManyKeys.element + 2 : 1;
    builder.issue(limitIssue(tooManyColumns(readLimits.maxColumns + 1, row), file));
    return builder.finish(false);
  }
  const duplicates = scan.duplicates;
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (error) {
    builder.issue(fileIssue("file-unreadable", file, `not valid JSON (${(error as Error).message})`));
    return builder.finish(false);
  }
  try {
    if (Array.isArray(data)) return readRows(data, duplicates, builder, file);
    return readColumns(data, duplicates, builder, file);
  } catch (error) {
    if (!(error instanceof ReadLimitError)) throw error;
    builder.issue(limitIssue(error, file));
    return builder.finish(false);
  }
}

type Builder = ReturnType<typeof createRawTableBuilder>;

function readRows(data: unknown[], duplicates: JsonDuplicateKey[], builder: Builder, file: string): RawTable {
  const header: string[] = [];
  const seen = new Set<string>();
  for (const r of data) {
    if (r === null || typeof r !== "object" || Array.isArray(r)) {
      builder.issue(fileIssue("file-unreadable", file, "expected an array of objects (one per row)"));
      return builder.finish(false);
    }
    for (const k in r) {
      if (seen.has(k)) continue;
      seen.add(k);
      header.push(k);
      if (header.length > readLimits.maxColumns) throw tooManyColumns(header.length, 1);
    }
  }
  for (const d of duplicates) {
    if (d.element < 0) continue;
    const issue: Issue = fileIssue(
      "json-key-duplicate",
      file,
      `the row object names ${JSON.stringify(d.key)} more than once; JSON keeps only the last value`,
      d.element + 2,
    );
    issue.column = d.key;
    builder.issue(issue);
  }
  builder.add(header, 1);
  for (let i = 0; i < data.length; i++) {
    const r = data[i] as Record<string, unknown>;
    builder.add(
      header.map((k) => cellText(r[k])),
      i + 2,
    );
  }
  return builder.finish(true);
}

function readColumns(
  data: unknown,
  duplicates: JsonDuplicateKey[],
  builder: Builder,
  file: string,
): RawTable {
  const columns = columnsOf(data);
  if (columns === undefined) {
    builder.issue(
      fileIssue("file-unreadable", file, 'expected an array of row objects or {"columns": {name: [values]}}'),
    );
    return builder.finish(false);
  }
  const header = Object.keys(columns);
  if (header.length > readLimits.maxColumns) throw tooManyColumns(header.length, 1);
  if (duplicates.length > 0) {
    builder.issue(
      fileIssue(
        "json-key-duplicate",
        file,
        `the column ${JSON.stringify(duplicates[0].key)} is given more than once; JSON keeps only the last, so the file is not read`,
      ),
    );
    return builder.finish(false);
  }
  let n = 0;
  for (const h of header) n = Math.max(n, columns[h].length);
  const short = header.filter((h) => columns[h].length !== n);
  if (short.length > 0) {
    for (const h of short) {
      const issue = fileIssue(
        "json-column-length",
        file,
        `column ${JSON.stringify(h)} has ${fmt(columns[h].length)} values but others have ${fmt(n)}; its last rows would be blank, so the file is not read`,
      );
      issue.column = h;
      builder.issue(issue);
    }
    return builder.finish(false);
  }
  builder.add(header, 1);
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
