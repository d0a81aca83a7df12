// A folder of extracts to the records `linkRecords` joins: each data file (CSV, TSV, XLSX, JSON,
// Arrow, Parquet) in the folder, not its subfolders, is recognised by its header
// (io/infer-schema.ts), read and validated with readTable, and mapped onto LinkInputs
// (link/link-inputs-from-tables.ts). Every file's row accounting and issues are kept.
//
// Choices: files are read in name order, and several files of one table (two LAs' episodes) are
// joined; a file of another table (an analysis file, an LA return) or a JSON file holding no table
// is ignored with `link-file-ignored`; a table whose header matches no known table is an error
// (`link-file-unrecognised`, every row rejected), since it may be an extract whose records would
// otherwise be missed; each of the six extracts must be present (`link-extract-missing`), since a
// missing episodes or court file would make every outcome a silent "no". Overlapping episodes
// are not rejected as `fgc validate` rejects them (`episode-overlap`): linking keeps them and
// reports `episode-overlap-kept`, because the outcome rules count each day in care once.
import { readdir } from "node:fs/promises";
import { join } from "node:path";
import type { LinkInputs } from "../link/link-inputs.js";
import { tableSpecs } from "../schema/catalog.js";
import type { Issue } from "../schema/issue.js";
import { rules } from "../schema/rules.js";
import type { ColumnTable, TableSpec } from "../schema/table.js";
import { episodeOverlapCheck } from "../schema/tables/episode-overlap-check.js";
import { appendAll } from "../util/append-all.js";
import { fileIssue } from "../io/file-issue.js";
import { inferSchema } from "../io/infer-schema.js";
import { LINK_SCHEMAS, type LinkSchema, linkInputsFromTables } from "../link/link-inputs-from-tables.js";
import type { RawTable } from "../io/raw-table.js";
import type { RowAccounting } from "../io/row-accounting.js";
import { validateRead } from "../io/validate-read.js";
import { DATA_FILE } from "../io/node/data-file.js";
import { fileSha256 } from "../io/node/file-hash.js";
import { readRawFile } from "../io/node/read-raw-file.js";

export interface LinkFile {
  /** File name inside the folder. */
  file: string;
  path: string;
  /** The extract it holds; undefined when ignored. */
  schema?: LinkSchema;
  sha256: string;
  accounting: RowAccounting;
}

export interface ReadLinkInputsOptions {
  /** Extract date, day number: later dates are `date-future` errors. */
  extractDay?: number;
}

export interface LinkInputsRead {
  inputs: LinkInputs;
  files: LinkFile[];
  issues: Issue[];
  /** The latest date in any date column of the extracts read (the default extract date); null if none. */
  latestDay: number | null;
}

/**
 * Reads and validates every extract in a folder (children, index events, allocation, FGC records,
 * SSDA903 episodes, court), each table found by its header, into the inputs of `linkRecords`;
 * rows with errors are left out, and a missing required extract is a `link-extract-missing` issue.
 * @example
 * ```ts
 * import { readLinkInputs } from "fgc-toolkit/node";
 * const read = await readLinkInputs("data-samples/link");
 * read.files.map((f) => f.schema); // => ["allocation", "children", "court", "episodes", "fgc-records", "index-events"]
 * read.issues.map((i) => [i.rule, i.severity]); // => [["episode-overlap-kept", "warning"]]
 * ```
 */
