// Validate a RawTable against a TableSpec: header, then each column's cells, then the spec's
// cross-row checks, with every row accounted for. Browser-safe (no file system).
//
// Rejection: a row is rejected when any error-severity issue names it; warnings never reject.
// An error with no row (a required column missing, a file that could not be read to its end, a
// repeated column), or any error on a table the reader marked incomplete (a quote never closed,
// a limit passed), rejects every row read, since no row of that file can be trusted. Lines an
// unclosed quote swallowed (`unsplitRows`) count as rows read and rejected. Cross-row
// checks see only the rows whose cells all parsed, and reject the rows their issues name: for
// duplicate keys both the generic check here and the specs' own name the later rows only, so the
// first occurrence of a key is kept and the table of accepted rows has unique keys.
import type { Issue } from "../schema/issue.js";
import { type RuleId, rules } from "../schema/rules.js";
import type {
  CellValue,
  CheckContext,
  ColumnSpec,
  ColumnTable,
  SchemaName,
  TableSpec,
} from "../schema/table.js";
import { categoryOf } from "../schema/tables/return-category-check.js";
import { spellingMessage } from "../schema/tables/return-category-spelling-check.js";
import { appendAll } from "../util/append-all.js";
import { duplicateKeyIssues } from "./duplicate-key-issues.js";
import { matchHeader } from "./match-header.js";
import { type CellProblem, cellParser, isProblem } from "./parse-cell.js";
import type { RawTable } from "./raw-table.js";
import type { RowAccounting } from "./row-accounting.js";

/** The result of `validateRawTable`: the schema, the accepted rows in columns, every issue and the row accounting. */
export interface ValidationResult {
  /** The schema validated against. */
  schema: SchemaName;
  /** Accepted rows only, every spec column present (absent optional columns are all null). */
  table: ColumnTable;
  /** Every problem found, file-level first, then by row. */
  issues: Issue[];
  accounting: RowAccounting;
}

const ruleIds = Object.keys(rules) as RuleId[];
const ruleCode = new Map(ruleIds.map((r, i) => [r, i + 1]));

/**
 * Validate a raw table. `context.extractDay` turns on `date-future` for `notFuture` columns
 * (checked per cell, unless the spec has a `date-future` check of its own). When the spec has a
 * key and no `key-duplicate` check of its own, a generic duplicate-key check runs on `spec.key`.
 * @example
 * ```ts
 * import { readDelimitedText, tableSpecs, validateRawTable } from "fgc-toolkit";
 * const raw = readDelimitedText("CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,REC,DEC\nA1,05/02/2021,S,C2,N1,U4,PR1,E11,03/02/2021\n", "episodes.csv");
 * const result = validateRawTable(raw, tableSpecs.episodes);
 * result.accounting; // => {"read": 1, "accepted": 0, "rejected": 1, "rejectedByRule": {"episode-dates-order": 1}}
 * result.issues.map((i) => i.rule); // => ["episode-dates-order"]
 * ```
 */
