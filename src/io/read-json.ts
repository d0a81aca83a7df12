// JSON to a RawTable: an array of row objects (`[{"CHILD": "A1", …}, …]`) or columns
// (`{"columns": {"CHILD": ["A1", …], …}}`, also the bare `{"CHILD": [...]}` form Arquero writes).
// JSON has no spreadsheet rows; the n-th record is numbered n + 1, as if the keys were a header.
// Nothing is filled in or dropped silently: columns of unequal length are `json-column-length`
// (the file is not read), a key repeated within a row object is `json-key-duplicate` on that
// row (JSON.parse would keep the last value without a word), a number JSON.parse would round
// (an id of more than 15 digits) is `json-number-imprecise` and a cell holding an object or
// array is `json-value-nested`, each on its row and column, which is rejected.
import type { Issue } from "../schema/issue.js";
import { cellText, numberText } from "./cell-text.js";
import { fileIssue } from "./file-issue.js";
import { type JsonDuplicateKey, type JsonImpreciseNumber, jsonDuplicateKeys } from "./json-duplicate-keys.js";
import { createRawTableBuilder } from "./raw-table-builder.js";
import type { RawTable } from "./raw-table.js";
import { fmt, limitIssue, ReadLimitError, readLimits, tooManyColumns } from "./read-limits.js";
import { shortenValue } from "../util/shorten-value.js";

/**
 * Parse JSON text (an array of row objects) into a raw table. The header is every key in order of
 * first appearance; a key missing from a row is a blank cell.
 * @example
 * ```ts
 * import { readJsonText } from "fgc-toolkit";
 * const raw = readJsonText('[{"CHILD":"A1","DECOM":"2021-02-05"},{"CHILD":"A2"}]', "e.json");
 * raw.header; // => ["CHILD", "DECOM"]
 * raw.columns; // => [["A1", "A2"], ["2021-02-05", null]]
 * ```
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
  const { duplicates, imprecise } = scan;
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (error) {
    builder.issue(fileIssue("file-unreadable", file, `not valid JSON (${(error as Error).message})`));
    return builder.finish(false);
  }
  try {
    if (Array.isArray(data)) return readRows(data, duplicates, imprecise, builder, file);
    return readColumns(data, duplicates, imprecise, builder, file);
  } catch (error) {
    if (!(error instanceof ReadLimitError)) throw error;
    builder.issue(limitIssue(error, file));
    return builder.finish(false);
  }
}

type Builder = ReturnType<typeof createRawTableBuilder>;

function readRows(
  data: unknown[],
  duplicates: JsonDuplicateKey[],
  imprecise: JsonImpreciseNumber[],
  builder: Builder,
  file: string,
): RawTable {
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
  // A number inside a nested value is the nested value's problem (json-value-nested).
  const written = new Map<string, string>();
  for (const { path, text } of imprecise) {
    if (path.length === 2 && typeof path[0] === "number" && typeof path[1] === "string") {
      builder.issue(impreciseIssue(file, path[0] + 2, path[1], text));
      written.set(`${path[0] + 2} ${path[1]}`, text);
    }
  }
  builder.add(header, 1);
  for (let i = 0; i < data.length; i++) {
    const r = data[i] as Record<string, unknown>;
    builder.add(
      header.map((k) => cellOf(r[k], file, i + 2, k, builder, written)),
      i + 2,
    );
  }
  return builder.finish(true);
}

/**
 * A cell's text. An imprecise number (in `written`, by "row column") keeps its literal, not the
 * rounded value; an object or array is `json-value-nested` on its row and keeps its (shortened)
 * JSON text only so that the row is not taken for blank. Either way the row is rejected by its
 * issue, so neither reaches an accepted row.
 */
function cellOf(
  v: unknown,
  file: string,
  row: number,
  column: string,
  builder: Builder,
  written: Map<string, string>,
): string | null {
  if (typeof v === "number" && written.size > 0) return written.get(`${row} ${column}`) ?? cellText(v);
  if (v === null || typeof v !== "object") return cellText(v);
  const issue = fileIssue(
    "json-value-nested",
    file,
    `the cell holds ${Array.isArray(v) ? "an array" : "an object"}, not a single value; write it as a string, number, true, false or null`,
    row,
  );
  issue.column = column;
  issue.value = shortenValue(JSON.stringify(v));
  builder.issue(issue);
  // Not blank: a row holding only this cell must be rejected, not skipped as a blank row.
  return issue.value;
}

function impreciseIssue(file: string, row: number, column: string, text: string): Issue {
  const readAs = numberText(Number(text));
  // Equal text: an integer past 2^53 that happens to survive; its neighbours would not.
  const why =
    readAs === text
      ? "is past the largest integer a JSON number keeps exactly (9,007,199,254,740,991)"
      : `would be read as ${shortenValue(readAs)} (a JSON number keeps about 15 significant digits)`;
  const issue = fileIssue(
    "json-number-imprecise",
    file,
    `the number ${shortenValue(text)} ${why}; write ids and long numbers as strings, in quotes`,
    row,
  );
  issue.column = column;
  issue.value = shortenValue(text);
  return issue;
}

function readColumns(
  data: unknown,
  duplicates: JsonDuplicateKey[],
  imprecise: JsonImpreciseNumber[],
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
  // `{"columns": {"CHILD": [...]}}` puts the column one level down: ["columns", "CHILD", i].
  const depth = columns === data ? 0 : 1;
  const written = new Map<string, string>();
  for (const { path, text } of imprecise) {
    const [column, i] = path.slice(depth);
    if (path.length === depth + 2 && typeof column === "string" && typeof i === "number") {
      builder.issue(impreciseIssue(file, i + 2, column, text));
      written.set(`${i + 2} ${column}`, text);
    }
  }
  builder.add(header, 1);
  for (let i = 0; i < n; i++) {
    builder.add(
      header.map((h) => cellOf(columns[h][i], file, i + 2, h, builder, written)),
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
