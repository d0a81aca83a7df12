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
import { readTable } from "./read-table.js";

export async function readTrialInput(
  path: string,
  toolVersion: string,
): Promise<{ input: TrialInput; issues: Issue[] }> {
  const result = await readTable(path, { schema: "trial-analysis" });
  const excluded = Object.entries(result.accounting.rejectedByRule).map(([rule, rows]) => ({
    reason: rules[rule as keyof typeof rules]?.title ?? rule,
    rule,
    rows: rows as number,
  }));
  const file = basename(path);
  return {
    input: {
      table: { ...result.columns, file },
      inputs: [{ file, sha256: fileSha256(path), rows: result.accounting.read }],
      accounting: { read: result.accounting.read, excluded },
      toolVersion,
    },
    issues: result.issues,
  };
}
