// The SSDA903 XML return read as the return's tables, so that `fgc validate` checks it with the
// same table specs as the CSV tables: EXPSSDA903 > CHILD > HEADER (CHILDID, SEX, DOB, ETHNIC …,
// UASC and DUC; AREVIEW, AMISSING, OC2, PERMANENCE, AD_PLACED and SW_EPISODE records) + repeated
// EPISODE (PL, read as PLACE), with the OC3 (IN_TOUCH, ACTIV, ACCOM) and AD1 (DATE_INT …) fields in
// the CHILD [src: csc-validator-be-903 ingress.py read_xml_from_text; tests/fake_data/fake_903.xml].
// Streamed with saxes (io/xml-stream.ts: malformed XML, entities and overlong runs stop the file).
// Browser-safe.
//
// Choices: each record becomes one row of its table, carrying the child's CHILD (and DOB for the
// tables that repeat it). A row's number is its XML line (the record's start tag; for Header,
// UASC, OC3 and AD1 the start tag of HEADER, UASC, IN_TOUCH or DATE_INT), so that every issue and
// every message naming another row ("the episode in row …") points into the file. When two
// records of a table share a line (a whole CHILD on one line), rows are numbered 2, 3, … instead,
// so that validation still tells them apart, and `lines` maps them back to their lines. A UASC row is written
// when UASC holds a value other than 0, or DUC is given; an OC3 row when IN_TOUCH is given; an AD1
// row when DATE_INT is. Every column of a table is present: an element the XML leaves out is a
// blank cell. A field given twice with another value in one record is
// `xml-element-repeated`, an error on that row. An element that is no field of the return is
// kept as a column of its record's table, so validation reports it as an unknown column.
import { SaxesParser } from "saxes";
import type { Issue } from "../../schema/issue.js";
import { type RuleId, rules } from "../../schema/rules.js";
import type { SchemaName } from "../../schema/table.js";
import { tableSpecs } from "../../schema/catalog.js";
import { ad1Spec } from "../../schema/tables/ad1.js";
import { createElementRepeats, describeRepeat, sameValue } from "../cin-census/element-repeats.js";
import type { RawTable } from "../raw-table.js";
import { type XmlStreamOptions, xmlStream } from "../xml-stream.js";

/** One table of the return, as read: its raw cells and each row's XML line. */
export interface Ssda903XmlTable {
  schema: SchemaName;
  raw: RawTable;
  /** Each row's XML line. */
  lines: number[];
  /** True when the rows are numbered by their lines; false when records share a line (rows 2, 3, …). */
  rowsAreLines: boolean;
}

export interface Ssda903XmlTables {
  file: string;
  /** Tables with at least one row, Header first. */
  tables: Ssda903XmlTable[];
  /** Problems that stopped the file (malformed XML …), with their lines. */
  issues: Issue[];
  /** False when the file could not be read to its end: no row of it can be trusted. */
  complete: boolean;
  /** CHILD, EPISODE and other records seen, for the accounting of an incomplete file. */
  records: number;
}

export interface Ssda903XmlTablesParser {
  readonly stopped: boolean;
  abort(rule: "file-not-utf8", message: string): void;
  write(chunk: string): void;
  close(): Ssda903XmlTables;
}

/** Record elements and the table each fills (EPISODE under CHILD; the others under HEADER). */
const recordTables: Record<string, SchemaName> = {
  EPISODE: "episodes",
  AREVIEW: "reviews",
  AMISSING: "missing",
  OC2: "oc2",
  PERMANENCE: "previous_permanence",
  AD_PLACED: "placed_for_adoption",
  SW_EPISODE: "sw_episodes",
};

/** Tables whose rows repeat the child's DOB from the HEADER. */
const withDob = new Set<SchemaName>([
  "reviews",
  "missing",
  "oc2",
  "previous_permanence",
  "placed_for_adoption",
  "sw_episodes",
  "oc3",
  "ad1",
]);

