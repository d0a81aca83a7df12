// Apache Arrow IPC (file or stream format, e.g. from pandas/pyarrow, R arrow or Arquero's
// toArrow) to a RawTable. Date and timestamp columns become ISO text so that they go through the
// same date parsing as a CSV: a timestamp with a time zone as the wall clock of its zone (the
// date a caseworker wrote; in UTC, 2023-04-01T00:00 in London would read as 31 March), one
// without as its UTC wall clock. Rows are numbered n + 1 as if the field names were a header row.
import { DataType, RecordBatchReader, Table } from "apache-arrow";
import { cellText, dateText } from "./cell-text.js";
import { fileIssue } from "./file-issue.js";
import { createRawTableBuilder } from "./raw-table-builder.js";
import type { RawTable } from "./raw-table.js";
import { limitIssue, ReadLimitError, readLimits, tooManyColumns } from "./read-limits.js";
import { zonedDateText } from "./zoned-date-text.js";

/**
 * Read Arrow IPC bytes.
 * @example readArrow(tableToIPC(tableFromArrays({ CHILD: ["A1"] })), "e.arrow").columns // [["A1"]]
 */
export function readArrow(bytes: Uint8Array, file: string): RawTable {
  const builder = createRawTableBuilder(file, "arrow");
  let table: Table;
  try {
    // The schema first: a table too wide is refused before its batches are decoded (16,385
    // empty columns take seconds to decode, the schema a fraction of that).
    const reader = RecordBatchReader.from(bytes);
    reader.open();
    const width = reader.schema.fields.length;
    if (width > readLimits.maxColumns) {
      builder.issue(limitIssue(tooManyColumns(width, 1), file));
      return builder.finish(false);
    }
    table = new Table(reader.readAll());
  } catch (error) {
    builder.issue(
      fileIssue("file-unreadable", file, `not a readable Arrow IPC file (${(error as Error).message})`),
    );
    return builder.finish(false);
  }
  const fields = table.schema.fields;
  const columns: (string | null)[][] = [];
  for (let j = 0; j < fields.length; j++) {
    const f = fields[j];
    const vector = table.getChildAt(j);
    const toText = dateTextOf(f.type);
    if (toText === undefined) {
      builder.issue(
        fileIssue(
          "file-unreadable",
          file,
          `column ${f.name}: time zone ${JSON.stringify((f.type as { timezone?: string }).timezone)} is not one this system knows, so its dates cannot be read`,
        ),
      );
      return builder.finish(false);
    }
    const out: (string | null)[] = new Array(table.numRows);
    for (let i = 0; i < table.numRows; i++) {
      const v: unknown = vector?.get(i);
      out[i] =
        toText !== null && (typeof v === "number" || typeof v === "bigint") ? toText(Number(v)) : cellText(v);
    }
    columns.push(out);
  }
  builder.add(
    fields.map((f) => f.name),
    1,
  );
  try {
    for (let i = 0; i < table.numRows; i++) {
      builder.add(
        columns.map((c) => c[i]),
        i + 2,
      );
    }
  } catch (error) {
    if (!(error instanceof ReadLimitError)) throw error;
    builder.issue(limitIssue(error, file));
    return builder.finish(false);
  }
  return builder.finish(true);
}

/**
 * How a column's values become date text: null for a column that is not a date; for a timestamp
 * with a time zone, the wall clock in that zone (undefined if the zone is unknown); for dates and
 * zone-less timestamps, the UTC wall clock the milliseconds stand for.
 */
function dateTextOf(type: DataType): ((ms: number) => string) | null | undefined {
  if (DataType.isTimestamp(type)) {
    const zone = (type as { timezone?: string | null }).timezone;
    if (zone) return zonedDateText(zone);
    return (ms) => dateText(new Date(ms));
  }
  if (DataType.isDate(type)) return (ms) => dateText(new Date(ms));
  return null;
}
