import type * as aq from "arquero";
import { shortenValue } from "../util/shorten-value.js";
import { cellText } from "./cell-text.js";
import { fileIssue } from "./file-issue.js";
import type { RawTable } from "./raw-table.js";
import { createRawTableBuilder } from "./raw-table-builder.js";
import { limitIssue, ReadLimitError } from "./read-limits.js";

/**
 * An Arquero table as the raw table every reader produces, so that a researcher's table goes
 * through the same validators, with the same messages, as a file (issue 15, item 6).
 *
 * Each value becomes the text a CSV of the same table would hold (io/cell-text.ts): null,
 * undefined and empty text are blank; numbers at 15 significant digits, NaN as `NaN` (which a
 * numeric column refuses, naming row and column); a Date at midnight UTC as `yyyy-mm-dd`.
 * Rows are numbered as in that CSV (header = row 1, first data row = row 2), in the table's
 * current order and filter. A cell holding an object or array is `json-value-nested` on its row,
 * which the validator rejects; a row in which every cell is blank is counted as blank, as in a file.
 * Format `json`: the cells are typed values from memory, as a JSON file's are.
 * @example
 * ```ts
 * import { rawTableFromArquero } from "fgc-toolkit";
 * import { readTable } from "fgc-toolkit/node";
 * const { table } = await readTable("data-samples/episodes.csv");
 * const raw = rawTableFromArquero(table.select("CHILD", "PLACE").slice(0, 2), "episodes");
 * raw.header; // => ["CHILD", "PLACE"]
 * raw.columns; // => [["303894", "303894"], ["U6", "U6"]]
 * raw.rowNumbers; // => [2, 3]
 * ```
 */
export function rawTableFromArquero(table: aq.ColumnTable, file = "Arquero table"): RawTable {
  const builder = createRawTableBuilder(file, "json");
  const names = table.columnNames();
  const columns = names.map((name) => table.array(name) as ArrayLike<unknown>);
  try {
    builder.add(names, 1);
    const cells: (string | null)[] = new Array(names.length);
    for (let i = 0; i < table.numRows(); i++) {
      for (let j = 0; j < names.length; j++) {
        const v = columns[j][i];
        if (v !== null && typeof v === "object" && !(v instanceof Date)) {
          const issue = fileIssue(
            "json-value-nested",
            file,
            `the cell holds ${Array.isArray(v) ? "an array" : "an object"}, not a single value; derive a string, number, true, false or null`,
            i + 2,
          );
          issue.column = names[j];
          issue.value = shortenValue(cellText(v) ?? "");
          builder.issue(issue);
          // Not blank: a row holding only this cell must be rejected, not skipped as blank.
          cells[j] = issue.value;
        } else cells[j] = cellText(v);
      }
      builder.add(cells, i + 2);
    }
  } catch (error) {
    if (!(error instanceof ReadLimitError)) throw error;
    builder.issue(limitIssue(error, file));
    return builder.finish(false);
  }
  return builder.finish(true);
}