/** The fields of the CHILD and its HEADER, by the flat table they belong to. */
const flatTables: [SchemaName, string[], string][] = [
  ["uasc", ["UASC", "DUC"], "UASC"],
  ["oc3", ["IN_TOUCH", "ACTIV", "ACCOM"], "IN_TOUCH"],
  ["ad1", ad1Spec.columns.map((c) => c.name).filter((n) => n !== "CHILD" && n !== "DOB"), "DATE_INT"],
];
const flatField = new Map(flatTables.flatMap(([t, names]) => names.map((n): [string, SchemaName] => [n, t])));

const order: SchemaName[] = [
  "header",
  "episodes",
  "uasc",
  "reviews",
  "missing",
  "oc2",
  "oc3",
  "ad1",
  "placed_for_adoption",
  "previous_permanence",
  "sw_episodes",
];

interface Row {
  fields: Map<string, string>;
  line: number;
  /** Line of an element given twice with another value in the record, and its message. */
  repeated?: { line: number; element: string; message: string };
}

/** @example const p = createSsda903XmlTablesParser("903.xml"); p.write(xml); p.close().tables.map((t) => t.schema) */
export function createSsda903XmlTablesParser(
  file: string,
  options: XmlStreamOptions = {},
): Ssda903XmlTablesParser {
  const rows = new Map<SchemaName, Row[]>(order.map((t) => [t, []]));
  const issues: Issue[] = [];
  const parser = new SaxesParser({ position: true });
  const stack: string[] = [];
  let complete = true;
  let records = 0;
  /** The CHILD being read: its own and its HEADER's fields (with lines), and its records. */
  let child:
    | {
        fields: Map<string, { value: string; line: number }>;
        headerLine: number;
        records: [SchemaName, Row][];
      }
    | undefined;
  let record: Row | undefined;
  let repeatInChild: Row["repeated"];
  const repeats = createElementRepeats((parent, name) => {
    if (name in recordTables) return undefined;
    if (parent === "CHILD") return name === "HEADER" ? "HEADER" : name;
    if (parent === "HEADER" || parent in recordTables) return name === "CHILD" ? "CHILDID" : name;
    return undefined;
  });
  const lineOf = new Map<string, number>();

  parser.on("opentag", (tag) => {
    const name = tag.name;
    const parent = stack[stack.length - 1];
    stack.push(name);
    repeats.open(name, parser.line);
    text.clear();
    lineOf.set(name, parser.line);
    if (name === "CHILD" && parent !== "HEADER") {
      child = { fields: new Map(), headerLine: parser.line, records: [] };
      repeatInChild = undefined;
      records++;
    } else if (name === "HEADER" && child) {
      child.headerLine = parser.line;
    } else if (name in recordTables && child) {
      record = { fields: new Map(), line: parser.line };
      child.records.push([recordTables[name], record]);
      records++;
    }
  });
  parser.on("closetag", (tag) => {
    const name = tag.name;
    stack.pop();
    const parent = stack[stack.length - 1];
    const value = text.take();
    const repeat = repeats.close(value);
    if (repeat && !sameValue(repeat)) {
      const problem = {
        line: repeat.line,
        element: repeat.element,
        message: describeRepeat(repeat, "the record is rejected"),
      };
      if (record && parent in recordTables) record.repeated ??= problem;
      else repeatInChild ??= problem;
    }
    if (repeat) return;
    if (name in recordTables) {
      record = undefined;
    } else if (name === "CHILD" && parent !== "HEADER") {
      closeChild();
    } else if (record && parent in recordTables) {
      record.fields.set(name, value);
    } else if (child && (parent === "HEADER" || parent === "CHILD") && name !== "HEADER") {
      child.fields.set(name === "CHILDID" ? "CHILD" : name, { value, line: lineOf.get(name) ?? parser.line });
    }
  });

  function closeChild(): void {
    if (!child) return;
    const fields = child.fields;
    const get = (n: string) => fields.get(n)?.value ?? "";
    const header: Row = { fields: new Map(), line: child.headerLine, repeated: repeatInChild };
    const flat = new Map<SchemaName, Row>();
    for (const [n, { value, line }] of fields) {
      const table = flatField.get(n);
      if (table === undefined) {
        header.fields.set(n, value);
        continue;
      }
      let row = flat.get(table);
      if (row === undefined) flat.set(table, (row = { fields: new Map(), line }));
      row.fields.set(n, value);
    }
    rows.get("header")!.push(header);
    const uasc = flat.get("uasc");
    if (uasc && ((get("UASC") !== "" && get("UASC") !== "0") || get("DUC") !== "")) {
      uasc.line = fields.get("UASC")?.line ?? uasc.line;
      uasc.fields.delete("UASC");
      for (const n of ["SEX", "DOB"]) uasc.fields.set(n, get(n));
      pushRow("uasc", uasc);
    }
    for (const [table, , trigger] of flatTables.slice(1)) {
      const row = flat.get(table);
      if (row === undefined || get(trigger) === "") continue;
      row.line = fields.get(trigger)?.line ?? row.line;
      pushRow(table, row);
    }
    for (const [table, row] of child.records) pushRow(table, row);
    child = undefined;

    function pushRow(table: SchemaName, row: Row): void {
      const withChild = new Map<string, string>([["CHILD", get("CHILD")]]);
      if (withDob.has(table) || table === "uasc") withChild.set("DOB", get("DOB"));
      for (const [k, v] of row.fields) withChild.set(k, v);
      row.fields = withChild;
      rows.get(table)!.push(row);
    }
  }

  const stream = xmlStream(
    parser,
    () => stack[stack.length - 1] ?? "(document)",
    (problem) => {
      issues.push(issueOf(problem.rule, file, problem.line, problem.element, problem.message));
      complete = false;
    },
    options,
  );
  const text = stream.elementText();

  return {
    write: stream.write,
    get stopped() {
      return stream.stopped;
    },
    abort: stream.abort,
    close() {
      stream.finish();
      const tables: Ssda903XmlTable[] = [];
      if (complete) {
        for (const schema of order) {
          const list = rows.get(schema)!;
          if (list.length > 0 || schema === "header") tables.push(toTable(file, schema, list));
        }
      }
      return { file, tables, issues, complete, records };
    },
  };
}

