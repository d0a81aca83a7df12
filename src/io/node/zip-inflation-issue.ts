/**
 * A zip bomb whose directory lies: entries that declare a small size and inflate to far more.
 * Each deflated entry is inflated once with Node's zlib, capped at its declared size, before
 * exceljs (whose JSZip trusts nothing and inflates everything) sees the bytes; the declared sizes
 * themselves are held to io/read-limits.ts by read-xlsx.ts. Costs one inflate of the workbook,
 * a small share of what exceljs then spends parsing the XML.
 */
import { inflateRawSync } from "node:zlib";
import { fileIssue } from "../file-issue.js";
import { readLimits } from "../read-limits.js";
import type { Issue } from "../../schema/issue.js";
import { xlsxExpansionIssue } from "../xlsx-expansion-issue.js";
import { readZipDirectory } from "../zip-directory.js";

/**
 * `xlsx-expanded-too-large` when the declared sizes are over the limits (xlsx-expansion-issue.ts)
 * or for the first entry that inflates past its declared size; undefined
 * when none does (or the zip cannot be read here, which exceljs then reports).
 * @example zipInflationIssue(new Uint8Array(await readFile("episodes.xlsx")), "episodes.xlsx") // undefined
 */
export function zipInflationIssue(bytes: Uint8Array, file: string): Issue | undefined {
  // Declared sizes first: an honest bomb is refused without inflating a byte.
  const declared = xlsxExpansionIssue(bytes, file);
  if (declared !== undefined) return declared;
  const directory = readZipDirectory(bytes, readLimits.maxXlsxEntries);
  if (directory === undefined || directory.zip64) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (const entry of directory.entries) {
    if (entry.method !== 8) continue;
    const at = entry.localHeaderOffset;
    if (at + 30 > bytes.length || view.getUint32(at, true) !== 0x04034b50) continue;
    const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
    const data = bytes.subarray(start, start + entry.compressedSize);
    try {
      inflateRawSync(data, { maxOutputLength: Math.max(1, entry.uncompressedSize) });
    } catch (error) {
      if ((error as { code?: string }).code !== "ERR_BUFFER_TOO_LARGE") continue;
      return fileIssue(
        "xlsx-expanded-too-large",
        file,
        `the workbook's part ${entry.name} inflates past the ${entry.uncompressedSize.toLocaleString("en-GB")} bytes its zip declares (a zip bomb), so it is not opened`,
      );
    }
  }
  return undefined;
}
