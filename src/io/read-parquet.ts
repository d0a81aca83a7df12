// Parquet to a RawTable with hyparquet (pure JavaScript; snappy built in). DATE and TIMESTAMP
// columns arrive as Dates and become ISO text: a UTC-adjusted timestamp whose Arrow schema
// (`ARROW:schema`) names a zone as the wall clock of that zone, other timestamps as their UTC
// wall clock; INT64 as text; rows are numbered n + 1 as if the column names were a header row.
import { parquetMetadata, parquetReadObjects, parquetSchema } from "hyparquet";
import { cellText } from "./cell-text.js";
import { fileIssue } from "./file-issue.js";
import { createRawTableBuilder } from "./raw-table-builder.js";
import type { RawTable } from "./raw-table.js";
import { parquetTimestampZones } from "./parquet-timestamp-zones.js";
import { limitIssue, ReadLimitError, readLimits, tooManyColumns } from "./read-limits.js";
import { zonedDateText } from "./zoned-date-text.js";

/**
 * Read Parquet bytes (the whole file in memory).
 * @example (await readParquet(bytes, "episodes.parquet")).header // ["CHILD", "DECOM", …]
 */
export async function readParquet(bytes: Uint8Array, file: string): Promise<RawTable> {
  const builder = createRawTableBuilder(file, "parquet");
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  let header: string[];
  let rows: Record<string, unknown>[];
  let zones: Map<string, string>;
  try {
    const metadata = parquetMetadata(buffer);
    header = parquetSchema(metadata).children.map((c) => c.element.name);
    // Refused from the footer, before a row is decoded.
    if (header.length > readLimits.maxColumns) {
      builder.issue(limitIssue(tooManyColumns(header.length, 1), file));
      return builder.finish(false);
    }
    zones = await parquetTimestampZones(metadata);
    rows = await parquetReadObjects({ file: buffer, metadata });
  } catch (error) {
    builder.issue(
      fileIssue("file-unreadable", file, `not a readable Parquet file (${(error as Error).message})`),
    );
    return builder.finish(false);
  }
  // A timestamp written in a zone reads as the wall clock there (io/zoned-date-text.ts).
  const texts = header.map((h) => {
    const zone = zones.get(h);
    return zone === undefined ? cellText : zonedCellText(zonedDateText(zone));
  });
  const unknown = header.find((_, j) => texts[j] === undefined);
  if (unknown !== undefined) {
    builder.issue(
      fileIssue(
        "file-unreadable",
        file,
        `column ${unknown}: time zone ${JSON.stringify(zones.get(unknown))} is not one this system knows, so its dates cannot be read`,
      ),
    );
    return builder.finish(false);
  }
  try {
    builder.add(header, 1);
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i];
      builder.add(
        header.map((h, j) => (texts[j] as (v: unknown) => string | null)(r[h])),
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

/** Cell text of a Date (or epoch number) through a zone's wall clock; other values as cellText. */
function zonedCellText(toText: ((ms: number) => string) | undefined) {
  if (toText === undefined) return undefined;
  return (v: unknown): string | null =>
    v instanceof Date && !Number.isNaN(v.getTime()) ? toText(v.getTime()) : cellText(v);
}
