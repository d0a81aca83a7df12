/**
 * Reads the analysis-ready trial file (CSV, TSV, XLSX, JSON, Arrow or Parquet) with the
 * `trial-analysis` schema, and returns the trial pipeline's input: the validated table, the file's
 * hash and the row accounting. Rows rejected by validation are counted, never dropped silently.
 *
 * `extraColumns` names columns the schema does not list that the caller needs (a plan's subgroup
 * on a column of the user's own, such as `placement`): each one the file holds is read as an
 * optional column, as numbers when every non-blank cell is a number and as trimmed text otherwise
 * (so `breaks` can cut it), and is not reported as `column-unknown`. A name the file lacks is left
 * out, for the caller to refuse with suggestions.
 */
import { basename } from "node:path";
import type { Issue } from "../schema/issue.js";
import { rules } from "../schema/rules.js";
import type { ColumnSpec, TableSpec } from "../schema/table.js";
import { trialAnalysisSpec } from "../schema/tables/trial-analysis.js";
import type { TrialInput } from "../trial/run.js";
import { validateRawTable } from "../io/validate.js";
import { fileSha256 } from "../io/node/file-hash.js";
import { readRawFile } from "../io/node/read-raw-file.js";

export interface TrialInputOptions {
  /** Columns outside the trial-analysis schema to read when the file holds them. */
  extraColumns?: readonly string[];
}

export async function readTrialInput(
  path: string,
  toolVersion: string,
  options: TrialInputOptions = {},
): Promise<{ input: TrialInput; issues: Issue[] }> {
  // Straight to the trial-analysis spec (no schema inference, no Arquero table): this is the
  // main job's start-up path, so it loads only what it needs.
  const raw = await readRawFile(path);
  const extra = extraColumnSpecs(raw.header, options.extraColumns ?? []);
  const spec: TableSpec =
    extra.length === 0
      ? trialAnalysisSpec
      : { ...trialAnalysisSpec, columns: [...trialAnalysisSpec.columns, ...extra] };
  const result = validateRawTable(raw, spec);
  for (const c of extra) result.table.columns[c.name] = numbersWhereAllNumeric(result.table.columns[c.name]);
  const excluded = Object.entries(result.accounting.rejectedByRule).map(([rule, rows]) => ({
    reason: rules[rule as keyof typeof rules]?.title ?? rule,
    rule,
    rows: rows as number,
  }));
  const file = basename(path);
  return {
    input: {
      table: { ...result.table, file },
      inputs: [{ file, sha256: fileSha256(path), rows: result.accounting.read }],
      accounting: { read: result.accounting.read, excluded },
      toolVersion,
      // The trial file's outcome columns are fixed 12-month outcomes (trial-analysis schema).
      window: 365,
    },
    issues: result.issues,
  };
}

/** An optional text column for each wanted name the header holds (exactly as written) and the schema lacks. */
function extraColumnSpecs(header: readonly string[], wanted: readonly string[]): ColumnSpec[] {
  const known = new Set(
    trialAnalysisSpec.columns.flatMap((c) => [c.name, ...(c.aliases ?? [])].map((n) => n.toLowerCase())),
  );
  const present = new Set(header.map((h) => h.trim()));
  return [...new Set(wanted)]
    .filter((name) => present.has(name) && !known.has(name.toLowerCase()))
    .map((name) => ({
      name,
      type: "string",
      required: false,
      nullable: true,
      description: "a column of the user's own, read for a plan subgroup",
    }));
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** The column as numbers when every non-blank cell is a finite decimal number, else as it was. */
function numbersWhereAllNumeric(
  values: (string | number | boolean | null)[],
): (string | number | boolean | null)[] {
  const texts = values.filter((v): v is string => typeof v === "string");
  if (texts.length === 0 || !texts.every((t) => NUMBER.test(t) && Number.isFinite(Number(t)))) return values;
  return values.map((v) => (typeof v === "string" ? (v === "" ? null : Number(v)) : v));
}
