// `fgc return <folder> --period YYYY-YY [--threshold N] [--follow-up-end DATE] [--out FILE]`:
// the LA's aggregate FGC return (la-return long layout) from the CIN census and SSDA903 files it
// already submits, recognised by content in the folder, with a terminal summary. Exit 0 written,
// 1 data errors (nothing written when the return cannot be computed or a file in the folder is not
// used: unrecognised files are errors unless --exclude names them), 2 usage.
import { randomBytes } from "node:crypto";
import { statSync } from "node:fs";
import { join } from "node:path";
import { checkOutputPath } from "../io/node/check-output-path.js";
import { readFamilyLookup } from "../io/node/read-family-lookup.js";
import { readReturnsFolder } from "../io/node/read-returns-folder.js";
import { writeFileAtomic } from "../io/node/write-file-atomic.js";
import { dfeLaCodePattern, gssCodePattern } from "../schema/checks/la-code-check.js";
import { DataError, formatIssue, type Issue } from "../schema/issue.js";
import { RETURN_MEASURES } from "../returns/return-measures.js";
import { returnCsv } from "../returns/return-csv.js";
import { parseReturnPeriod } from "../returns/return-period.js";
import type { ReturnResult } from "../returns/result.js";
import { runReturn } from "../returns/run.js";
import { parseDay } from "../util/dates.js";
import { UsageError } from "../util/errors.js";
import { formatCount } from "../util/format-count.js";
import { plural } from "../util/plural.js";
import type { CliIo } from "./cli-io.js";
import { requireFile } from "./require-file.js";
import type { ReturnCommandOptions } from "./return-options.js";
import { exitCodes } from "../util/exit-codes.js";
import { type FlagNames, flagWording, withFlagWording } from "../util/flag-wording.js";

/** The options of runReturn as `fgc return` spells them. */
const RETURN_FLAGS: FlagNames = {
  "options.period": "--period",
  "options.threshold": "--threshold",
  "options.followUpEnd": "--follow-up-end",
  "the exclude option": "--exclude",
};

/**
 * Run the command and return its exit code; usage errors are thrown (the program maps them to 2).
 * @example await returnCommandRun("data-samples/returns", { period: "2023-24" }, io) // 0
 */
export async function returnCommandRun(
  folder: string,
  options: ReturnCommandOptions,
  io: CliIo,
): Promise<number> {
  const period = withFlagWording(RETURN_FLAGS, () => parseReturnPeriod(options.period ?? "")).label;
  const threshold = parseThreshold(options.threshold ?? "5");
  const followUpEnd = parseFollowUpEnd(options.followUpEnd);
  checkFolder(folder);
  const inputs = [folder, options.families];
  if (options.out !== undefined) checkOutputPath(options.out, "file", { inputs });
  if (options.families !== undefined) requireFile(options.families, "--families");
  const lookup = options.families === undefined ? undefined : await readFamilyLookup(options.families);
  const read = await readReturnsFolder(folder, { exclude: options.exclude ?? [] });
  const input = lookup ? { ...read, issues: [...read.issues, ...lookup.issues] } : read;
  let result: ReturnResult;
  try {
    result = withFlagWording(RETURN_FLAGS, () =>
      runReturn(input, {
        period,
        threshold,
        followUpEnd,
        families: lookup?.families,
        linkKey: randomBytes(32),
      }),
    );
  } catch (error) {
    if (!(error instanceof DataError)) throw error;
    printIssues(error.issues, io);
    io.stderr(`fgc return: ${flagWording(error.message, RETURN_FLAGS)}\n`);
    return exitCodes.data;
  }
  printIssues(result.issues, io);
  // A record rejected with an error is missing from the counts: a return from the rest would be
  // published as if complete, so none is written.
  const errors = result.issues.filter((i) => i.severity === "error");
  if (errors.length > 0) {
    io.stderr(
      `fgc return: ${plural(errors.length, "error")} in the returns, so no return is written; first: ${formatIssue(errors[0])}\n`,
    );
    return exitCodes.data;
  }
  const out = options.out ?? defaultReturnPath(result);
  checkOutputPath(out, "file", { inputs });
  writeFileAtomic(out, returnCsv(result));
  io.stdout(returnSummaryText(result));
  io.stdout(`\nWrote ${out} (${plural(result.rows.length, "row")})\n`);
  return exitCodes.ok;
}

/**
 * reports/fgc-return-<LA>-<period>.csv. The LA code comes from the census file, so it is used in
 * the name only when it is a plain code (letters and digits, as DfE and GSS codes are): an LEA
 * such as "../../etc/x" or "=cmd()" gives "la" instead, never a path outside reports/.
 * @example defaultReturnPath({ laCode: "999", period: "2023-24" }) // "reports/fgc-return-999-2023-24.csv"
 */
