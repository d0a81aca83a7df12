// Feed XML bytes, chunk by chunk, into a streaming reader as strict UTF-8: a byte that is not
// UTF-8 (a Windows-1252 `é` in a name, say) stops the file with `file-not-utf8` at its line,
// where a lenient decoder would put U+FFFD in the value and change it silently. The byte-order
// mark is dropped. Reading ends as soon as the reader has stopped. Shared by the CLI (chunks
// streamed from disk, io/node/feed-xml-file.ts) and the browser app (the chosen file's bytes cut
// in the same 1 MiB chunks), so the two report the same offsets.
import { findInvalidUtf8 } from "./find-invalid-utf8.js";

/** What the CIN census and SSDA903 XML readers offer to be fed. */
export interface XmlFeed {
  write(chunk: string): void;
  readonly stopped: boolean;
  abort(rule: "file-not-utf8", message: string): void;
}

/** The chunk size both callers use. */
export const XML_CHUNK_BYTES = 1 << 20;

/**
 * @example await feedXmlChunks([new TextEncoder().encode("<Message/>")], createCinCensusParser("cin.xml"))
 */
export async function feedXmlChunks(
  chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  feed: XmlFeed,
): Promise<void> {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let offset = 0;
  for await (const chunk of chunks) {
    let text: string;
    try {
      text = decoder.decode(chunk, { stream: true });
    } catch {
      notUtf8(feed, chunk, offset);
      return;
    }
    feed.write(text);
    offset += chunk.length;
    if (feed.stopped) return;
  }
  try {
    feed.write(decoder.decode());
  } catch {
    feed.abort(
      "file-not-utf8",
      `the text is not UTF-8: the file ends inside a character (byte offset ${offset}); save it as UTF-8`,
    );
  }
}

/**
 * Bytes in memory cut in XML_CHUNK_BYTES chunks.
 * @example memoryXmlChunks(new Uint8Array(3 << 20)).length // 3
 */
export function memoryXmlChunks(bytes: Uint8Array): Uint8Array[] {
  const chunks: Uint8Array[] = [];
  for (let at = 0; at < bytes.length; at += XML_CHUNK_BYTES)
    chunks.push(bytes.subarray(at, at + XML_CHUNK_BYTES));
  return chunks;
}

/** Feed the valid start of the chunk, so the reader's line is the bad byte's, then stop. */
function notUtf8(feed: XmlFeed, chunk: Uint8Array, offset: number): void {
  const at = Math.max(0, findInvalidUtf8(chunk, false));
  feed.write(new TextDecoder("utf-8").decode(chunk.subarray(0, at)));
  const byte = chunk[at] === undefined ? "" : ` 0x${chunk[at].toString(16).toUpperCase().padStart(2, "0")}`;
  feed.abort(
    "file-not-utf8",
    `the text is not UTF-8 (byte${byte} at offset ${offset + at}); save the file as UTF-8 (a census in another encoding is not read, so no value changes silently)`,
  );
}
