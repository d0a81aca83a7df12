// What a statutory-return file holds, from its first MiB of bytes: the XML root element after any
// prolog (io/scan-xml-prolog.ts), delimited text, or neither, with the reason in words. The
// browser-safe core of io/node/sniff-return-file.ts, which reads those bytes from disk.
import { scanXmlProlog } from "./scan-xml-prolog.js";

/** How much of a file is read to find its root element: a prolog longer than this is refused. */
export const SNIFF_BYTES = 1 << 20;

export type SniffedReturnFile =
  | { kind: "xml"; root: string; line: number }
  | { kind: "csv" }
  /** XML prolog without a root element (the file ends, or the first MiB holds none). */
  | { kind: "xml-no-root"; line: number; why: string }
  | { kind: "other"; why: string };

/**
 * `bytes`: the file's first `limit` bytes at most; `whole`: they are the whole file.
 * @example sniffReturnBytes(new TextEncoder().encode("<Message/>"), true) // { kind: "xml", root: "Message", line: 1 }
 */
export function sniffReturnBytes(bytes: Uint8Array, whole: boolean, limit = SNIFF_BYTES): SniffedReturnFile {
  if (bytes.length === 0) return { kind: "other", why: "the file is empty" };
  if (bytes.subarray(0, 8192).includes(0))
    return { kind: "other", why: "a binary file, neither XML nor CSV text" };
  const head = new TextDecoder().decode(bytes);
  const scan = scanXmlProlog(head);
  const size = limit % (1 << 20) === 0 ? `${limit / (1 << 20)} MiB` : `${limit} bytes`;
  const within = whole ? "" : ` in its first ${size}`;
  if (scan.status === "root") return { kind: "xml", root: scan.name, line: scan.line };
  if (scan.status === "no-root") {
    if (!scan.markup)
      return { kind: "other", why: `the file holds only whitespace${within}, neither XML nor CSV text` };
    return {
      kind: "xml-no-root",
      line: scan.line,
      why: whole
        ? `the XML ends at line ${scan.line} without a root element`
        : `no root element${within}: only an XML declaration, comments, processing instructions, a DOCTYPE or whitespace up to line ${scan.line}`,
    };
  }
  const rest = head.replace(/^\uFEFF?\s*/, "");
  if (!scan.markup && !rest.startsWith("<") && /^[^\n\r]*,/.test(rest)) return { kind: "csv" };
  return {
    kind: "other",
    why:
      scan.markup || rest.startsWith("<")
        ? "XML that is not well-formed before its root element"
        : "neither XML nor CSV text",
  };
}
