// The trial pipeline's input from a folder of extracts rather than an analysis-ready file: link
// them in memory (link-extracts.ts), write the analysis table as CSV text and validate it with
// the `trial-analysis` schema, exactly as readTrialInput validates a file. Nothing is written.
//
// Choices: the pseudonymisation key is made for the run and never asked for, since trial
// outputs hold no child-level rows (design.md, Privacy); for the bundled samples it is the
// published sample key `fgc link` uses, so that `fgc trial data-samples/link` and
// `fgc link data-samples/link` then `fgc trial` on the file sort the same pseudonyms and give
// byte-identical estimates (with another key the rows sort otherwise, and sums taken in another
// order can differ in the last digits). Otherwise it is the SHA-256 of the extracts'
// hashes rather than random bytes: the trial sorts rows by family and child id, and a seeded
// analysis must give byte-identical results.json on the same inputs (design.md, Determinism);
// anyone who can recompute it holds the raw ids already. The extract date is the latest date in
// the extracts (link-extracts.ts); the window is the plan's, and the outcome check runs over it.
// Index-event rows validation rejects, index events the link excludes (no allocation,
// duplicates …) and analysis rows the schema rejects are counted in the accounting with their
// rule; every file's own accounting is returned in `files`, so rejected rows of any extract
// (episodes, court …) can be shown. A problem found in a linked row is reported at the
// index-events file and row the row was linked from, never at a row of the in-memory table
// nobody can open, nor by a pseudonym alone.
import { createHash } from "node:crypto";
import { readdir } from "node:fs/promises";
import { join } from "node:path";
import type { RecordSource } from "../link/link-inputs.js";
import type { Issue } from "../schema/issue.js";
import { type RuleId, rules } from "../schema/rules.js";
import { trialAnalysisSpecFor } from "../schema/tables/trial-analysis.js";
import type { TrialInput } from "../trial/run.js";
import { appendAll } from "../util/append-all.js";
import { formatDay } from "../util/dates.js";
import { readDelimitedText } from "../io/read-delimited-text.js";
import type { RowAccounting } from "../io/row-accounting.js";
import { validateRead } from "../io/validate-read.js";
import { analysisTableCsv } from "./analysis-table-csv.js";
import { DATA_FILE } from "../io/node/data-file.js";
import { fileSha256 } from "../io/node/file-hash.js";
import { isBundledSample, SAMPLE_LINK_KEY } from "../io/node/link-key.js";
import { linkExtracts } from "./link-extracts.js";

export interface TrialExtractsRead {
  input: TrialInput;
  issues: Issue[];
  /** What the terminal should say about the link. */
  notes: string[];
  /** Every data file of the folder and its row accounting (read = accepted + rejected). */
  files: { file: string; schema?: string; accounting: RowAccounting }[];
}

/**
 * A folder of extracts as the input of `runTrial`: read, validated, linked in memory with the
 * sample key (bundled samples only) and derived as `fgc link` would (default window 365 days),
 * with a problem in a linked row reported at the extract file and row it came from.
 * @example
 * ```ts
 * import { readTrialExtracts } from "fgc-toolkit/node";
 * const { input } = await readTrialExtracts("data-samples/link", "0.1.0");
 * input.accounting.read; // => 13
 * ```
 */
export async function readTrialExtracts(
  folder: string,
  toolVersion: string,
  options: { window?: number } = {},
): Promise<TrialExtractsRead> {
  const hashes = (await readdir(folder))
    .filter((name) => DATA_FILE.test(name) && !name.startsWith("."))
    .sort()
    .map((name) => fileSha256(join(folder, name)));
  const key = isBundledSample(folder)
    ? new TextEncoder().encode(SAMPLE_LINK_KEY)
    : createHash("sha256")
        .update(`fgc trial run key\n${hashes.join("\n")}`)
        .digest();
  const linked = await linkExtracts(folder, { key, window: options.window });
  const file = `${folder.replace(/[\\/]+$/, "")} (linked)`;
  const result = validateRead(readDelimitedText(analysisTableCsv(linked.table), file), {
    schema: trialAnalysisSpecFor(linked.window),
  });
  const a = linked.accounting;
  // Rows of the index-events files are the trial's rows read: those validation rejected never
  // reached the link, and are counted here with their rule so that read = used + excluded.
  const indexFiles = linked.files.filter((f) => f.schema === "index-events");
  const excluded: TrialInput["accounting"]["excluded"] = [];
  for (const f of indexFiles) {
    for (const [rule, rows] of Object.entries(f.accounting.rejectedByRule) as [RuleId, number][])
      excluded.push({ reason: `rejected in ${f.file}: ${rules[rule]?.title ?? rule}`, rule, rows });
  }
  for (const [rule, rows] of Object.entries(a.excluded))
    if (rows > 0) excluded.push({ reason: `excluded when linking: ${rule}`, rule, rows });
  for (const [rule, rows] of Object.entries(result.accounting.rejectedByRule) as [RuleId, number][])
    excluded.push({ reason: rules[rule]?.title ?? rule, rule, rows });
  const issues = [...linked.issues];
  appendAll(
    issues,
    result.issues.map((i) => atSource(i, linked.sources)),
  );
  const linkExcluded = Object.entries(a.excluded).filter(([, rows]) => rows > 0);
  return {
    input: {
      table: { ...result.columns, file },
      inputs: linked.files
        .filter((f) => f.schema !== undefined)
        .map((f) => ({ file: f.file, sha256: f.sha256, rows: f.accounting.read })),
      accounting: { read: indexFiles.reduce((sum, f) => sum + f.accounting.read, 0), excluded },
      toolVersion,
      window: linked.window,
    },
    issues,
    notes: [
      `linked the extracts of ${folder} in memory (${isBundledSample(folder) ? "the published sample key" : "a key made for the run"}; follow-up to ${formatDay(linked.extractDay)}, the latest date in them; window ${linked.window} days): ${a.rowsOut} rows of ${a.indexEventsIn} index events, ${a.censored} with follow-up shorter than the window` +
        (linkExcluded.length > 0
          ? `; excluded: ${linkExcluded.map(([rule, rows]) => `${rule} ${rows}`).join(", ")}`
          : ""),
    ],
    files: linked.files.map((f) => ({ file: f.file, schema: f.schema, accounting: f.accounting })),
  };
}

/**
 * An issue of the in-memory linked table moved to the index event its row was linked from:
 * `index-events.csv row 9` rather than `data-samples/link (linked) row 8`.
 * @example atSource({ rule: "trial-control-fgc-held", severity: "warning", file: "x (linked)", row: 2, message: "…" }, [{ file: "index-events.csv", row: 5 }]).row // 5
 */
export function atSource(issue: Issue, sources: readonly (RecordSource | null)[]): Issue {
  // Spreadsheet row numbers: the header is row 1, so table row k (0-based) is row k + 2.
  const source = issue.row === undefined ? null : (sources[issue.row - 2] ?? null);
  if (source === null) return issue;
  return {
    ...issue,
    file: source.file,
    row: source.row,
    message: `${issue.message} (in the trial row linked from this index event)`,
  };
}
