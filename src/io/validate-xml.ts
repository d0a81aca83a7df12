// `fgc validate` on an XML return, recognised by its root element as `fgc return` recognises it
// (io/sniff-return-bytes.ts): an SSDA903 return (EXPSSDA903) is read as its tables and each
// table validated with its spec, as the CSV tables are; a CIN census (Message) is read by the
// census reader, whose issues (codes by collection year, dates, repeated elements, the LEA) are
// the report. Anything else is `schema-unknown`, naming the root found. Browser-safe: the bytes
// come from an XmlSource (a file on disk in io/node/validate-xml-file.ts, a chosen file in the
// browser app).
import type { Issue } from "../schema/issue.js";
import type { RuleId } from "../schema/rules.js";
import { tableSpecs } from "../schema/catalog.js";
import type { CheckContext, ColumnTable } from "../schema/table.js";
import { createCinCensusParser } from "./cin-census/cin-census-parser.js";
import type { XmlFeed } from "./feed-xml-chunks.js";
import { fileIssue } from "./file-issue.js";
import type { SniffedReturnFile } from "./sniff-return-bytes.js";
import { createSsda903XmlTablesParser } from "./ssda903/ssda903-xml-tables.js";
import { toArquero } from "./to-arquero.js";
import { validateRawTable } from "./validate.js";
import type { ReadTableResult } from "./validate-read.js";
import type { XmlStreamOptions } from "./xml-stream.js";

export interface ValidateXmlOptions extends CheckContext, XmlStreamOptions {}

/** Where an XML return's bytes come from. */
export interface XmlSource {
  /** What the file's first MiB holds. */
  sniff(): Promise<SniffedReturnFile>;
  /** Feed the whole file to a streaming reader (io/feed-xml-chunks.ts). */
  feed(parser: XmlFeed): Promise<void>;
}

/**
 * One result per table found (SSDA903) or one for the file (CIN census, or an XML of neither);
 * `file` names it in issues.
 * @example (await validateXmlSource(source, "ssda903-2024-25.xml")).map((r) => r.schema) // ["header", "episodes"]
 */
export async function validateXmlSource(
  source: XmlSource,
  file: string,
  options: ValidateXmlOptions = {},
): Promise<ReadTableResult[]> {
  const sniffed = await source.sniff();
  if (sniffed.kind === "xml" && sniffed.root === "EXPSSDA903")
    return validateSsda903Xml(source, file, options);
  if (sniffed.kind === "xml" && sniffed.root === "Message")
    return [await validateCinCensus(source, file, options)];
  const why =
    sniffed.kind === "xml"
      ? `an XML file whose root element is <${sniffed.root}> (line ${sniffed.line}): neither an SSDA903 return (EXPSSDA903) nor a CIN census (Message)`
      : sniffed.kind === "xml-no-root"
        ? sniffed.why
        : sniffed.kind === "csv"
          ? "named .xml but the content is comma-separated text, not XML"
          : `named .xml but ${sniffed.why}`;
  const rule = sniffed.kind === "xml-no-root" ? "xml-no-root" : "schema-unknown";
  return [unread(file, [fileIssue(rule, file, why)], 0)];
}

async function validateSsda903Xml(
  source: XmlSource,
  file: string,
  options: ValidateXmlOptions,
): Promise<ReadTableResult[]> {
  const parser = createSsda903XmlTablesParser(file, options);
  await source.feed(parser);
  const read = parser.close();
  if (!read.complete) return [unread(file, read.issues, read.records)];
  const context: CheckContext = { extractDay: options.extractDay, collectionYear: options.collectionYear };
  return read.tables.map(({ schema, raw, lines, rowsAreLines }) => {
    const result = validateRawTable(raw, tableSpecs[schema], context);
    // Where records share a line they were numbered 2, 3, … to stay apart: report their XML lines.
    const line = (row: number) => (rowsAreLines ? row : (lines[row - 2] ?? row));
    const issues = result.issues.map((i): Issue => (i.row === undefined ? i : { ...i, row: line(i.row) }));
    const columns: ColumnTable = { ...result.table, rowNumbers: result.table.rowNumbers.map(line) };
    return {
      file,
      schema,
      table: toArquero(columns),
      columns,
      issues,
      accounting: result.accounting,
    };
  });
}

/**
 * A CIN census: rows are the Child elements. A child the reader left out (an element given twice
 * with another value, no LAchildID) is rejected, and so is a kept child with an error inside it
 * (a code off its list), under the rule of its first error; issues outside any child (the
 * header's) reject none.
 */
async function validateCinCensus(
  source: XmlSource,
  file: string,
  options: ValidateXmlOptions,
): Promise<ReadTableResult> {
  const parser = createCinCensusParser(file, options);
  await source.feed(parser);
  const census = parser.close();
  const lines = census.childLines ?? census.children.map((c) => c.line);
  if (!census.complete) return { ...unread(file, census.issues, lines.length), schema: "cin-census" };
  const kept = new Set(census.children.map((c) => c.line));
  const rejectedBy = new Map<number, RuleId>();
  for (const line of lines) if (!kept.has(line)) rejectedBy.set(line, "xml-element-repeated");
  for (const issue of census.issues) {
    if (issue.severity !== "error" || issue.row === undefined) continue;
    const child = childAt(lines, issue.row);
    if (child === undefined) continue;
    if (!kept.has(child) && rejectedBy.get(child) !== "xml-element-repeated") continue;
    if (!kept.has(child) || !rejectedBy.has(child)) rejectedBy.set(child, issue.rule);
  }
  const rejectedByRule: Partial<Record<RuleId, number>> = {};
  for (const rule of rejectedBy.values()) rejectedByRule[rule] = (rejectedByRule[rule] ?? 0) + 1;
  const acceptedChildren = census.children.filter((c) => !rejectedBy.has(c.line));
  const columns: ColumnTable = {
    file,
    columns: { LAchildID: acceptedChildren.map((c) => c.childId) },
    rowNumbers: acceptedChildren.map((c) => c.line),
    length: acceptedChildren.length,
  };
  return {
    file,
    schema: "cin-census",
    table: toArquero(columns),
    columns,
    issues: census.issues,
    accounting: {
      read: lines.length,
      accepted: acceptedChildren.length,
      rejected: rejectedBy.size,
      rejectedByRule,
    },
  };
}

/** The line of the Child element holding `line` (the last one opened at or before it). */
function childAt(lines: readonly number[], line: number): number | undefined {
  let lo = 0;
  let hi = lines.length - 1;
  let found: number | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (lines[mid] <= line) {
      found = lines[mid];
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** A file no row of which can be used: every record read is rejected under its first error. */
function unread(file: string, issues: Issue[], read: number): ReadTableResult {
  const rule = issues.find((i) => i.severity === "error")?.rule ?? "file-unreadable";
  const columns: ColumnTable = { file, columns: {}, rowNumbers: [], length: 0 };
  return {
    file,
    table: toArquero(columns),
    columns,
    issues,
    accounting: { read, accepted: 0, rejected: read, rejectedByRule: read > 0 ? { [rule]: read } : {} },
  };
}
