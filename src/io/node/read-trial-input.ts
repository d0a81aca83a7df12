/**
 * Reads the analysis-ready trial file (CSV, TSV, XLSX, JSON, Arrow or Parquet) with the
 * `trial-analysis` schema, and returns the trial pipeline's input: the validated table, the file's
 * hash and the row accounting. Rows rejected by validation are counted, never dropped silently.
 */
import { basename } from "node:path";
import type { Issue } from "../../schema/issue.js";
import { rules } from "../../schema/rules.js";
import type { TrialInput } from "../../trial/run.js";
import { fileSha256 } from "./file-hash.js";
import { trialAnalysisSpec } from "../../schema/tables/trial-analysis.js";
import { validateRawTable } from "../validate.js";
import { readRawFile } from "./read-raw-file.js";

export async function readTrialInput(
  path: string,
  toolVersion: string,
): Promise<{ input: TrialInput; issues: Issue[] }> {
  // Straight to the trial-analysis spec (no schema inference, no Arquero table): this is the
  // main job's start-up path, so it loads only what it needs.
  const result = validateRawTable(await readRawFile(path), trialAnalysisSpec);
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
