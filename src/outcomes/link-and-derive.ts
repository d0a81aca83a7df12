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
 * @example linkAndDerive(inputs, { key: "from-the-key-file", extractDay: 19723 }).accounting.rowsOut
 */
export function linkAndDerive(
  inputs: LinkInputs,
  options: LinkOptions & BuildAnalysisOptions,
): LinkAndDeriveResult {
  const linked = linkRecords(inputs, options);
  return { ...buildAnalysisTable(linked, options), report: linked.report };
}
