/**
 * Reads the analysis-ready trial file (CSV, TSV, XLSX, JSON, Arrow or Parquet) from disk and
 * returns the trial pipeline's input: the validated table, the file's hash and the row
 * accounting (io/trial-input-from-raw.ts, shared with the browser app).
 */
import { basename } from "node:path";
import type { Issue } from "../../schema/issue.js";
import type { TrialInput } from "../../trial/run.js";
import { type TrialInputOptions, trialInputFromRaw } from "../trial-input-from-raw.js";
import { fileSha256 } from "./file-hash.js";
import { readRawFile } from "./read-raw-file.js";

/** @example (await readTrialInput("data-samples/trial/analysis.csv", TOOL_VERSION)).input.window // 365 */
export async function readTrialInput(
  path: string,
  toolVersion: string,
  options: TrialInputOptions = {},
): Promise<{ input: TrialInput; issues: Issue[] }> {
  // Straight to the trial-analysis spec (no schema inference, no Arquero table): this is the
  // main job's start-up path, so it loads only what it needs.
  const raw = await readRawFile(path);
  return trialInputFromRaw(raw, basename(path), fileSha256(path), toolVersion, options);
}
