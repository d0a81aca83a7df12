// The declared-size check of an XLSX zip, from its central directory alone: nothing is inflated.
import type { Issue } from "../schema/issue.js";
import { fileIssue } from "./file-issue.js";
import { fmt, readLimits } from "./read-limits.js";
import { readZipDirectory } from "./zip-directory.js";

/**
 * `xlsx-expanded-too-large` when the zip's directory declares more entries or uncompressed bytes
 * than readLimits allows, or uses ZIP64; undefined when it is within them (or has no directory,
 * which exceljs then reports as unreadable).
 * @example xlsxExpansionIssue(bytes, "e.xlsx") // undefined
 */
export function xlsxExpansionIssue(bytes: Uint8Array, file: string): Issue | undefined {
  const directory = readZipDirectory(bytes, readLimits.maxXlsxEntries + 1);
  if (directory === undefined) return undefined;
  const refuse = (why: string) =>
    fileIssue("xlsx-expanded-too-large", file, `${why}, so it is not opened; save the sheet as CSV UTF-8`);
  if (directory.count > readLimits.maxXlsxEntries)
    return refuse(
      `the workbook's zip has ${fmt(directory.count)} entries; the limit is ${fmt(readLimits.maxXlsxEntries)}`,
    );
  if (directory.zip64) return refuse("the workbook's zip declares parts of 4 GB or more (ZIP64)");
  if (directory.declaredBytes > readLimits.maxXlsxExpandedBytes)
    return refuse(
      `the workbook's ${fmt(bytes.length)} bytes inflate to ${fmt(directory.declaredBytes)} bytes; the limit is ${fmt(readLimits.maxXlsxExpandedBytes)}`,
    );
  return undefined;
}
