/**
 * The trial pipeline's input from the analysis-ready file once read (a RawTable from any reader,
 * its name and the SHA-256 of its bytes): validated with the `trial-analysis` schema, with the
 * row accounting. The browser-safe core of io/node/read-trial-input.ts, which the browser app
 * calls on the bytes of the chosen file. Rows rejected by validation are counted, never dropped
 * silently.
 *
 * `extraColumns` names columns the schema does not list that the caller needs (a plan's subgroup
 * on a column of the user's own, such as `placement`): each one the file holds is read as an
 * optional column, as numbers when every non-blank cell is a number and as trimmed text otherwise
 * (so `breaks` can cut it), and is not reported as `column-unknown`. A name the file lacks is left
 * out, for the caller to refuse with suggestions.
 */
import type { Issue } from "../schema/issue.js";
import { rules } from "../schema/rules.js";
import type { ColumnSpec, TableSpec } from "../schema/table.js";
import { trialAnalysisSpec } from "../schema/tables/trial-analysis.js";
import type { TrialInput } from "../trial/run.js";
import type { RawTable } from "./raw-table.js";
import { validateRawTable } from "./validate.js";

export interface TrialInputOptions {
  /** Columns outside the trial-analysis schema to read when the file holds them. */
  extraColumns?: readonly string[];
}

/**
 * @example trialInputFromRaw(readDelimitedText(text, "analysis.csv"), "analysis.csv", hash, TOOL_VERSION).input.window // 365
 */
export function trialInputFromRaw(
  raw: RawTable,
  file: string,
  sha256: string,
  toolVersion: string,
  options: TrialInputOptions = {},
): { input: TrialInput; issues: Issue[] } {
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
      inputs: [{ file, sha256, rows: result.accounting.read }],
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