export async function readLinkInputs(
  folder: string,
  options: ReadLinkInputsOptions = {},
): Promise<LinkInputsRead> {
  const names = (await readdir(folder, { withFileTypes: true }))
    .filter((e) => e.isFile() && !e.name.startsWith(".") && DATA_FILE.test(e.name))
    .map((e) => e.name)
    .sort();
  const files: LinkFile[] = [];
  const issues: Issue[] = [];
  const tables: Record<LinkSchema, ColumnTable[]> = Object.fromEntries(
    LINK_SCHEMAS.map((s) => [s, []]),
  ) as never;
  let latestDay: number | null = null;
  for (const file of names) {
    const path = join(folder, file);
    const raw = await readRawFile(path, { file });
    const guess = inferSchema(raw.header);
    const schema = LINK_SCHEMAS.find((s) => s === guess?.spec.name);
    const sha256 = fileSha256(path);
    if (schema === undefined) {
      const skipped = notAnExtract(raw, guess?.spec.name, file);
      appendAll(issues, skipped.issues);
      files.push({ file, path, sha256, accounting: skipped.accounting });
      continue;
    }
    const spec = linkSpec(schema);
    const result = validateRead(raw, { schema: spec, extractDay: options.extractDay });
    appendAll(issues, result.issues);
    if (schema === "episodes") appendAll(issues, overlapsKept(result.columns));
    tables[schema].push(result.columns);
    files.push({ file, path, schema, sha256, accounting: result.accounting });
    latestDay = maxDate(result.columns, spec, latestDay);
  }
  for (const schema of LINK_SCHEMAS) {
    if (tables[schema].length === 0) {
      issues.push(
        fileIssue(
          "link-extract-missing",
          folder,
          `no ${schema} extract in the folder (found: ${names.join(", ") || "no data files"})`,
        ),
      );
    }
  }
  // The validated tables are dropped here: only the records are kept (memory at a million children).
  return { inputs: linkInputsFromTables(tables), files, issues, latestDay };
}

/**
 * A data file that is not one of the extracts. Another known table (an analysis file, an LA
 * return) or a JSON file that holds no table (a plan, a match report) is ignored with a warning;
 * a table whose header matches no known table, or a delimited file that could not be read, is an
 * error with every row rejected: it may be an extract with renamed columns or a broken copy, and
 * linking without it would turn its records into silent "no"s.
 */
function notAnExtract(
  raw: RawTable,
  tableName: string | undefined,
  file: string,
): { issues: Issue[]; accounting: RowAccounting } {
  if (tableName !== undefined)
    return {
      issues: [
        fileIssue("link-file-ignored", file, `holds the ${tableName} table, not an extract to link; ignored`),
      ],
      accounting: { read: raw.length, accepted: 0, rejected: 0, rejectedByRule: {} },
    };
  const unreadable = raw.issues.some((i) => i.severity === "error");
  if (raw.header.length === 0 && (!unreadable || /\.json$/i.test(file)))
    return {
      issues: [fileIssue("link-file-ignored", file, "holds no table (a plan or a report?); ignored")],
      accounting: { read: raw.length, accepted: 0, rejected: 0, rejectedByRule: {} },
    };
  const issues = [...raw.issues];
  issues.push(
    fileIssue(
      "link-file-unrecognised",
      file,
      raw.header.length > 0
        ? `its header (${raw.header.slice(0, 6).join(", ")}${raw.header.length > 6 ? ", …" : ""}) matches none of the extracts to link; rename its columns as the data dictionary spells them, or move it out of the folder`
        : "could not be read as a table; fix it or move it out of the folder",
    ),
  );
  return {
    issues,
    accounting: {
      read: raw.length,
      accepted: 0,
      rejected: raw.length,
      rejectedByRule: raw.length > 0 ? { "link-file-unrecognised": raw.length } : {},
    },
  };
}

/** The table's spec; for episodes without the overlap check, which linking reports as a warning. */
function linkSpec(schema: LinkSchema): TableSpec {
  const spec = tableSpecs[schema];
  if (schema !== "episodes") return spec;
  // Overlaps are kept and reported (overlapsKept). PLACE by collection year is a rule of the
  // return (fgc validate checks it): a case-system extract spans years, and no outcome depends
  // on the placement code's year, so it does not stop a link.
  return {
    ...spec,
    checks: spec.checks.filter((c) => c.rule !== "episode-overlap" && c.rule !== "code-year"),
  };
}

function overlapsKept(table: ColumnTable): Issue[] {
  return episodeOverlapCheck.run(table, {}).map((i) => ({
    ...i,
    rule: "episode-overlap-kept",
    severity: rules["episode-overlap-kept"].severity,
    message: `${i.message}; kept, each day in care counted once`,
  }));
}

function maxDate(table: ColumnTable, spec: TableSpec, latest: number | null): number | null {
  let max = latest;
  for (const c of spec.columns) {
    if (c.type !== "date") continue;
    for (const v of table.columns[c.name] ?? []) {
      if (typeof v === "number" && (max === null || v > max)) max = v;
    }
  }
  return max;
}
