// Which reader a file needs: from its name, then checked against its first bytes so that an
// Excel workbook saved as `.csv` (or a CSV named `.xlsx`) is caught before it is parsed as
// garbage.
import type { FileFormat } from "./raw-table.js";

const byExtension: Record<string, FileFormat> = {
  csv: "csv",
  txt: "csv",
  tsv: "tsv",
  tab: "tsv",
  xlsx: "xlsx",
  xlsm: "xlsx",
  json: "json",
  arrow: "arrow",
  feather: "arrow",
  ipc: "arrow",
  parquet: "parquet",
};

/** Extensions the readers understand, for usage messages. */
export const knownExtensions = Object.keys(byExtension);

/**
 * The format a file name says, or undefined for an extension no reader handles.
 * @example formatFromName("data/episodes.CSV") // "csv"
 */
export function formatFromName(name: string): FileFormat | undefined {
  const dot = name.lastIndexOf(".");
  if (dot < 0 || dot < Math.max(name.lastIndexOf("/"), name.lastIndexOf("\\"))) return undefined;
  return byExtension[name.slice(dot + 1).toLowerCase()];
}

/**
 * What the first bytes say the file really is, when that contradicts `format`; undefined when
 * the content is plausible for the format. Checks magic numbers: ZIP (`PK\x03\x04`, which XLSX
 * is), the old binary Excel/OLE2 header, Parquet (`PAR1`), Arrow (`ARROW1`), and NUL bytes, which
 * no text file has.
 * @example sniffMismatch(new Uint8Array([0x50, 0x4b, 3, 4]), "csv") // "an Excel workbook or other ZIP archive"
 */
export function sniffMismatch(head: Uint8Array, format: FileFormat): string | undefined {
  const actual = sniff(head);
  if (format === "csv" || format === "tsv" || format === "json") {
    if (actual !== "text") return describe(actual);
    return undefined;
  }
  if (format === "xlsx") return actual === "zip" ? undefined : describe(actual);
  if (format === "parquet") return actual === "parquet" ? undefined : describe(actual);
  // Arrow: the file format starts with ARROW1; the stream format with a message length.
  if (format === "arrow") return actual === "arrow" || actual === "binary" ? undefined : describe(actual);
  return undefined;
}

type Sniffed = "zip" | "ole2" | "parquet" | "arrow" | "binary" | "text";

function sniff(b: Uint8Array): Sniffed {
  if (b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && (b[2] === 3 || b[2] === 5 || b[2] === 7))
    return "zip";
  if (b.length >= 4 && b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0) return "ole2";
  if (b.length >= 4 && b[0] === 0x50 && b[1] === 0x41 && b[2] === 0x52 && b[3] === 0x31) return "parquet";
  if (b.length >= 6 && String.fromCharCode(...b.subarray(0, 6)) === "ARROW1") return "arrow";
  const n = Math.min(b.length, 8192);
  for (let i = 0; i < n; i++) if (b[i] === 0) return "binary";
  return "text";
}

function describe(s: Sniffed): string {
  switch (s) {
    case "zip":
      return "an Excel workbook or other ZIP archive";
    case "ole2":
      return "an old-style Excel (.xls) or other Office binary file";
    case "parquet":
      return "a Parquet file";
    case "arrow":
      return "an Arrow IPC file";
    case "binary":
      return "a binary file";
    case "text":
      return "a text file";
  }
}