export function validateRawTable(
  raw: RawTable,
  spec: TableSpec,
  context: CheckContext = {},
): ValidationResult {
  const n = raw.length;
  const issues: Issue[] = [...raw.issues];
  const header = matchHeader(raw.header, spec, raw.file);
  appendAll(issues, header.issues);
  const reason = new Uint16Array(n);
  // A file not read to its end (or not split cleanly) has no row to trust either.
  const fileError =
    issues.find((i) => i.severity === "error" && i.row === undefined) ??
    (raw.complete ? undefined : issues.find((i) => i.severity === "error"));

  // The reader's row issues first, so a row keeps the reader's reason (a formula with no saved
  // value) rather than the blank cell it left behind (value-missing).
  rejectNamedRows(raw.issues, raw.rowNumbers, reason);

  // A spec with its own date-future check reports future dates; otherwise the cells do.
  const cellFutureDay = spec.checks.some((c) => c.rule === "date-future") ? undefined : context.extractDay;
  const columns: Record<string, CellValue[]> = {};
  for (const column of spec.columns) {
    const j = header.index.get(column.name);
    const values: CellValue[] = new Array(n).fill(null);
    columns[column.name] = values;
    if (j === undefined) continue;
    const cells = raw.columns[j];
    const spelt = raw.header[j];
    const parse = spellingParser(column) ?? cellParser(column, cellFutureDay);
    const spellings = new Map<string, { i: number; code: string; rows: number }>();
    const missing = column.nullable ? undefined : ruleCode.get("value-missing")!;
    for (let i = 0; i < n; i++) {
      const text = cells[i];
      if (text === null) {
        if (missing !== undefined) {
          issues.push(
            cellIssue("value-missing", raw, i, spelt, undefined, `${column.name} may not be blank`),
          );
          if (reason[i] === 0) reason[i] = missing;
        }
        continue;
      }
      const v = parse(text);
      if (isProblem(v)) {
        issues.push(cellIssue(v.rule, raw, i, spelt, text, v.message));
        if (reason[i] === 0 && rules[v.rule].severity === "error") reason[i] = ruleCode.get(v.rule)!;
      } else {
        values[i] = v;
        if (column.spellingWarned && v !== text.trim()) {
          const seen = spellings.get(text);
          if (seen) seen.rows++;
          else spellings.set(text, { i, code: String(v), rows: 1 });
        }
      }
    }
    for (const [text, { i, code, rows }] of spellings)
      issues.push(cellIssue("code-spelling", raw, i, spelt, text, spellingMessage(code, rows)));
  }

  if (fileError !== undefined) {
    reason.fill(ruleCode.get(fileError.rule)!);
  } else {
    const clean = subset({ file: raw.file, columns, rowNumbers: raw.rowNumbers, length: n }, reason);
    const crossRow: Issue[] = [];
    if (spec.key.length > 0 && !spec.checks.some((c) => c.rule === "key-duplicate")) {
      appendAll(crossRow, duplicateKeyIssues(clean, spec.key));
    }
    for (const check of spec.checks) appendAll(crossRow, check.run(clean, context));
    rejectNamedRows(crossRow, raw.rowNumbers, reason);
    appendAll(issues, crossRow);
  }

  const accepted = subset({ file: raw.file, columns, rowNumbers: raw.rowNumbers, length: n }, reason);
  const rejectedByRule: Partial<Record<RuleId, number>> = {};
  for (let i = 0; i < n; i++) {
    if (reason[i] !== 0) {
      const rule = ruleIds[reason[i] - 1];
      rejectedByRule[rule] = (rejectedByRule[rule] ?? 0) + 1;
    }
  }
  // Lines swallowed by an unclosed quote are rows read and rejected under the reader's error.
  const unsplit = raw.unsplitRows ?? 0;
  if (unsplit > 0) {
    const rule = fileError?.rule ?? "file-unreadable";
    rejectedByRule[rule] = (rejectedByRule[rule] ?? 0) + unsplit;
  }
  issues.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  const accounting: RowAccounting = {
    read: n + unsplit,
    accepted: accepted.length,
    rejected: n + unsplit - accepted.length,
    rejectedByRule,
  };
  if (raw.blankRows > 0) accounting.blankRows = raw.blankRows;
  return {
    schema: spec.name,
    table: accepted,
    issues,
    accounting,
  };
}

/** For a spellingWarned code column: the code of any spelling categoryOf reads, else code-unknown. */
function spellingParser(column: ColumnSpec): ((text: string) => CellValue | CellProblem) | undefined {
  const list = column.codes;
  if (column.type !== "code" || !column.spellingWarned || list === undefined) return undefined;
  const unknown: CellProblem = {
    rule: "code-unknown",
    message: `not a code in ${list.title} (list ${list.id})`,
  };
  return (text) => categoryOf(list, text.trim()) ?? unknown;
}

function cellIssue(
  rule: RuleId,
  raw: RawTable,
  i: number,
  column: string,
  value: string | undefined,
  message: string,
): Issue {
  const issue: Issue = {
    rule,
    severity: rules[rule].severity,
    file: raw.file,
    row: raw.rowNumbers[i],
    column,
    message,
  };
  if (value !== undefined) issue.value = value;
  return issue;
}

/** Mark the rows that error issues name (by spreadsheet row number) as rejected, first rule wins. */
function rejectNamedRows(issues: readonly Issue[], rowNumbers: readonly number[], reason: Uint16Array): void {
  for (const issue of issues) {
    if (issue.severity !== "error" || issue.row === undefined) continue;
    const i = indexOfRow(rowNumbers, issue.row);
    if (i >= 0 && reason[i] === 0) reason[i] = ruleCode.get(issue.rule) ?? 1;
  }
}

/** Binary search: row numbers increase down the file. */
function indexOfRow(rowNumbers: readonly number[], row: number): number {
  let lo = 0;
  let hi = rowNumbers.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = rowNumbers[mid];
    if (r === row) return mid;
    if (r < row) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** The rows with reason 0; the same object when every row qualifies. */
function subset(table: ColumnTable, reason: Uint16Array): ColumnTable {
  let keep = 0;
  for (let i = 0; i < table.length; i++) if (reason[i] === 0) keep++;
  if (keep === table.length) return table;
  const pick = (values: readonly CellValue[] | readonly number[]) => {
    const out = new Array(keep);
    let k = 0;
    for (let i = 0; i < values.length; i++) if (reason[i] === 0) out[k++] = values[i];
    return out;
  };
  const columns: Record<string, CellValue[]> = {};
  for (const [name, values] of Object.entries(table.columns)) columns[name] = pick(values);
  return { file: table.file, columns, rowNumbers: pick(table.rowNumbers), length: keep };
}
