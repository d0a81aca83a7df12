// CSV or TSV from a sequence of byte chunks to a RawTable: the reading core shared by the CLI,
// which streams a file from disk (io/node/read-delimited-file.ts), and the browser app, which
// hands the bytes of a chosen file in the same 1 MiB chunks (app/), so both give the same table,
// the same issues and the same row accounting. Before parsing, the first bytes are checked
// against the claimed format, every piece is checked to be UTF-8, and a size limit stops files
// too large to hold.
import { createDelimitedParser } from "./delimited-parser.js";
import { sniffMismatch } from "./detect-format.js";
import { fileIssue } from "./file-issue.js";
import { findInvalidUtf8, rowAtOffset } from "./find-invalid-utf8.js";
import { createRawTableBuilder } from "./raw-table-builder.js";
import type { RawTable } from "./raw-table.js";
import { finishAfterParseError } from "./read-delimited-text.js";
import { readLimits, rowTooLong } from "./read-limits.js";

/** The chunk size both callers read in: Node's stream highWaterMark, and the app's slices. */
export const DELIMITED_CHUNK_BYTES = 1 << 20;
const pieceBytes = 1 << 16;

export interface DelimitedSource {
  /** Name used in issues. */
  file: string;
  /** Total size in bytes. */
  size: number;
  /** The bytes in order, in chunks of DELIMITED_CHUNK_BYTES (the last one shorter). */
  chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>;
  /** The first `length` bytes of the file, to name the row of a byte that is not UTF-8. */
  head(length: number): Promise<Uint8Array> | Uint8Array;
  /** `bytes` as text from `start`, or undefined when they are not UTF-8. */
  utf8(bytes: Uint8Array, start: number): string | undefined;
  /** Refuse files larger than this many bytes (`file-too-large`). */
  maxBytes?: number;
  /** Called as bytes are read, for a progress bar. */
  onProgress?: (bytesRead: number, totalBytes: number) => void;
}

/**
 * Parse the chunks into a RawTable. File-level problems come back as issues on an empty (or
 * partial, `complete: false`) table, never as exceptions: `file-too-large`,
 * `file-format-mismatch`, `file-not-utf8` (naming the row of the first bad byte).
 * @example (await readDelimitedChunks({ file: "e.csv", size: 4, chunks: [bytes], head: () => bytes, utf8: decode }, "csv")).header
 */
export async function readDelimitedChunks(source: DelimitedSource, format: "csv" | "tsv"): Promise<RawTable> {
  const { file, size, maxBytes } = source;
  const builder = createRawTableBuilder(file, format);
  if (size === 0) return builder.finish(true);
  if (maxBytes !== undefined && size > maxBytes) {
    builder.issue(tooLarge(file, size, maxBytes));
    return builder.finish(false);
  }
  const parser = createDelimitedParser(format === "tsv" ? "\t" : ",", (cells, row) =>
    builder.add(cells, row),
  );
  let bytesRead = 0;
  let decoded = 0;
  let rest: Uint8Array | undefined;
  try {
    for await (const chunk of source.chunks) {
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
      if (maxBytes !== undefined && bytesRead > maxBytes) {
        builder.issue(tooLarge(file, bytesRead, maxBytes));
        return builder.finish(false);
      }
      // Hand the parser whole lines only (a cut after LF or CR is always a UTF-8 character
      // boundary). A run of bytes with no line break at all cannot be a line within the limit
      // (a character takes at most 3 UTF-8 bytes per UTF-16 unit).
      const all = rest === undefined ? chunk : concat(rest, chunk);
      const cut = lastLineBreak(all, all.length - 1) + 1;
      // A copy (Uint8Array's slice, not Buffer's view), so the chunk's memory is not held.
      rest = cut < all.length ? Uint8Array.prototype.slice.call(all, cut) : undefined;
      if (rest !== undefined && rest.length > 3 * readLimits.maxRowChars)
        throw rowTooLong(parser.records + 1);
      // Decode in pieces of about 64 KiB: Node hands strings over ~1 MB to V8 as external
      // strings, which slice slowly.
      for (let from = 0; from < cut; ) {
        let to = from + pieceBytes >= cut ? cut : lastLineBreak(all, from + pieceBytes) + 1;
        if (to <= from) to = cut;
        const piece = all.subarray(from, to);
        if (!pushBytes(piece)) {
          builder.issue(await notUtf8(source, decoded, piece));
          return builder.finish(false);
        }
        from = to;
      }
      source.onProgress?.(bytesRead, size);
    }
    if (rest !== undefined && !pushBytes(rest)) {
      builder.issue(await notUtf8(source, decoded, rest));
      return builder.finish(false);
    }
    parser.end();
  } catch (error) {
    return finishAfterParseError(error, builder, file, format);
  }
  return builder.finish(true);

  /** Check a run of whole lines is UTF-8 and parse it; false when it is not UTF-8. */
  function pushBytes(bytes: Uint8Array): boolean {
    const start = decoded === 0 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    const text = source.utf8(bytes, start);
    if (text === undefined) return false;
    parser.push(text);
    decoded += bytes.length;
    return true;
  }
}

/**
 * Text of UTF-8 bytes from `start`, or undefined when they are not UTF-8: the browser's (and any
 * runtime's) `DelimitedSource.utf8`, a strict TextDecoder.
 * @example strictUtf8(new Uint8Array([0x61, 0xa3]), 0) // undefined
 */
export function strictUtf8(bytes: Uint8Array, start: number): string | undefined {
  try {
    return fatalDecoder.decode(bytes.subarray(start));
  } catch {
    return undefined;
  }
}

const fatalDecoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/**
 * Bytes held in memory (a file chosen in the browser) as a DelimitedSource, cut in the chunks the
 * CLI's stream reads, so that the two give the same table to the byte.
 * @example memoryDelimitedSource(new TextEncoder().encode("a,b\n1,2\n"), "t.csv").size // 8
 */
export function memoryDelimitedSource(bytes: Uint8Array, file: string, maxBytes?: number): DelimitedSource {
  const chunks: Uint8Array[] = [];
  for (let at = 0; at < bytes.length; at += DELIMITED_CHUNK_BYTES)
    chunks.push(bytes.subarray(at, at + DELIMITED_CHUNK_BYTES));
  return {
    file,
    size: bytes.length,
    chunks,
    head: (length) => bytes.subarray(0, length),
    utf8: strictUtf8,
    maxBytes,
  };
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

/** Offset of the last LF or CR at or before `at`, or -1. */
function lastLineBreak(bytes: Uint8Array, at: number): number {
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
async function notUtf8(source: DelimitedSource, offset: number, bytes: Uint8Array) {
  const at = offset + Math.max(0, findInvalidUtf8(bytes));
  const head = await source.head(at + 1);
  const bad = head[Math.min(at, head.length - 1)];
  return fileIssue(
    "file-not-utf8",
    source.file,
    `the text is not UTF-8 (byte 0x${bad.toString(16).toUpperCase().padStart(2, "0")} at offset ${at}); save it as "CSV UTF-8" and load it again`,
    rowAtOffset(head, at),
  );
}
