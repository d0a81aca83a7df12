// A file's bytes already in memory (chosen in the browser app, or read whole by the CLI) to a
// RawTable: the browser-safe core of io/node/read-raw-file.ts, which reads JSON, Arrow and
// Parquet through it, and CSV/TSV through the same chunked reader (io/read-delimited-chunks.ts).
// XLSX is refused here: its zip parts are inflated and checked first (io/zip-inflation-steps.ts),
// which needs an inflater this synchronous reader lacks; io/node/read-raw-file.ts (zlib) and the
// app's app/read-app-file.ts (DecompressionStream) make that check and then call io/read-xlsx.ts.
import { formatFromName, sniffMismatch } from "./detect-format.js";
import { fileIssue } from "./file-issue.js";
import { findInvalidUtf8 } from "./find-invalid-utf8.js";
import { emptyRawTable, type FileFormat, type RawTable } from "./raw-table.js";
import { memoryDelimitedSource, readDelimitedChunks } from "./read-delimited-chunks.js";
import { readJsonText } from "./read-json.js";

export interface ReadRawBytesOptions {
  /** Override the format the name implies. */
  format?: FileFormat;
  /** Refuse files larger than this many bytes (`file-too-large`). */
  maxBytes?: number;
}

/**
 * Read bytes into a RawTable; problems with the file are issues on the returned table.
 * @example (await readRawBytes(new TextEncoder().encode("CHILD\nA1\n"), "c.csv")).header // ["CHILD"]
 */
export async function readRawBytes(
  bytes: Uint8Array,
  file: string,
  options: ReadRawBytesOptions = {},
): Promise<RawTable> {
  const format = options.format ?? formatFromName(file) ?? sniffBytesFormat(bytes);
  if (format === "csv" || format === "tsv")
    return readDelimitedChunks(memoryDelimitedSource(bytes, file, options.maxBytes), format);
  const size = bytes.length;
  if (size === 0)
    return emptyRawTable(file, format, [fileIssue("file-empty", file, "the file has no bytes")]);
  if (options.maxBytes !== undefined && size > options.maxBytes) {
    return emptyRawTable(file, format, [
      fileIssue(
        "file-too-large",
        file,
        `${size} bytes is over the limit of ${options.maxBytes} bytes; split the file or raise --max-bytes`,
      ),
    ]);
  }
  return readWholeBytes(bytes, file, format);
}

/**
 * JSON, Arrow or Parquet bytes (size already checked) to a RawTable, after checking the content
 * is what the format says; XLSX and XML are issues (read elsewhere).
 * @example (await readWholeBytes(new TextEncoder().encode('[{"a":1}]'), "a.json", "json")).header // ["a"]
 */
export async function readWholeBytes(bytes: Uint8Array, file: string, format: FileFormat): Promise<RawTable> {
  const mismatch = sniffMismatch(bytes.subarray(0, 8192), format);
  if (mismatch !== undefined) {
    return emptyRawTable(file, format, [
      fileIssue("file-format-mismatch", file, `named .${format} but the content is ${mismatch}`),
    ]);
  }
  switch (format) {
    case "csv":
    case "tsv":
      return readDelimitedChunks(memoryDelimitedSource(bytes, file), format);
    case "json": {
      const bad = findInvalidUtf8(bytes);
      if (bad >= 0)
        return emptyRawTable(file, format, [
          fileIssue("file-not-utf8", file, `the text is not UTF-8 (byte at offset ${bad})`),
        ]);
      return readJsonText(new TextDecoder().decode(bytes), file);
    }
    // The binary readers load their libraries (apache-arrow, hyparquet) only when a file of
    // theirs is read.
    case "arrow":
      return (await import("./read-arrow.js")).readArrow(bytes, file);
    case "parquet":
      return (await import("./read-parquet.js")).readParquet(bytes, file);
    case "xlsx":
      return emptyRawTable(file, format, [
        fileIssue(
          "file-unreadable",
          file,
          'an XLSX workbook is read with its zip checks first (readRawFile, or the browser app), not from bytes alone; save the sheet as "CSV UTF-8" to read it here',
        ),
      ]);
    case "xml":
      return emptyRawTable(file, format, [
        fileIssue(
          "file-unreadable",
          file,
          "an XML return is read by the SSDA903 or CIN census reader, not as a table",
        ),
      ]);
  }
}

/**
 * For a name with no known extension: what the first bytes say.
 * @example sniffBytesFormat(new TextEncoder().encode('[{"a":1}]')) // "json"
 */
export function sniffBytesFormat(bytes: Uint8Array): FileFormat {
  const head = bytes.subarray(0, 16);
  const text = new TextDecoder()
    .decode(head)
    .replace(/^\uFEFF/, "")
    .trimStart();
  if (sniffMismatch(head, "xlsx") === undefined) return "xlsx";
  if (sniffMismatch(head, "parquet") === undefined) return "parquet";
  if (text.startsWith("ARROW1")) return "arrow";
  if (text.startsWith("[") || text.startsWith("{")) return "json";
  return "csv";
}
