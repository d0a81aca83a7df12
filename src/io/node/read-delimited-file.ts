// CSV or TSV from disk to a RawTable, streamed: bytes go from the file to the parser a chunk at
// a time, so memory holds the parsed cells but never the file text as well. A file of a single
// chunk (1 MiB at most) is read at once, with the same chunks. The reading itself
// (format and UTF-8 checks, size limit, parsing) is io/read-delimited-chunks.ts, shared with the
// browser app.
import { isUtf8 } from "node:buffer";
// node:fs/promises through fs.promises, loaded on first use (io/node/read-raw-file.ts says why).
import { createReadStream, promises as fsp, readFileSync, statSync } from "node:fs";
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
  const file = options.file ?? path;
  const stats = statSync(path);
  // A file of one chunk is read at once: the chunks are the same, and a stream's stat, open,
  // reads and close, each a trip to libuv's thread pool, took 40–55 ms of `fgc trial` on a busy
  // two-core machine where reading the sample's 187 KB takes under a millisecond.
  if (stats.isFile() && stats.size <= DELIMITED_CHUNK_BYTES) {
    const bytes = readAtOnce(path);
    // (Grown past one chunk since the stat: streamed after all.)
    if (bytes && bytes.length <= DELIMITED_CHUNK_BYTES)
      return readDelimitedChunks(
        {
          ...sourceOptions(file, bytes.length, options),
          chunks: [bytes],
          head: (length) => bytes.subarray(0, length),
        },
        format,
      );
  }
  const stream = createReadStream(path, { highWaterMark: DELIMITED_CHUNK_BYTES });
  try {
    return await readDelimitedChunks(
      {
        ...sourceOptions(file, stats.size, options),
        chunks: stream as AsyncIterable<Buffer>,
        head: (length) => readHead(path, length),
      },
      format,
    );
  } finally {
    stream.destroy();
  }
}

/** The file's bytes, or undefined when reading fails (the stream then meets and reports it). */
function readAtOnce(path: string): Buffer | undefined {
  try {
    return readFileSync(path);
  } catch {
    return undefined;
  }
}

/** What a delimited source of `file` has whether it is streamed or read at once. */
function sourceOptions(file: string, size: number, options: ReadFileOptions) {
  return {
    file,
    size,
    utf8: (bytes: Uint8Array, start: number) => {
      if (!isUtf8(bytes)) return undefined;
      return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString("utf8", start);
    },
    maxBytes: options.maxBytes,
    onProgress: options.onProgress,
  };
}

async function readHead(path: string, length: number): Promise<Uint8Array> {
  const handle = await fsp.open(path, "r");
  try {
    const head = Buffer.alloc(length);
    const { bytesRead } = await handle.read(head, 0, length, 0);
    return head.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}
