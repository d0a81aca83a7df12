// `fgc link <extracts dir> --out analysis.csv [--window DAYS] [--extract-date DATE]
// [--key-file FILE] [--report match-report.json]`: read the folder's extracts, pseudonymise,
// link, derive the outcomes (jobs/link-extracts.ts), write the analysis-ready CSV (the
// trial-analysis columns first, then the audit columns) and the match report as JSON, and print
// the match report and the row accounting. Exit 0 done, 1 data errors (rows rejected or an
// extract missing), 2 usage.
import { statSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import type { MatchReport } from "../link/match-report.js";
import { analysisTableCsv } from "../jobs/analysis-table-csv.js";
import { checkOutputPath } from "../io/node/check-output-path.js";
import { resolveLinkKey } from "../io/node/link-key.js";
import { type LinkExtractsResult, linkExtracts } from "../jobs/link-extracts.js";
import { writeFileAtomic } from "../io/node/write-file-atomic.js";
import { EXCLUSION_REASONS } from "../outcomes/row-accounting.js";
import { assertWindow } from "../outcomes/window.js";
import { formatCount } from "../util/format-count.js";
import { DataError, formatIssue, type Issue } from "../schema/issue.js";
import { formatDay, parseDay } from "../util/dates.js";
import { UsageError } from "../util/errors.js";
import { plural } from "../util/plural.js";
import { stableStringify } from "../util/stable-json.js";
import { TOOL_VERSION } from "../version.js";
import type { CliIo } from "./cli-io.js";
import { exitCodes } from "../util/exit-codes.js";

export interface LinkCommandOptions {
  /** Default reports/link-<folder name>/analysis.csv (defaultLinkOut). */
  out?: string;
  window?: string;
  extractDate?: string;
  keyFile?: string;
  report?: string;
}

/** Issues printed on the terminal before "… and N more". */
const MAX_PRINTED = 20;

/**
 * Run the command; returns the exit code.
 * @example await linkCommand("data-samples/link", { out: "reports/link/analysis.csv" }, processIo()) // 0
 */
export async function linkCommand(folder: string, options: LinkCommandOptions, io: CliIo): Promise<number> {
  if (!isFolder(folder)) throw new UsageError(`${folder}: expected a folder of extracts`);
  const out = options.out ?? defaultLinkOut(folder);
  const window = options.window === undefined ? 365 : Number(options.window);
  if (options.window !== undefined) {
    try {
      assertWindow(window);
    } catch {
      throw new UsageError(`--window: expected whole days 1–3650, got "${options.window}"`);
    }
  }
  const extractDay = parseExtractDate(options.extractDate);
  const reportPath = options.report ?? join(dirname(out), "match-report.json");
  const inputs = [folder, options.keyFile];
  checkOutputPath(out, "file", { inputs });
  checkOutputPath(reportPath, "file", { inputs, option: "--report" });
  if (resolve(reportPath) === resolve(out))
    throw new UsageError(`--report ${reportPath}: is the --out file; name another file for the match report`);
  const key = resolveLinkKey(folder, { keyFile: options.keyFile });
  if (key.warning) io.stderr(`warning: ${key.warning}\n`);

  let result: LinkExtractsResult;
  try {
    result = await linkExtracts(folder, { key: key.key, window, extractDay });
  } catch (e) {
    if (!(e instanceof DataError)) throw e;
    printIssues(e.issues, io);
    io.stderr(`fgc link: ${e.issues.length > 0 ? "nothing linked, no file written" : e.message}\n`);
    return exitCodes.data;
  }
  printIssues(result.issues, io);
  // An error means rows were rejected or a file was not read to its end: an analysis file linked
  // from the rest would be a partial read, so nothing is written.
  const errors = result.issues.filter((i) => i.severity === "error");
  if (errors.length > 0) {
    io.stderr(linkSummaryText(result, key.source));
    io.stderr(
      `\nfgc link: ${plural(errors.length, "error")} in the extracts; nothing written (fgc validate ${folder}/* lists every problem)\n`,
    );
    return exitCodes.data;
  }
  if (result.extractDaySource === "latest-date") {
    io.stderr(
      `warning: no --extract-date: follow-up ends on the latest date in the extracts, ${formatDay(result.extractDay)}\n`,
    );
  }
  // The trial-analysis file's outcome columns are 365-day outcomes: fgc validate and fgc trial
  // check a file against that window and refuse rows derived over another one.
  if (window !== 365) {
    io.stderr(
      `warning: --window ${window}: the outcome columns are over ${window} days, but fgc validate and fgc trial read an analysis file as 365-day outcomes and will refuse its rows; to analyse over ${window} days run fgc trial ${folder} with a plan holding { "window": ${window} }\n`,
    );
  }

  writeFileAtomic(out, analysisTableCsv(result.table));
  writeFileAtomic(reportPath, `${stableStringify(reportJson(result, key.source))}\n`);

  io.stdout(linkSummaryText(result, key.source));
  io.stdout(
    `\nWrote ${plural(result.table.length, "row")} to ${out} and the match report to ${reportPath}\n`,
  );
  return exitCodes.ok;
}

/**
 * The match report and row accounting as the terminal shows them.
 * @example linkSummaryText(await linkExtracts("data-samples/link", { key: SAMPLE_LINK_KEY }), "sample")
 */
export function linkSummaryText(r: LinkExtractsResult, keySource: string): string {
  const m = r.report;
  const a = r.accounting;
  const lines = [
    `Linked ${plural(m.indexEvents, "index event")} of ${plural(m.children, "child")} in ${plural(m.families, "family")} (key: ${keySource}); extract date ${formatDay(r.extractDay)}, window ${plural(r.window, "day")}.`,
    "",
    "Match report",
    ...table([
      ["source", "records", "matched", "unmatched", "duplicates", "cohort without"],
      ...m.sources.map((s) => [
        s.source === "allocation" ? "allocation (families)" : s.source,
        formatCount(s.records),
        formatCount(s.matched),
        formatCount(s.unmatched),
        formatCount(s.duplicates),
        formatCount(s.cohortWithout),
      ]),
    ]),
    `index events: ${plural(m.duplicateIndexEvents, "duplicate")}, ${formatCount(m.missingIndexDay)} without a date, ${formatCount(m.missingFamilyId)} without a family`,
    `one row per child, from the child's earliest linked index event: ${plural(m.laterIndexEvents, "later index event")} left out (index-event-later)${m.laterIndexEventExamples.length > 0 ? `: ${m.laterIndexEventExamples.join(", ")}${m.laterIndexEvents > m.laterIndexEventExamples.length ? " …" : ""}` : ""}`,
    `disagreements: LA ${plural(m.disagreementCounts.laCode, "child")}, family ${plural(m.disagreementCounts.familyId, "child")}`,
    ...disagreementLines(m),
    "",
    "Row accounting",
    ...table([
      ["", "count"],
      ["children in", formatCount(a.childrenIn)],
      ["index events in", formatCount(a.indexEventsIn)],
      ...EXCLUSION_REASONS.filter((reason) => reason !== "index-after-extract").map((reason) => [
        `  excluded: ${reason}`,
        formatCount(a.excluded[reason]),
      ]),
      ["linked", formatCount(a.linked)],
      ["  excluded: index-after-extract", formatCount(a.excluded["index-after-extract"])],
      ["rows out", formatCount(a.rowsOut)],
      ["children out", formatCount(a.childrenOut)],
      ["  censored (follow-up < window)", formatCount(a.censored)],
      ["  already looked after", formatCount(a.alreadyLookedAfter)],
      ["  age missing", formatCount(a.ageMissing)],
      ["  no children record", formatCount(a.childRecordMissing)],
    ]),
    "",
    "Files",
    ...table([
      ["file", "extract", "read", "accepted", "rejected"],
      ...r.files.map((f) => [
        f.file,
        f.schema ?? "(ignored)",
        formatCount(f.accounting.read),
        formatCount(f.accounting.accepted),
        formatCount(f.accounting.rejected),
      ]),
    ]),
  ];
  return `${lines.join("\n")}\n`;
}

function reportJson(r: LinkExtractsResult, keySource: string) {
  return {
    tool: "fgc-toolkit",
    toolVersion: TOOL_VERSION,
    extractDate: formatDay(r.extractDay),
    extractDateSource: r.extractDaySource,
    window: r.window,
    keySource,
    matchReport: r.report,
    rowAccounting: r.accounting,
    files: r.files.map((f) => ({
      file: f.file,
      extract: f.schema ?? null,
      sha256: f.sha256,
      ...f.accounting,
    })),
    issues: r.issues,
  };
}

function disagreementLines(m: MatchReport): string[] {
  return m.disagreements.map(
    (d) =>
      `  ${d.indexEvent ? `${d.indexEvent} (child ${d.childId.slice(0, 12)}…)` : `${d.childId.slice(0, 12)}…`} ${d.field}: ${d.values.map((v) => `${d.field === "familyId" ? `${v.value.slice(0, 12)}…` : v.value} (${v.sources.join(", ")})`).join(" vs ")}`,
  );
}

function table(rows: string[][]): string[] {
  const widths = rows[0].map((_, j) => Math.max(...rows.map((row) => row[j].length)));
  return rows.map((row) =>
    `  ${row.map((cell, j) => (j === 0 ? cell.padEnd(widths[j]) : cell.padStart(widths[j]))).join("  ")}`.trimEnd(),
  );
}

function printIssues(issues: readonly Issue[], io: CliIo): void {
  for (const issue of issues.slice(0, MAX_PRINTED)) io.stderr(`${issue.severity}: ${formatIssue(issue)}\n`);
  if (issues.length > MAX_PRINTED) {
    io.stderr(
      `… and ${plural(issues.length - MAX_PRINTED, "more problem")} (see the match report's issues)\n`,
    );
  }
}

function parseExtractDate(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const day = parseDay(text);
  if (day === null || day === undefined) {
    throw new UsageError(`--extract-date: expected a date YYYY-MM-DD or DD/MM/YYYY, got "${text}"`);
  }
  return day;
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/**
 * The default --out: reports/link-<folder name>/analysis.csv, a folder of its own, never the one
 * `fgc trial` writes for the same folder name (reports/trial-<name>/).
 * @example defaultLinkOut("data-samples/link") // "reports/link-link/analysis.csv"
 */
export function defaultLinkOut(folder: string): string {
  return join("reports", `link-${basename(resolve(folder)) || "extracts"}`, "analysis.csv");
}
