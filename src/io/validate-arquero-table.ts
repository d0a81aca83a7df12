import type * as aq from "arquero";
import { rawTableFromArquero } from "./raw-table-from-arquero.js";
import { type ReadTableOptions, type ReadTableResult, validateRead } from "./validate-read.js";

/**
 * Validates an Arquero table as `readTable` validates a file: the schema inferred from the column
 * names (or `options.schema`), every problem as an Issue naming the table (`options.file`), row
 * (as in a CSV of the table: first data row = row 2), column and rule, and the accepted rows back
 * as an Arquero table with the row accounting (read = accepted + rejected).
 * @example
 * ```ts
 * import { validateArqueroTable } from "fgc-toolkit";
 * import { readTable } from "fgc-toolkit/node";
 * const { table } = await readTable("data-samples/episodes.csv"); // dates read as day numbers
 * const mine = table.derive({
 *   DECOM: "d => op.format_utcdate(d.DECOM * 86400000, true)",
 *   DEC: "d => d.DEC == null ? null : op.format_utcdate(d.DEC * 86400000, true)",
 * });
 * const checked = validateArqueroTable(mine, { file: "my episodes" });
 * checked.schema; // => "episodes"
 * checked.accounting; // => {"read": 114, "accepted": 114, "rejected": 0, "rejectedByRule": {}}
 * ```
 */
export function validateArqueroTable(
  table: aq.ColumnTable,
  options: ReadTableOptions & { file?: string } = {},
): ReadTableResult {
  return validateRead(rawTableFromArquero(table, options.file), options);
}
