// `fgc link` as one API call: read a folder of extracts (read-link-inputs.ts), pseudonymise and
// join (link/link-records.ts), derive the outcomes with row accounting
// (outcomes/build-analysis-table.ts). Nothing is written; the CLI writes the table and report.
//
// Choices: the extract date (end of follow-up) is the one given, else the latest date in any of
// the extracts (`extractDaySource: "latest-date"`, which the CLI prints as a warning, since a too
// early extract date censors follow-up); a missing extract stops the link with a DataError
// (`link-extract-missing`); rows rejected by validation are not linked and are counted in `files`.
import type { LinkOptions } from "../link/link-records.js";
import type { BuildAnalysisOptions } from "../outcomes/build-analysis-table.js";
import { type LinkAndDeriveResult, linkAndDerive } from "../outcomes/link-and-derive.js";
import { DataError, type Issue } from "../schema/issue.js";
import { type LinkFile, readLinkInputs } from "./read-link-inputs.js";

export interface LinkExtractsOptions extends Omit<BuildAnalysisOptions, "extractDay">, LinkOptions {
  /** Extract date (end of follow-up), day number; default the latest date in the extracts. */
  extractDay?: number;
}

export interface LinkExtractsResult extends LinkAndDeriveResult {
  /** Every data file of the folder: its extract, hash and validation accounting. */
  files: LinkFile[];
  /** Validation issues of every file (rows with errors are not linked). */
  issues: Issue[];
  extractDay: number;
  extractDaySource: "given" | "latest-date";
  window: number;
}

/**
 * `fgc link` as one call: reads and validates every extract in the folder, pseudonymises and
 * links them with the key, and derives the outcomes in the window (default 365 days) up to the
 * extract date (default the latest date in the extracts), with the match report and the row
 * accounting.
 * @example
 * ```ts
 * import { linkExtracts, SAMPLE_LINK_KEY } from "fgc-toolkit/node";
 * const linked = await linkExtracts("data-samples/link", { key: SAMPLE_LINK_KEY });
 * linked.window; // => 365
 * linked.extractDaySource; // => "latest-date"
 * [linked.report.children, linked.report.families]; // => [12, 11]
 * linked.accounting.rowsOut; // => 11
 * ```
 */
export async function linkExtracts(
  folder: string,
  options: LinkExtractsOptions,
): Promise<LinkExtractsResult> {
  const read = await readLinkInputs(folder, { extractDay: options.extractDay });
  const missing = read.issues.filter((i) => i.rule === "link-extract-missing");
  if (missing.length > 0)
    throw new DataError(missing, `${folder}: ${missing.map((i) => i.message).join("; ")}`);
  const extractDay = options.extractDay ?? read.latestDay;
  if (extractDay === null) {
    throw new DataError(
      read.issues,
      `${folder}: no dated record in the extracts, so no extract date; pass one`,
    );
  }
  const window = options.window ?? 365;
  const result = linkAndDerive(read.inputs, { ...options, extractDay, window });
  return {
    ...result,
    files: read.files,
    issues: read.issues,
    extractDay,
    extractDaySource: options.extractDay === undefined ? "latest-date" : "given",
    window,
  };
}
