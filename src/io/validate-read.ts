// A raw table (from any reader) to a validated Arquero table: pick the schema (given, or inferred
// from the header; `schema-unknown` when none fits), validate, convert. Browser-safe.
import type * as aq from "arquero";
import { tableSpecs } from "../schema/catalog.js";
import type { Issue } from "../schema/issue.js";
import type { CheckContext, ColumnTable, SchemaName, TableSpec } from "../schema/table.js";
import { UsageError } from "../util/errors.js";
import { delimiterHint } from "./delimiter-hint.js";
import { fileIssue } from "./file-issue.js";
import { inferSchema } from "./infer-schema.js";
import type { RawTable } from "./raw-table.js";
import type { RowAccounting } from "./row-accounting.js";
import { toArquero } from "./to-arquero.js";
import { validateRawTable } from "./validate.js";

/** Options of `validateRead` and `readTable`: the schema, the specs to infer from and the check context (extract date, collection year). */
export interface ReadTableOptions extends CheckContext {
  /** Schema name or a spec; default inferred from the header. */
  schema?: SchemaName | TableSpec;
  /** Specs to choose from; default every spec in the catalogue. */
  specs?: readonly TableSpec[];
}

/** A validated table: the schema used, the accepted rows (as Arquero and in columns), every issue and the row accounting. */
export interface ReadTableResult {
  /** File name as the user gave it. */
  file: string;
  /**
   * The schema used; `cin-census` for a CIN census XML (read by its own reader); undefined when
   * none fitted (`schema-unknown`) or the file was unreadable.
   */
  schema?: SchemaName | "cin-census";
  /** Accepted rows as Arquero. */
  table: aq.ColumnTable;
  /** Accepted rows in columns, with their spreadsheet row numbers. */
  columns: ColumnTable;
  issues: Issue[];
  accounting: RowAccounting;
}

/**
 * Validate an already-read raw table with the schema rules of `readTable`: the schema given, or
 * inferred from the header (`schema-unknown` when none fits); the accepted rows come back as an
 * Arquero table with the row accounting (read = accepted + rejected).
 * @example
 * ```ts
 * import { readDelimitedText, validateRead } from "fgc-toolkit";
 * const raw = readDelimitedText("CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,REC,DEC\nA1,05/02/2021,S,C2,N1,U4,PR1,,\nA2,31/02/2021,S,C2,N1,U4,PR1,,\n", "episodes.csv");
 * const read = validateRead(raw);
 * read.schema; // => "episodes"
 * read.accounting.read; // => 2
 * read.accounting.accepted; // => 1
 * read.issues.map((i) => [i.rule, i.row, i.column]); // => [["date-impossible", 3, "DECOM"]]
 * ```
 */
export function validateRead(raw: RawTable, options: ReadTableOptions = {}): ReadTableResult {
  const spec = resolveSpec(raw, options);
  // A file that could not be read (empty, not UTF-8, too large …) has nothing to validate: its
  // file-level issue is the report, without a column-missing for every column on top.
  const unreadable =
    raw.header.length === 0 ||
    !raw.complete ||
    raw.issues.some((i) => i.severity === "error" && i.row === undefined);
  const hint = unreadable ? undefined : delimiterHint(raw);
  if (spec === undefined || unreadable || hint !== undefined) {
    const issues = [...raw.issues];
    if (hint !== undefined) {
      issues.push(fileIssue("file-delimiter", raw.file, hint, 1));
    } else if (!unreadable) {
      issues.push(
        fileIssue(
          "schema-unknown",
          raw.file,
          `the header (${raw.header.slice(0, 6).join(", ")}${raw.header.length > 6 ? ", …" : ""}) matches no known table; pass --schema NAME`,
        ),
      );
    }
    // Lines an unclosed quote swallowed are rows read and rejected too.
    const rejected = raw.length + (raw.unsplitRows ?? 0);
    const rule =
      issues.find((i) => i.severity === "error" && i.row === undefined)?.rule ??
      (raw.complete ? undefined : issues.find((i) => i.severity === "error")?.rule) ??
      (hint !== undefined ? "file-delimiter" : "schema-unknown");
    const columns: ColumnTable = { file: raw.file, columns: {}, rowNumbers: [], length: 0 };
    return {
      file: raw.file,
      schema: spec?.name,
      table: toArquero(columns),
      columns,
      issues,
      accounting: {
        read: rejected,
        accepted: 0,
        rejected,
        rejectedByRule: rejected > 0 ? { [rule]: rejected } : {},
        ...(raw.blankRows > 0 ? { blankRows: raw.blankRows } : {}),
      },
    };
  }
  const result = validateRawTable(raw, spec, {
    extractDay: options.extractDay,
    collectionYear: options.collectionYear,
  });
  return {
    file: raw.file,
    schema: spec.name,
    table: toArquero(result.table),
    columns: result.table,
    issues: result.issues,
    accounting: result.accounting,
  };
}

function resolveSpec(raw: RawTable, options: ReadTableOptions): TableSpec | undefined {
  const { schema } = options;
  if (schema !== undefined && typeof schema === "object") return schema;
  const specs = options.specs ?? (Object.values(tableSpecs) as TableSpec[]);
  if (schema !== undefined) {
    const spec = specs.find((s) => s.name === schema);
    if (spec === undefined) {
      throw new UsageError(
        `--schema: expected one of ${specs.map((s) => s.name).join(", ") || "(none loaded)"}, got ${JSON.stringify(schema)}`,
      );
    }
    return spec;
  }
  return inferSchema(raw.header, specs)?.spec;
}
