// Time zones of a Parquet file's UTC-adjusted TIMESTAMP columns. Parquet itself keeps only
// "adjusted to UTC"; the zone the data were written in is in the Arrow schema that pyarrow (and
// Arrow C++, R arrow) store in the file's key-value metadata as `ARROW:schema` (base64 of an IPC
// schema message). Without it the UTC wall clock is all there is.
import type { FileMetaData } from "hyparquet";

/**
 * Column name -> time zone, for the UTC-adjusted timestamp columns whose Arrow field has one.
 * Empty when there are none, no `ARROW:schema`, or it cannot be decoded. apache-arrow is loaded
 * only when a file needs it.
 * @example await parquetTimestampZones(metadata) // Map { "DECOM" => "Europe/London" }
 */
export async function parquetTimestampZones(metadata: FileMetaData): Promise<Map<string, string>> {
  const zones = new Map<string, string>();
  const adjusted = metadata.schema.some(
    (e) => e.logical_type?.type === "TIMESTAMP" && e.logical_type.isAdjustedToUTC,
  );
  const encoded = metadata.key_value_metadata?.find((kv) => kv.key === "ARROW:schema")?.value;
  if (!adjusted || encoded === undefined) return zones;
  try {
    const message = Uint8Array.from(atob(encoded), (c) => c.charCodeAt(0));
    // The schema message followed by an end-of-stream marker is an IPC stream of no batches.
    const stream = new Uint8Array(message.length + 8);
    stream.set(message);
    stream.set([0xff, 0xff, 0xff, 0xff, 0, 0, 0, 0], message.length);
    const { DataType, RecordBatchReader } = await import("apache-arrow");
    const reader = RecordBatchReader.from(stream);
    reader.open();
    for (const field of reader.schema.fields) {
      const zone = DataType.isTimestamp(field.type) ? field.type.timezone : null;
      if (zone) zones.set(field.name, zone);
    }
  } catch {
    // An undecodable schema leaves the UTC wall clock, as for a file without one.
  }
  return zones;
}