/** Where the XML spells a column otherwise than the CSV table (PLACE is PL in an EPISODE). */
const xmlNames: Record<string, string> = { PLACE: "PL" };

/**
 * The table's columns as the XML spells them, in the spec's order. The XML leaves a blank field
 * out (an OC2 with a score has no SDQ_REASON), so every column of the table is present and an
 * absent element is a blank cell, which validation then checks as any blank.
 */
function columnsOf(schema: SchemaName): string[] {
  return tableSpecs[schema].columns.map((c) => xmlNames[c.name] ?? c.name);
}

function toTable(file: string, schema: SchemaName, list: Row[]): Ssda903XmlTable {
  const names = columnsOf(schema);
  for (const r of list) for (const k of r.fields.keys()) if (!names.includes(k)) names.push(k);
  const columns = names.map((n) => list.map((r) => blankToNull(r.fields.get(n))));
  const lines = list.map((r) => r.line);
  const rowsAreLines = lines.every((l, i) => i === 0 || l > lines[i - 1]);
  const rowNumbers = rowsAreLines ? lines : list.map((_, i) => i + 2);
  const issues: Issue[] = [];
  list.forEach((r, i) => {
    if (r.repeated)
      issues.push(
        issueOf("xml-element-repeated", file, rowNumbers[i], r.repeated.element, r.repeated.message),
      );
  });
  return {
    schema,
    lines,
    rowsAreLines,
    raw: {
      file,
      format: "xml",
      header: names,
      columns,
      rowNumbers,
      length: list.length,
      blankRows: 0,
      issues,
      complete: true,
    },
  };
}

function blankToNull(v: string | undefined): string | null {
  return v === undefined || v.trim() === "" ? null : v;
}

function issueOf(rule: RuleId, file: string, row: number, column: string, message: string): Issue {
  return { rule, severity: rules[rule].severity, file, row, column, message };
}
