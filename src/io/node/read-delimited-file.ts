/**
 * CSV or TSV from disk to a RawTable, streamed: bytes go from the file to the parser a chunk at
 * a time, so memory holds the parsed cells but never the file text as well. Before parsing, the
 * first bytes are checked against the claimed format (an Excel workbook named `.csv` is caught),
 * every chunk is checked to be UTF-8, and a size limit stops files too large to hold.
 */
import { isUtf8 } from "node:buffer";
import { createReadStream } from "node:fs";
import { open, stat } from "node:fs/promises";
import { createDelimitedParser } from "../delimited-parser.js";
import { sniffMismatch } from "../detect-format.js";
import { fileIssue } from "../file-issue.js";
import { findInvalidUtf8, rowAtOffset } from "../find-invalid-utf8.js";
import { createRawTableBuilder } from "../raw-table-builder.js";
import type { RawTable } from "../raw-table.js";
import { finishAfterParseError } from "../read-delimited-text.js";
import { readLimits, rowTooLong } from "../read-limits.js";

export interface ReadFileOptions {
  /** Name used in issues; default the path as given. */
  file?: string;
  /** Refuse files larger than this many bytes (`file-too-large`). */
  maxBytes?: number;
  /** Called as bytes are read, for a progress bar. */
  onProgress?: (bytesRead: number, totalBytes: number) => void;
}

const chunkBytes = 1 << 20;
const pieceBytes = 1 << 16;

/**
 * Stream a delimited file into a RawTable. File-level problems come back as issues on an empty
 * (or partial, `complete: false`) table, never as exceptions: `file-empty`, `file-too-large`,
 * `file-format-mismatch`, `file-not-utf8` (naming the row of the first bad byte) and
 * `file-unreadable`. Only a missing or unreadable path throws (Node's own error).
 * @example (await readDelimitedFile("data-samples/episodes.csv", "csv")).header[0] // "CHILD"
 */
export async function readDelimitedFile(
  path: string,
  format: "csv" | "tsv",
  options: ReadFileOptions = {},
): Promise<RawTable> {
  const file = options.file ?? path;
  const builder = createRawTableBuilder(file, format);
  const { size } = await stat(path);
  if (size === 0) return builder.finish(true);
  if (options.maxBytes !== undefined && size > options.maxBytes) {
    builder.issue(tooLarge(file, size, options.maxBytes));
    return builder.finish(false);
  }

  const parser = createDelimitedParser(format === "tsv" ? "\t" : ",", (cells, row) =>
    builder.add(cells, row),
  );
  const stream = createReadStream(path, { highWaterMark: chunkBytes });
  let bytesRead = 0;
  let decoded = 0;
  let rest: Buffer | undefined;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      if (bytesRead === 0) {
        if ((chunk[0] === 0xff && chunk[1] === 0xfe) || (chunk[0] === 0xfe && chunk[1] === 0xff)) {
          builder.issue(
            fileIssue(
              "file-not-utf8",
              file,
              'the text is UTF-16 (Excel\'s "Unicode Text"); save it as "CSV UTF-8"',
              1,
            ),
          );
          return builder.finish(false);
        }
        const mismatch = sniffMismatch(chunk, format);
        if (mismatch !== undefined) {
          builder.issue(
            fileIssue("file-format-mismatch", file, `named .${format} but the content is ${mismatch}`),
          );
          return builder.finish(false);
        }
      }
      bytesRead += chunk.length;
      if (options.maxBytes !== undefined && bytesRead > options.maxBytes) {
        builder.issue(tooLarge(file, bytesRead, options.maxBytes));
        return builder.finish(false);
      }
      // Hand the parser whole lines only (a cut after LF or CR is always a UTF-8 character
      // boundary). A run of bytes with no line break at all cannot be a line within the limit
      // (a character takes at most 3 UTF-8 bytes per UTF-16 unit).
      const all = rest === undefined ? chunk : Buffer.concat([rest, chunk]);
      const cut = lastLineBreak(all, all.length - 1) + 1;
      rest = cut < all.length ? Buffer.from(all.subarray(cut)) : undefined;
      if (rest !== undefined && rest.length > 3 * readLimits.maxRowChars)
        throw rowTooLong(parser.records + 1);
      // Decode in pieces of about 64 KiB: Node hands strings over ~1 MB to V8 as external
      // strings, which slice slowly.
      for (let from = 0; from < cut; ) {
        let to = from + pieceBytes >= cut ? cut : lastLineBreak(all, from + pieceBytes) + 1;
        if (to <= from) to = cut;
        const piece = all.subarray(from, to);
        if (!pushBytes(piece)) {
          builder.issue(await notUtf8(path, file, decoded, piece));
          return builder.finish(false);
        }
        from = to;
      }
      options.onProgress?.(bytesRead, size);
    }
    if (rest !== undefined && !pushBytes(rest)) {
      builder.issue(await notUtf8(path, file, decoded, rest));
      return builder.finish(false);
    }
    parser.end();
  } catch (error) {
    return finishAfterParseError(error, builder, file, format);
  } finally {
    stream.destroy();
  }
  return builder.finish(true);

  /** Check a run of whole lines is UTF-8 and parse it; false when it is not UTF-8. */
  function pushBytes(bytes: Buffer): boolean {
    if (!isUtf8(bytes)) return false;
    const start = decoded === 0 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    parser.push(bytes.toString("utf8", start));
    decoded += bytes.length;
    return true;
  }
}

/** Offset of the last LF or CR at or before `at`, or -1. */
function lastLineBreak(bytes: Buffer, at: number): number {
  const lf = bytes.lastIndexOf(0x0a, at);
  // A CR after the last LF: lines are short, so this loop is too (a CR-only file stops at once).
  for (let i = at; i > lf; i--) if (bytes[i] === 0x0d) return i;
  return lf;
}

function tooLarge(file: string, bytes: number, maxBytes: number) {
  return fileIssue(
    "file-too-large",
    file,
    `${bytes.toLocaleString("en-GB")} bytes is over the limit of ${maxBytes.toLocaleString("en-GB")} bytes; split the file or raise --max-bytes`,
  );
}

/** Name the first bad byte and its row: `bytes` (not UTF-8) start at `offset` in the file. */
async function notUtf8(path: string, file: string, offset: number, bytes: Buffer) {
  const at = offset + Math.max(0, findInvalidUtf8(bytes));
  const handle = await open(path, "r");
  try {
    const head = Buffer.alloc(at + 1);
    const { bytesRead } = await handle.read(head, 0, at + 1, 0);
    const bad = head[Math.min(at, bytesRead - 1)];
    return fileIssue(
      "file-not-utf8",
      file,
      `the text is not UTF-8 (byte 0x${bad.toString(16).toUpperCase().padStart(2, "0")} at offset ${at}); save it as "CSV UTF-8" and load it again`,
      rowAtOffset(head, at),
    );
  } finally {
    await handle.close();
  }
}
