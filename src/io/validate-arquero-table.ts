import type * as aq from "arquero";
import { rawTableFromArquero } from "./raw-table-from-arquero.js";
import { type ReadTableOptions, type ReadTableResult, validateRead } from "./validate-read.js";

/**
 * Validates an Arquero table as `readTable` validates a file: the schema inferred from the column
 * names (or `options.schema`), every problem as an Issue naming the table (`options.file`), row
 * (as in a CSV of the table: first data row = row 2), column and rule, and the accepted rows back
 * as an Arquero table with the row accounting (read = accepted + rejected).
 * @example validateArqueroTable(aq.table({ CHILD: ["A1"], DECOM: ["2021-02-05"] }), { schema: "episodes" }).issues
 */
export function validateArqueroTable(
  table: aq.ColumnTable,
  options: ReadTableOptions & { file?: string } = {},
): ReadTableResult {
  return validateRead(rawTableFromArquero(table, options.file), options);
}
