/**
 * What a correct reader does with a mutated file, as assertions. Every outcome must be a value or
 * an FgcError (anything else is exit 70), and every read must account for its rows
 * (read = accepted + rejected, by rule). Then either
 * - the mutation preserved the meaning, and the read equals the unmutated one exactly; or
 * - it damaged the file, and the read is a refusal (a file-level error naming the file, with
 *   nothing accepted from a partial read) or it returns every intact row unchanged or rejected
 *   with an issue naming its row.
 */
import { expect } from "vitest";
import type { CinCensus } from "../../src/io/cin-census/cin-census.js";
import type { Ssda903File } from "../../src/io/ssda903/ssda903.js";
import type { ReadTableResult } from "../../src/io/validate-read.js";
import type { Issue } from "../../src/schema/issue.js";
import type { CellValue, ColumnTable } from "../../src/schema/table.js";
import { FgcError } from "../../src/util/errors.js";
import type { Outcome } from "./samples.js";

/** Rules that stop a whole file (whatever row they name): the file is refused. */
const fileLevelRules = new Set([
  "file-empty",
  "file-not-utf8",
  "file-format-mismatch",
  "file-too-large",
  "file-unreadable",
  "schema-unknown",
  "column-missing",
  "column-duplicate",
  "xml-malformed",
  "xml-no-root",
  "xml-text-too-long",
  "xml-entity-unsupported",
  "quote-unclosed",
  "cell-too-large",
  "row-too-long",
  "table-too-wide",
  "xlsx-expanded-too-large",
  "json-column-length",
]);

/**
 * The value read, or undefined when the reader refused by throwing an FgcError that names the
 * file; any other exception fails (the CLI would exit 70 with "internal error").
 */
export function readOrRefusal<T>(outcome: Outcome<T>, file: string): T | undefined {
  if (outcome.kind === "read") return outcome.value;
  const e = outcome.error;
  if (!(e instanceof FgcError)) {
    const name = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    expect.fail(`${file}: the reader threw ${name}, which is exit 70 (internal error)`);
  }
  expect(["data", "io"], `${file}: refused with a ${e.code} error`).toContain(e.code);
  expect(e.message, "the refusal names the file").toContain(file);
  return undefined;
}

/** read = accepted + rejected, the rules' counts add up, every issue names the file. */
export function expectAccounted(r: ReadTableResult, file: string): void {
  const a = r.accounting;
  expect(a.read, "read = accepted + rejected").toBe(a.accepted + a.rejected);
  const byRule = Object.values(a.rejectedByRule).reduce((s, n) => s + (n ?? 0), 0);
  expect(byRule, "rejected by rule adds up to rejected").toBe(a.rejected);
  expect(r.columns.length, "accepted rows are the rows returned").toBe(a.accepted);
  expect(r.columns.rowNumbers.length).toBe(a.accepted);
  expect(new Set(r.columns.rowNumbers).size, "no row returned twice").toBe(a.accepted);
  for (const i of r.issues) {
    expect(i.file, "every issue names the file").toBe(file);
    if (i.row !== undefined) expect(Number.isInteger(i.row) && i.row >= 1, `row ${i.row}`).toBe(true);
  }
}

/** A file-level error: the file is refused. */
export function refusalOf(issues: readonly Issue[]): Issue | undefined {
  return issues.find((i) => i.severity === "error" && (i.row === undefined || fileLevelRules.has(i.rule)));
}

/** The mutation changed nothing a reader should see: the same read, issue for issue. */
export function expectSameRead(
  outcome: Outcome<ReadTableResult>,
  baseline: ReadTableResult,
  file: string,
): void {
  const r = readOrRefusal(outcome, file);
  expect(r, "a semantics-preserving change must not be refused").toBeDefined();
  if (r === undefined) return;
  expectAccounted(r, file);
  expect(r.schema).toBe(baseline.schema);
  expect(r.accounting).toEqual(baseline.accounting);
  expect(r.columns.rowNumbers).toEqual(baseline.columns.rowNumbers);
  expect(r.columns.columns).toEqual(baseline.columns.columns);
  expect(sortIssues(r.issues)).toEqual(sortIssues(baseline.issues));
}

