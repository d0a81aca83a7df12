// The whole step from records to the analysis-ready table, as one API call (what `fgc link` will
// run): pseudonymise and join (link/link-records.ts), then derive the outcomes and baseline
// columns with row accounting (build-analysis-table.ts).
import type { LinkInputs } from "../link/link-inputs.js";
import { type LinkOptions, linkRecords } from "../link/link-records.js";
import type { MatchReport } from "../link/match-report.js";
import {
  type AnalysisResult,
  type BuildAnalysisOptions,
  buildAnalysisTable,
} from "./build-analysis-table.js";

export interface LinkAndDeriveResult extends AnalysisResult {
  report: MatchReport;
}

/**
 * The whole step from records to the analysis-ready table in one call: `linkRecords`, then
 * `buildAnalysisTable`, with the match report (what `fgc link` runs after reading the files).
 * @example
 * ```ts
 * import { linkAndDerive, linkInputsFromTables } from "fgc-toolkit";
 * import { readTable } from "fgc-toolkit/node";
 * const read = async (name: string) => [(await readTable(`data-samples/link/${name}.csv`)).columns];
 * const inputs = linkInputsFromTables({
 *   children: await read("children"),
 *   "index-events": await read("index-events"),
 *   allocation: await read("allocation"),
 *   "fgc-records": await read("fgc-records"),
 *   episodes: await read("episodes"),
 *   court: await read("court"),
 * });
 * const result = linkAndDerive(inputs, { key: "not-a-real-key", extractDay: 20178 }); // 2025-03-31
 * result.accounting.rowsOut; // => 11
 * result.report.children; // => 12
 * ```
 */
export function linkAndDerive(
  inputs: LinkInputs,
  options: LinkOptions & BuildAnalysisOptions,
): LinkAndDeriveResult {
  const linked = linkRecords(inputs, options);
  return { ...buildAnalysisTable(linked, options), report: linked.report };
}
