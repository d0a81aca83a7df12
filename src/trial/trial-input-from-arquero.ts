import type * as aq from "arquero";
import { rawTableFromArquero } from "../io/raw-table-from-arquero.js";
import { sha256, toHex } from "../link/hmac-sha256.js";
import type { Issue } from "../schema/issue.js";
import { stableStringify } from "../util/stable-json.js";
import type { TrialInput } from "./run.js";
import { type TrialInputOptions, trialInputFromRaw } from "./trial-input-from-raw.js";

/**
 * The trial pipeline's input from an Arquero table of the analysis-ready trial file (one row per
 * child, the `trial-analysis` columns), so that `runTrial` analyses a table a researcher has
 * loaded or derived with Arquero verbs: `runTrial(trialInputFromArquero(t, TOOL_VERSION).input, plan)`.
 * The table is validated as the file would be (same rules, messages and row accounting; rows
 * numbered as in a CSV of the table), and results.json names it `options.file` (default
 * "Arquero table") with the SHA-256 of its header and cells as text, so the same table gives
 * the same hash. `extraColumns` are read as by readTrialInput (a plan's subgroup on a derived
 * column, such as an age band).
 * @example
 * ```ts
 * import { readTable } from "fgc-toolkit/node";
 * import { trialInputFromArquero } from "fgc-toolkit";
 * // readTable gives dates as days since 1970-01-01; the trial file's rules want them as text
 * const { table } = await readTable("data-samples/trial/analysis.csv");
 * const derived = table.derive({
 *   index_date: "d => op.format_utcdate(d.index_date * 86400000, true)",
 *   under_5: "d => d.age_years < 5 ? 'yes' : 'no'",
 * });
 * const { input, issues } = trialInputFromArquero(derived, "1.0.0", { extraColumns: ["under_5"] });
 * issues.length; // => 0
 * input.accounting; // => { "read": 2537, "excluded": [] }
 * input.inputs[0].file; // => "Arquero table"
 * ```
 */
export function trialInputFromArquero(
  table: aq.ColumnTable,
  toolVersion: string,
  options: TrialInputOptions & { file?: string } = {},
): { input: TrialInput; issues: Issue[] } {
  const raw = rawTableFromArquero(table, options.file);
  const text = stableStringify({ header: raw.header, columns: raw.columns }, 0);
  const hash = toHex(sha256(new TextEncoder().encode(text)));
  return trialInputFromRaw(raw, toolVersion, { ...options, sha256: hash });
}
