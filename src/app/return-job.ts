// The app's FGC return job: `fgc return` on the chosen files as the folder, through the same
// readers (io/read-return-source.ts), pipeline (returns/run.ts) and CSV writer
// (returns/return-csv.ts), so the return CSV is the CLI's to the byte. Files are read in name
// order, as the CLI reads a folder.
import { exitCodes } from "../util/exit-codes.js";
import { type FlagNames, withFlagWording } from "../util/flag-wording.js";
import { feedXmlChunks, memoryXmlChunks } from "../io/feed-xml-chunks.js";
import { readRawBytes } from "../io/read-raw-bytes.js";
import { readReturnSource, type ReturnsFolder, returnsFolderNotes } from "../io/read-return-source.js";
import { SNIFF_BYTES, sniffReturnBytes } from "../io/sniff-return-bytes.js";
import { returnCsv } from "../returns/return-csv.js";
import { parseReturnPeriod } from "../returns/return-period.js";
import { runReturn } from "../returns/run.js";
import { DataError, formatIssue } from "../schema/issue.js";
import { UsageError } from "../util/errors.js";
import { plural } from "../util/plural.js";
import type { AppFile, JobOutcome } from "./job-outcome.js";

/** runReturn's options as the page labels them. */
const RETURN_FIELDS: FlagNames = {
  "options.period": "Period",
  "options.threshold": "Suppression threshold",
};

export interface ReturnJobOptions {
  period: string;
  threshold: string;
}

/**
 * @example (await returnJob(files, { period: "2023-24", threshold: "5" })).downloads[0].label // "Download return CSV"
 */
export async function returnJob(
  files: readonly AppFile[],
  options: ReturnJobOptions,
  progress: (text: string) => void = () => {},
): Promise<JobOutcome> {
  const period = withFlagWording(RETURN_FIELDS, () => parseReturnPeriod(options.period)).label;
  const threshold = Number(options.threshold);
  if (!/^\d+$/.test(options.threshold.trim()) || threshold > 100)
    throw new UsageError(
      `Suppression threshold: expected a whole number 0–100, got ${JSON.stringify(options.threshold)}`,
    );
  const folder: ReturnsFolder = { folder: "", files: [], censuses: [], ssda903: [], issues: [], notes: [] };
  const sorted = [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const [i, f] of sorted.entries()) {
    progress(`Reading ${f.name} (${i + 1} of ${sorted.length})`);
    await readReturnSource(folder, {
      file: f.name,
      sniff: async () => sniffReturnBytes(f.bytes.subarray(0, SNIFF_BYTES), f.bytes.length <= SNIFF_BYTES),
      feed: (parser) => feedXmlChunks(memoryXmlChunks(f.bytes), parser),
      readCsv: () => readRawBytes(f.bytes, f.name, { format: "csv" }),
    });
  }
  folder.notes = returnsFolderNotes(folder.files);
  progress("Counting the return");
  const err: string[] = [];
  const linkKey = crypto.getRandomValues(new Uint8Array(32));
  let result: ReturnType<typeof runReturn>;
  try {
    result = withFlagWording(RETURN_FIELDS, () => runReturn(folder, { period, threshold, linkKey }));
  } catch (error) {
    if (!(error instanceof DataError)) throw error;
    for (const issue of error.issues) err.push(`${issue.severity}: ${formatIssue(issue)}\n`);
    err.push(`fgc return: ${error.message}\n`);
    return { exitCode: exitCodes.data, stdout: "", stderr: err.join(""), downloads: [] };
  }
  for (const issue of result.issues) err.push(`${issue.severity}: ${formatIssue(issue)}\n`);
  const errors = result.issues.filter((i) => i.severity === "error");
  if (errors.length > 0) {
    err.push(`fgc return: ${plural(errors.length, "error")} in the returns, so no return is written\n`);
    return { exitCode: exitCodes.data, stdout: "", stderr: err.join(""), downloads: [] };
  }
  const all = result.rows.filter((r) => r.breakdown === "all");
  const width = Math.max(...all.map((r) => r.measure.length));
  const stdout = [
    `FGC return ${result.period} for LA ${result.laCode || "(no LEA)"}, follow-up to ${result.followUpEnd}`,
    ...all.map((r) => `  ${r.measure.padEnd(width)}  ${String(r.value ?? "").padStart(7)}`),
    ...(result.outcomes.status !== "all" ? ["", `  ${result.outcomes.text}`] : []),
    ...folder.notes.map((n) => `  note: ${n}`),
    "",
  ].join("\n");
  return {
    exitCode: exitCodes.ok,
    stdout,
    stderr: err.join(""),
    downloads: [
      {
        label: "Download return CSV",
        name: `fgc-return-${result.period}.csv`,
        type: "text/csv",
        text: returnCsv(result),
      },
    ],
  };
}
