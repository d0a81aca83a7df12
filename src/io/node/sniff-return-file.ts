/**
 * What a file in a returns folder holds, from its first MiB: the XML root element after any
 * prolog (io/scan-xml-prolog.ts), delimited text, or neither, with the reason in words.
 */
import { open } from "node:fs/promises";
import { scanXmlProlog } from "../scan-xml-prolog.js";

/** How much of a file is read to find its root element: a prolog longer than this is refused. */
export const SNIFF_BYTES = 1 << 20;

export type SniffedReturnFile =
  | { kind: "xml"; root: string; line: number }
  | { kind: "csv" }
  /** XML prolog without a root element (the file ends, or the first MiB holds none). */
  | { kind: "xml-no-root"; line: number; why: string }
  | { kind: "other"; why: string };

/**
 * @example await sniffReturnFile("data-samples/returns/cin-census-2023-24.xml") // { kind: "xml", root: "Message", line: 2 }
 */
export async function sniffReturnFile(path: string, limit = SNIFF_BYTES): Promise<SniffedReturnFile> {
  const handle = await open(path, "r");
  let bytes: Uint8Array;
  let whole: boolean;
  try {
    const buffer = new Uint8Array(limit + 1);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    whole = bytesRead <= limit;
    bytes = buffer.subarray(0, Math.min(bytesRead, limit));
  } finally {
    await handle.close();
  }
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
