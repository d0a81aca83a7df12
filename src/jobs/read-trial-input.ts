// Reads the analysis-ready trial file (CSV, TSV, XLSX, JSON, Arrow or Parquet) with the
// `trial-analysis` schema, and returns the trial pipeline's input: the validated table, the file's
// hash and the row accounting (trial/trial-input-from-raw.ts, which also reads `extraColumns`).
import { basename } from "node:path";
import type { Issue } from "../schema/issue.js";
import type { TrialInput } from "../trial/run.js";
import { type TrialInputOptions, trialInputFromRaw } from "../trial/trial-input-from-raw.js";
import { fileSha256 } from "../io/node/file-hash.js";
import { readRawFile } from "../io/node/read-raw-file.js";

/**
 * Reads the analysis-ready trial file (CSV, TSV, XLSX, JSON, Arrow or Parquet) with the
 * `trial-analysis` schema into the input of `runTrial`: the validated rows, the file's SHA-256
 * and the row accounting, with every issue found.
 * @example
 * ```ts
 * import { readTrialInput } from "fgc-toolkit/node";
 * const { input, issues } = await readTrialInput("data-samples/trial/analysis.csv", "0.1.0");
 * input.accounting.read; // => 2537
 * issues.length; // => 0
 * ```
 */
export async function readTrialInput(
  path: string,
  toolVersion: string,
  options: TrialInputOptions = {},
): Promise<{ input: TrialInput; issues: Issue[] }> {
  // Straight to the trial-analysis spec (no schema inference, no Arquero table): this is the
  // main job's start-up path, so it loads only what it needs.
  const raw = await readRawFile(path);
  return trialInputFromRaw(raw, toolVersion, { ...options, file: basename(path), sha256: fileSha256(path) });
}
