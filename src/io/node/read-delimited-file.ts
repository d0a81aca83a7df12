// CSV or TSV from disk to a RawTable, streamed: bytes go from the file to the parser a chunk at
// a time, so memory holds the parsed cells but never the file text as well. The reading itself
// (format and UTF-8 checks, size limit, parsing) is io/read-delimited-chunks.ts, shared with the
// browser app.
import { isUtf8 } from "node:buffer";
import { createReadStream } from "node:fs";
import { open, stat } from "node:fs/promises";
import type { RawTable } from "../raw-table.js";
import { DELIMITED_CHUNK_BYTES, readDelimitedChunks } from "../read-delimited-chunks.js";

export interface ReadFileOptions {
  /** Name used in issues; default the path as given. */
  file?: string;
  /** Refuse files larger than this many bytes (`file-too-large`). */
  maxBytes?: number;
  /** Called as bytes are read, for a progress bar. */
  onProgress?: (bytesRead: number, totalBytes: number) => void;
}

/**
 * Stream a delimited file into a RawTable. File-level problems come back as issues on an empty
 * (or partial, `complete: false`) table, never as exceptions: `file-too-large`,
 * `file-format-mismatch`, `file-not-utf8` (naming the row of the first bad byte) and
 * `file-unreadable`. Only a missing or unreadable path throws (Node's own error).
 * @example (await readDelimitedFile("data-samples/episodes.csv", "csv")).header[0] // "CHILD"
 */
export async function readDelimitedFile(
  path: string,
  format: "csv" | "tsv",
  options: ReadFileOptions = {},
): Promise<RawTable> {
  const { size } = await stat(path);
  const stream = createReadStream(path, { highWaterMark: DELIMITED_CHUNK_BYTES });
  try {
    return await readDelimitedChunks(
      {
        file: options.file ?? path,
        size,
        chunks: stream as AsyncIterable<Buffer>,
        head: (length) => readHead(path, length),
        utf8: (bytes, start) => {
          if (!isUtf8(bytes)) return undefined;
          return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString("utf8", start);
        },
        maxBytes: options.maxBytes,
        onProgress: options.onProgress,
      },
      format,
    );
  } finally {
    stream.destroy();
  }
}

async function readHead(path: string, length: number): Promise<Uint8Array> {
  const handle = await open(path, "r");
  try {
    const head = Buffer.alloc(length);
    const { bytesRead } = await handle.read(head, 0, length, 0);
    return head.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}
