/**
 * Parquet to a RawTable with hyparquet (pure JavaScript; snappy built in). DATE and TIMESTAMP
 * columns arrive as Dates and become ISO text; INT64 as text; rows are numbered n + 1 as if the
 * column names were a header row.
 */
import { parquetMetadata, parquetReadObjects, parquetSchema } from "hyparquet";
import { cellText } from "./cell-text.js";
import { fileIssue } from "./file-issue.js";
import { createRawTableBuilder } from "./raw-table-builder.js";
import type { RawTable } from "./raw-table.js";
import { limitIssue, ReadLimitError, readLimits, tooManyColumns } from "./read-limits.js";

/**
 * Read Parquet bytes (the whole file in memory).
 * @example (await readParquet(bytes, "episodes.parquet")).header // ["CHILD", "DECOM", …]
 */
export async function readParquet(bytes: Uint8Array, file: string): Promise<RawTable> {
  const builder = createRawTableBuilder(file, "parquet");
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  let header: string[];
  let rows: Record<string, unknown>[];
  try {
    const metadata = parquetMetadata(buffer);
    header = parquetSchema(metadata).children.map((c) => c.element.name);
    // Refused from the footer, before a row is decoded.
    if (header.length > readLimits.maxColumns) {
      builder.issue(limitIssue(tooManyColumns(header.length, 1), file));
      return builder.finish(false);
    }
    rows = await parquetReadObjects({ file: buffer, metadata });
  } catch (error) {
    builder.issue(
      fileIssue("file-unreadable", file, `not a readable Parquet file (${(error as Error).message})`),
    );
    return builder.finish(false);
  }
  try {
    builder.add(header, 1);
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i];
      builder.add(
        header.map((h) => cellText(r[h])),
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