export function defaultReturnPath(result: Pick<ReturnResult, "laCode" | "period">): string {
  const la =
    dfeLaCodePattern.test(result.laCode) || gssCodePattern.test(result.laCode) ? result.laCode : "la";
  const period = /^\d{4}-\d{2}$/.test(result.period) ? result.period : "period";
  return join("reports", `fgc-return-${la}-${period}.csv`);
}

/** The terminal summary. */
export function returnSummaryText(r: ReturnResult): string {
  const s = r.summary;
  const lines: string[] = [];
  lines.push(`FGC return ${r.period} for LA ${r.laCode || "(no LEA)"}, follow-up to ${r.followUpEnd}`);
  lines.push(
    `  CIN census: ${s.censuses.map((c) => `${c.file} (ReferenceDate ${c.referenceDate}, ${plural(c.children, "child")})`).join("; ")}`,
  );
  lines.push(
    `  SSDA903: ${s.ssda903Files.length === 0 ? "none" : s.ssda903Files.map((f) => `${f.file} (${plural(f.episodes, "episode")})`).join("; ")}`,
  );
  lines.push(
    `  letters before proceedings: ${formatCount(s.letters)} in the censuses, ${formatCount(s.lettersInPeriod)} in ${r.period}`,
  );
  lines.push(
    `  CIN LAchildID against 903 CHILD: ${formatCount(r.match.both)} in both, ${formatCount(r.match.cinOnly)} CIN only, ${formatCount(r.match.ssda903Only)} 903 only`,
  );
  lines.push("");
  const all = new Map(r.rows.filter((x) => x.breakdown === "all").map((x) => [x.measure, x.value]));
  const width = Math.max(...RETURN_MEASURES.map((m) => m.length), 33);
  const shown = [
    ...r.rows.filter((x) => x.breakdown === "all" && x.measure.startsWith("families_")).map((x) => x.measure),
    ...RETURN_MEASURES,
  ];
  for (const m of shown) lines.push(`  ${m.padEnd(width)}  ${cellText(all.get(m)).padStart(7)}`);
  lines.push("");
  if (r.outcomes.status !== "all") lines.push(`  ${r.outcomes.text}`);
  if (r.issues.some((i) => i.rule === "return-period-before-census"))
    lines.push(
      `  counts for ${r.period} may be incomplete: the period starts before the earliest census's year (warning return-period-before-census above)`,
    );
  if (r.threshold === 0)
    lines.push(
      "  DISCLOSURE CONTROL OFF (--threshold 0): small counts are shown; for internal use only, do not publish",
    );
  else
    lines.push(
      `  disclosure control: counts 1–${r.threshold} written c; ${formatCount(s.suppressedPrimary)} primary, ${formatCount(s.suppressedSecondary)} secondary ${s.suppressedPrimary + s.suppressedSecondary === 1 ? "cell" : "cells"} hidden`,
    );
  for (const note of r.notes.slice(1)) lines.push(`  note: ${flagWording(note, RETURN_FLAGS)}`);
  const errors = r.issues.filter((i) => i.severity === "error").length;
  lines.push(
    `  ${plural(errors, "error")}, ${plural(r.issues.length - errors, "warning")}${r.issues.length > 0 ? " (listed above)" : ""}`,
  );
  return `${lines.join("\n")}\n`;
}

function printIssues(issues: readonly Issue[], io: CliIo): void {
  const shown = 20;
  for (const issue of issues.slice(0, shown)) io.stderr(`${issue.severity}: ${formatIssue(issue)}\n`);
  if (issues.length > shown) io.stderr(`… and ${plural(issues.length - shown, "more problem")}\n`);
}

/** reports/fgc-return-<la>-<period>.csv, named only from a validated LA code and period. */
function checkFolder(folder: string): void {
  let directory = false;
  try {
    directory = statSync(folder).isDirectory();
  } catch {
    throw new UsageError(
      `<folder>: no folder ${JSON.stringify(folder)}; give the folder holding the returns`,
    );
  }
  if (!directory)
    throw new UsageError(
      `<folder>: ${JSON.stringify(folder)} is a file; give the folder holding the returns (every file in it is read)`,
    );
}

function parseThreshold(text: string): number {
  const n = Number(text);
  if (!/^\d+$/.test(text.trim()) || n > 100)
    throw new UsageError(`--threshold: expected a whole number 0–100, got ${JSON.stringify(text)}`);
  return n;
}

function parseFollowUpEnd(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const day = parseDay(text);
  if (typeof day !== "number")
    throw new UsageError(
      `--follow-up-end: expected a date YYYY-MM-DD or DD/MM/YYYY, got ${JSON.stringify(text)}`,
    );
  return day;
}

/** A cell of the summary: a count with thousands separators, a symbol (`c`, `:`) as written. */
function cellText(value: string | number | undefined): string {
  return typeof value === "number" ? formatCount(value) : (value ?? "");
}
