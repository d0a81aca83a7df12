// Any supported file from disk to a RawTable: picks the reader from the extension (or the
// content, when the extension says nothing), applies the size limit, and turns a file that is
// not what its name says into a `file-format-mismatch` issue rather than a parse of garbage.
// node:fs/promises is reached through fs.promises, which Node loads on first use: loading it
// (with the streams and readline it pulls in) cost `fgc trial`, which reads its CSV synchronously
// (io/node/read-delimited-file.ts), 3–5 ms of its start.
import { promises as fsp } from "node:fs";
import { totalmem } from "node:os";
import { formatFromName, sniffMismatch } from "../detect-format.js";
import { fileIssue } from "../file-issue.js";
import { emptyRawTable, type FileFormat, type RawTable } from "../raw-table.js";
import { readWholeBytes, sniffBytesFormat } from "../read-raw-bytes.js";
import { type ReadFileOptions, readDelimitedFile } from "./read-delimited-file.js";

/** Options of `readRawFile`: the name issues carry, the size limit, the format and the XLSX sheet. */
export interface ReadRawFileOptions extends ReadFileOptions {
  /** Override the format the extension implies. */
  format?: FileFormat;
  /** XLSX: sheet name or 1-based position. */
  sheet?: string | number;
}

/**
 * How many times its size a file may take in memory once parsed, by format, with room to spare.
 * Measured on the SSDA903 bench: a 72 MB CSV peaks at about 750 MB (about 10×, cells as strings);
 * JSON holds its text and its objects at once; an XLSX cell costs several exceljs objects. The
 * default size limit is total memory divided by this, so a machine refuses what it cannot hold
 * (with a `file-too-large` issue saying so) instead of running out of memory.
 */
const memoryFactor: Record<FileFormat, number> = {
  csv: 12,
  tsv: 12,
  json: 20,
  xlsx: 60,
  arrow: 12,
  parquet: 40,
  // XML returns are streamed by their own readers (io/node/validate-xml-file.ts), never held whole.
  xml: 12,
};

/**
 * Default `maxBytes` for a format on this machine.
 * @example defaultMaxBytes("csv") // total memory / 12
 */
export function defaultMaxBytes(format: FileFormat): number {
  return Math.floor(totalmem() / memoryFactor[format]);
}

/**
 * Read a file into a RawTable: CSV, TSV, XLSX, JSON, Arrow or Parquet, the format from the
 * extension (else sniffed from the bytes); default size limit total memory / the format's memory
 * factor. Problems with the file are issues on the returned table; a path that does not exist
 * throws Node's error (ENOENT), which the CLI reports as a usage error.
 * @example
 * ```ts
 * import { readRawFile } from "fgc-toolkit/node";
 * const raw = await readRawFile("data-samples/episodes.csv");
 * raw.format; // => "csv"
 * raw.header.slice(0, 3); // => ["CHILD", "DECOM", "RNE"]
 * raw.rowNumbers.length; // => 114
 * raw.issues; // => []
 * ```
 */
export async function readRawFile(path: string, options: ReadRawFileOptions = {}): Promise<RawTable> {
  const file = options.file ?? path;
  const format = options.format ?? formatFromName(path) ?? (await sniffFormat(path));
  const maxBytes = options.maxBytes ?? defaultMaxBytes(format);
  if (format === "csv" || format === "tsv")
    return readDelimitedFile(path, format, { ...options, file, maxBytes });

  const { size } = await fsp.stat(path);
  if (size === 0) return emptyWith(file, format, fileIssue("file-empty", file, "the file has no bytes"));
  if (size > maxBytes) {
    return emptyWith(
      file,
      format,
      fileIssue(
        "file-too-large",
        file,
        `${size} bytes is over the limit of ${maxBytes} bytes; split the file or raise --max-bytes`,
      ),
    );
  }
  const bytes = new Uint8Array(await fsp.readFile(path));
  options.onProgress?.(size, size);
  if (format !== "xlsx") return readWholeBytes(bytes, file, format);
  const mismatch = sniffMismatch(bytes.subarray(0, 8192), format);
  if (mismatch !== undefined) {
    return emptyWith(
      file,
      format,
      fileIssue("file-format-mismatch", file, `named .${format} but the content is ${mismatch}`),
    );
  }
  // exceljs (~250 ms to load) only when a workbook is read, after its zip is checked; the check
  // (and Node's zlib, ~5 ms to load) too, so that reading a CSV loads neither.
  const bomb = (await import("./zip-inflation-issue.js")).zipInflationIssue(bytes, file);
  if (bomb !== undefined) return emptyWith(file, format, bomb);
  return (await import("../read-xlsx.js")).readXlsx(bytes, file, { sheet: options.sheet });
}

function emptyWith(file: string, format: FileFormat, issue: ReturnType<typeof fileIssue>): RawTable {
  return emptyRawTable(file, format, [issue]);
}

/** For a name with no known extension: look at the first bytes. */
async function sniffFormat(path: string): Promise<FileFormat> {
  const handle = await fsp.open(path, "r");
  try {
    const head = new Uint8Array(16);
    const { bytesRead } = await handle.read(head, 0, 16, 0);
    return sniffBytesFormat(head.subarray(0, bytesRead));
  } finally {
    await handle.close();
  }
}
