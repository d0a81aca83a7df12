/**
 * Apache Arrow IPC (file or stream format, e.g. from pandas/pyarrow, R arrow or Arquero's
 * toArrow) to a RawTable. Date and timestamp columns become ISO text so that they go through the
 * same date parsing as a CSV; rows are numbered n + 1 as if the field names were a header row.
 */
import { DataType, tableFromIPC } from "apache-arrow";
import { cellText, dateText } from "./cell-text.js";
import { fileIssue } from "./file-issue.js";
import { createRawTableBuilder } from "./raw-table-builder.js";
import type { RawTable } from "./raw-table.js";

/**
 * Read Arrow IPC bytes.
 * @example readArrow(tableToIPC(tableFromArrays({ CHILD: ["A1"] })), "e.arrow").columns // [["A1"]]
 */
export function readArrow(bytes: Uint8Array, file: string): RawTable {
  const builder = createRawTableBuilder(file, "arrow");
  let table: ReturnType<typeof tableFromIPC>;
  try {
    table = tableFromIPC(bytes);
  } catch (error) {
    builder.issue(
      fileIssue("file-unreadable", file, `not a readable Arrow IPC file (${(error as Error).message})`),
    );
    return builder.finish(false);
  }
  const fields = table.schema.fields;
  const columns = fields.map((f, j) => {
    const vector = table.getChildAt(j);
    const isDate = DataType.isDate(f.type) || DataType.isTimestamp(f.type);
    const out: (string | null)[] = new Array(table.numRows);
    for (let i = 0; i < table.numRows; i++) {
      const v: unknown = vector?.get(i);
      out[i] =
        isDate && (typeof v === "number" || typeof v === "bigint")
          ? dateText(new Date(Number(v)))
          : cellText(v);
    }
    return out;
  });
  builder.add(
    fields.map((f) => f.name),
    1,
  );
  for (let i = 0; i < table.numRows; i++) {
    builder.add(
      columns.map((c) => c[i]),
      i + 2,
    );
  }
  return builder.finish(true);
}
