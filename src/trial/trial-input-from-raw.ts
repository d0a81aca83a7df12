// The trial pipeline's input from a raw table of the analysis-ready trial file, whatever it was
// read from (a file, text in memory, an Arquero table): validated with the `trial-analysis`
// schema, with the row accounting and the source's hash. Rows rejected by validation are counted,
// never dropped silently.
//
// `extraColumns` names columns the schema does not list that the caller needs (a plan's subgroup
// on a column of the user's own, such as `placement`): each one the table holds is read as an
// optional column, as numbers when every non-blank cell is a number and as trimmed text otherwise
// (so `breaks` can cut it), and is not reported as `column-unknown`. A name the table lacks is left
// out, for the caller to refuse with suggestions.
import type { RawTable } from "../io/raw-table.js";
import { validateRawTable } from "../io/validate.js";
import type { Issue } from "../schema/issue.js";
import { rules } from "../schema/rules.js";
import type { ColumnSpec, TableSpec } from "../schema/table.js";
import { trialAnalysisSpec } from "../schema/tables/trial-analysis.js";
import type { TrialInput } from "./run.js";

/**
 * Options for reading the analysis-ready trial file into the trial pipeline's input (readTrialInput, trialInputFromArquero).
 */
export interface TrialInputOptions {
  /** Columns outside the trial-analysis schema to read when the table holds them. */
  extraColumns?: readonly string[];
}

/**
 * The trial pipeline's input (validated table, provenance, row accounting) from a raw table of
 * the analysis-ready trial file; `extraColumns` as described at the top of this file.
 * @example trialInputFromRaw(raw, "0.1.0", { sha256: "…" }).input.accounting.read // rows read
 */
export function trialInputFromRaw(
  raw: RawTable,
  toolVersion: string,
  options: TrialInputOptions & {
    /** The source's SHA-256 (hex), for provenance in results.json. */
    sha256: string;
    /** The name results.json gives the input; default `raw.file` (which issues carry). */
    file?: string;
  },
): { input: TrialInput; issues: Issue[] } {
  const file = options.file ?? raw.file;
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
  return {
    input: {
      table: { ...result.table, file },
      inputs: [{ file, sha256: options.sha256, rows: result.accounting.read }],
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
