// What a job of the browser app hands back to the page: the exit code the CLI would give, the
// text it would print on stdout and stderr, the files offered for download and the report.
import { DataError, formatIssue } from "../schema/issue.js";
import { exitCodes } from "../util/exit-codes.js";
import { FgcError } from "../util/errors.js";
import { stableStringify } from "../util/stable-json.js";

/** A file chosen in the page: its name and bytes. */
export interface AppFile {
  name: string;
  bytes: Uint8Array;
}

/** A download link: `label` is the link's text ("Download results.json"). */
export interface AppDownload {
  label: string;
  name: string;
  type: string;
  text: string;
}

export interface JobOutcome {
  /** 0 done, 1 problems in the data, 2 usage, 70 a bug: the CLI's exit codes. */
  exitCode: number;
  stdout: string;
  stderr: string;
  downloads: AppDownload[];
  /** The report as one HTML file (the CLI's index.html), when the job writes one. */
  reportHtml?: string;
}

/** Where a job writes its text, as the CLI writes to its streams. */
export interface JobText {
  out: string[];
  err: string[];
}

/**
 * The outcome of a job that threw, as the CLI reports it (cli/run-cli.ts): `fgc: message`, exit 2
 * for usage, 1 for data (with each issue on its line), 70 for a bug.
 * @example thrownOutcome(new UsageError("Period: expected 2023-24"), { out: [], err: [] }).exitCode // 2
 */
export function thrownOutcome(error: unknown, text: JobText): JobOutcome {
  const done = (exitCode: number): JobOutcome => ({
    exitCode,
    stdout: text.out.join(""),
    stderr: text.err.join(""),
    downloads: [],
  });
  if (error instanceof DataError) {
    for (const issue of error.issues) text.err.push(`${issue.severity}: ${formatIssue(issue)}\n`);
    text.err.push(`fgc: ${error.message}\n`);
    return done(exitCodes.data);
  }
  if (error instanceof FgcError) {
    text.err.push(`fgc: ${error.message}\n`);
    return done(
      error.code === "usage"
        ? exitCodes.usage
        : error.code === "data" || error.code === "io"
          ? exitCodes.data
          : exitCodes.internal,
    );
  }
  text.err.push(`fgc: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
  text.err.push("(this is a bug; please report it with the files' description, never the files)\n");
  return done(exitCodes.internal);
}

/**
 * The downloads of a job that writes a report, as the CLI writes its files: results.json and
 * plan.json (stable JSON, one newline at the end) and the report's index.html.
 * @example reportDownloads({ a: 1 }, { b: 2 }, "<html></html>").map((d) => d.label) // ["Download results.json", "Download report", "Download plan.json"]
 */
export function reportDownloads(result: unknown, plan: unknown, reportHtml: string): AppDownload[] {
  return [
    {
      label: "Download results.json",
      name: "results.json",
      type: "application/json",
      text: `${stableStringify(result)}\n`,
    },
    { label: "Download report", name: "index.html", type: "text/html", text: reportHtml },
    {
      label: "Download plan.json",
      name: "plan.json",
      type: "application/json",
      text: `${stableStringify(plan)}\n`,
    },
  ];
}