export interface Damage {
  /** Rows the mutation left intact: [row in the mutated file, row in the sample]. */
  intact: [row: number, baseRow: number][];
  /** Most data rows the mutated file can hold. */
  maxRead: number;
  /** When the reader refuses at a row, the row it must name (where the damage is). */
  refusalRow?: number;
}

/**
 * A damaged file: refused (nothing accepted, a file-level issue naming the file, at the damaged
 * row when that is known), or read with every intact row returned unchanged or rejected with an
 * issue naming it. Returns the read when it was not a refusal, for further checks.
 */
export function expectRefusedOrIntact(
  outcome: Outcome<ReadTableResult>,
  baseline: ReadTableResult,
  file: string,
  damage: Damage,
): ReadTableResult | undefined {
  const r = readOrRefusal(outcome, file);
  if (r === undefined) return undefined;
  expectAccounted(r, file);
  const refusal = refusalOf(r.issues);
  if (refusal !== undefined) {
    expect(r.accounting.accepted, `refused (${refusal.rule}) yet rows accepted from a partial read`).toBe(0);
    if (damage.refusalRow !== undefined && refusal.row !== undefined) {
      expect(refusal.row, `the refusal (${refusal.rule}) names the damaged row`).toBe(damage.refusalRow);
    }
    return undefined;
  }
  expect(r.accounting.read, "every intact row is read").toBeGreaterThanOrEqual(damage.intact.length);
  expect(r.accounting.read, "no row made up").toBeLessThanOrEqual(damage.maxRead);
  for (const [row, baseRow] of damage.intact) {
    const at = r.columns.rowNumbers.indexOf(row);
    if (at < 0) {
      const reason = r.issues.find((i) => i.severity === "error" && i.row === row);
      expect(reason, `intact row ${row} neither returned nor rejected with a reason`).toBeDefined();
      continue;
    }
    const base = baseline.columns.rowNumbers.indexOf(baseRow);
    if (base < 0) continue;
    expect(rowValues(r.columns, at), `intact row ${row} returned altered`).toEqual(
      rowValues(baseline.columns, base, Object.keys(r.columns.columns)),
    );
  }
  return r;
}

/** The cells of the `at`-th returned row, by column (only `names` when given). */
export function rowValues(
  t: ColumnTable,
  at: number,
  names = Object.keys(t.columns),
): Record<string, CellValue> {
  return Object.fromEntries(names.filter((n) => n in t.columns).map((n) => [n, t.columns[n][at]]));
}

function sortIssues(issues: readonly Issue[]): Issue[] {
  const key = (i: Issue) => `${i.rule}|${i.row ?? ""}|${i.column ?? ""}|${i.value ?? ""}|${i.message}`;
  return [...issues].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

// XML returns

type XmlRead = CinCensus | Ssda903File;

/** The same XML read: header (census), children, episodes, issues, completeness. */
export function expectSameXmlRead<T extends XmlRead>(outcome: Outcome<T>, baseline: T, file: string): void {
  const r = readOrRefusal(outcome, file);
  expect(r, "a semantics-preserving change must not be refused").toBeDefined();
  if (r === undefined) return;
  expect(sortIssues(r.issues)).toEqual(sortIssues(baseline.issues));
  expect(r.complete).toBe(baseline.complete);
  expect(r).toEqual(baseline);
}

/**
 * A damaged XML return: refused (`complete: false`, an error naming the file and a line) or
 * read; `check` judges a complete read against the sample's.
 */
export function expectXmlRefusedOr<T extends XmlRead>(
  outcome: Outcome<T>,
  file: string,
  check: (read: T) => void,
  refusalLine?: number,
): void {
  const r = readOrRefusal(outcome, file);
  if (r === undefined) return;
  for (const i of r.issues) expect(i.file, "every issue names the file").toBe(file);
  if (!r.complete) {
    const why = r.issues.find((i) => i.severity === "error" && i.row !== undefined);
    expect(why, "an incomplete read says why, at a line").toBeDefined();
    if (refusalLine !== undefined && why?.rule === "xml-malformed") expect(why.row).toBe(refusalLine);
    return;
  }
  check(r);
}
