// The checks of an XLSX zip that exceljs's JSZip does not make, written once for Node and the
// browser: the caller inflates each part (Node's zlib synchronously in io/node/zip-inflation-issue.ts,
// the browser's DecompressionStream asynchronously in app/read-app-file.ts) and feeds the answer
// back into this generator, which holds every check and every message.
// - a zip bomb whose directory lies: an entry that inflates past its declared size (the declared
//   sizes themselves are held to io/read-limits.ts by xlsx-expansion-issue.ts);
// - a damaged part: its CRC-32 (or size, or name in its local header) differs from what the
//   directory declares. JSZip inflates what it finds, so one flipped bit in a deflated
//   sharedStrings.xml could read the id 545558 as 245558 without a word.
// Stored (uncompressed) parts are checked too.
import type { Issue } from "../schema/issue.js";
import { shortenValue } from "../util/shorten-value.js";
import { fileIssue } from "./file-issue.js";
import { readLimits } from "./read-limits.js";
import { xlsxExpansionIssue } from "./xlsx-expansion-issue.js";
import { type ZipEntryInfo, readZipDirectory } from "./zip-directory.js";

/** One deflated part to inflate raw (no zlib header), to at most `maxOutput` bytes. */
export interface InflateRequest {
  data: Uint8Array;
  maxOutput: number;
}

/** The inflated bytes, `"too-large"` past `maxOutput`, or `"bad"` when the data do not inflate. */
export type InflateReply = Uint8Array | "too-large" | "bad";

/**
 * Walks the zip's parts, yielding each deflated part for the caller to inflate, and returns
 * `xlsx-expanded-too-large` (declared sizes over the limits, or a part inflating past its declared
 * size), `file-unreadable` for the first damaged part, or undefined when there is none (or the zip
 * has no directory here, which exceljs then reports).
 * @example zipInflationIssue in io/node/zip-inflation-issue.ts drives it with zlib
 */
export function* zipInflationSteps(
  bytes: Uint8Array,
  file: string,
  crc32: (data: Uint8Array) => number,
): Generator<InflateRequest, Issue | undefined, InflateReply> {
  // Declared sizes first: an honest bomb is refused without inflating a byte.
  const declared = xlsxExpansionIssue(bytes, file);
  if (declared !== undefined) return declared;
  const directory = readZipDirectory(bytes, readLimits.maxXlsxEntries);
  if (directory === undefined || directory.zip64) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const damaged = (entry: ZipEntryInfo, why: string) =>
    fileIssue(
      "file-unreadable",
      file,
      `part ${shortenValue(entry.name)} is damaged (${why}), so the workbook is not read; the file was changed or cut after it was saved: save it again from Excel`,
    );
  for (const entry of directory.entries) {
    // Other methods (and encryption) JSZip refuses by itself.
    if (entry.method !== 8 && entry.method !== 0) continue;
    const at = entry.localHeaderOffset;
    if (at + 30 > bytes.length || view.getUint32(at, true) !== 0x04034b50)
      return damaged(entry, "no local header where the zip's directory says");
    const nameLength = view.getUint16(at + 26, true);
    const name = new TextDecoder().decode(bytes.subarray(at + 30, at + 30 + nameLength));
    if (name !== entry.name) return damaged(entry, "its local header names another part");
    const start = at + 30 + nameLength + view.getUint16(at + 28, true);
    if (start + entry.compressedSize > bytes.length)
      return damaged(entry, "its data run past the end of the file");
    const data = bytes.subarray(start, start + entry.compressedSize);
    let inflated: Uint8Array = data;
    if (entry.method === 8) {
      const reply = yield { data, maxOutput: Math.max(1, entry.uncompressedSize) };
      if (reply === "bad") return damaged(entry, "its compressed data do not inflate");
      if (reply === "too-large")
        return fileIssue(
          "xlsx-expanded-too-large",
          file,
          `the workbook's part ${shortenValue(entry.name)} inflates past the ${entry.uncompressedSize.toLocaleString("en-GB")} bytes its zip declares (a zip bomb), so it is not opened`,
        );
      inflated = reply;
    }
    if (inflated.length !== entry.uncompressedSize) return damaged(entry, "size mismatch");
    if (crc32(inflated) !== entry.crc32) return damaged(entry, "CRC-32 mismatch");
  }
  return undefined;
}
