// What `fgc validate` writes and prints about a set of files once each is validated: the report
// file of `--out` (JSON, stable bytes, or the issues as CSV) and the closing totals line. Shared by
// the CLI and the browser app's Validate job, so both give the same bytes.
import { formatCount } from "../util/format-count.js";
import { plural } from "../util/plural.js";
import { stableStringify } from "../util/stable-json.js";
import { issuesToCsv } from "./issues-to-csv.js";
import { addAccounting } from "./row-accounting.js";
import type { ReadTableResult } from "./validate-read.js";

/** The fields of a result the report uses (an Arquero table need not be carried). */
export type ValidatedFile = Pick<ReadTableResult, "file" | "schema" | "accounting" | "issues">;

/**
 * The `--out` report: `kind` "json" (every file's schema, accounting and issues, with totals) or
 * "csv" (every issue, one a row). `fileCount` is the files named (an XML return may give several
 * tables).
 * @example validateReportText([result], 1, "json").startsWith("{") // true
 */
export function validateReportText(
  results: ValidatedFile[],
  fileCount: number,
  kind: "json" | "csv",
): string {
  const all = results.flatMap((r) => r.issues);
  if (kind === "csv") return issuesToCsv(all);
  const errors = all.filter((i) => i.severity === "error").length;
  return `${stableStringify({
    files: results.map((r) => ({
      file: r.file,
      schema: r.schema ?? null,
      accounting: r.accounting,
      issues: r.issues,
    })),
    totals: {
      files: fileCount,
      errors,
      warnings: all.length - errors,
      accounting: addAccounting(results.map((r) => r.accounting)),
    },
  })}\n`;
}

/**
 * The closing line: `7 files: 871 rows read, 859 accepted, 12 rejected; 12 errors, 3 warnings`.
 * @example validateTotalsLine([result], 1) // "1 file: 11 rows read, 11 accepted, 0 rejected; 0 errors, 0 warnings"
 */
export function validateTotalsLine(results: ValidatedFile[], fileCount: number): string {
  const all = results.flatMap((r) => r.issues);
  const errors = all.filter((i) => i.severity === "error").length;
  const total = addAccounting(results.map((r) => r.accounting));
  return (
    `${plural(fileCount, "file")}${results.length > fileCount ? ` (${plural(results.length, "table")})` : ""}: ${plural(total.read, "row")} read, ${formatCount(total.accepted)} accepted, ` +
    `${formatCount(total.rejected)} rejected; ${plural(errors, "error")}, ${plural(all.length - errors, "warning")}`
  );
}
