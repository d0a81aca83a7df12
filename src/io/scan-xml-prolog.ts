/**
 * What an XML file's first bytes hold before its root element, so that a file is recognised by
 * content whatever its prolog: a byte-order mark, the XML declaration, whitespace, comments,
 * processing instructions and a DOCTYPE, with or without an internal subset
 * (`<!DOCTYPE Message [ <!ENTITY x "y"> ]>`), in any order (XML 1.0 §2.8, production `prolog`).
 * Nothing in the DOCTYPE is interpreted: entities declared there are never expanded.
 * Browser-safe; io/node/read-returns-folder.ts gives it the head of each file.
 */

export type XmlPrologScan =
  /** The root element starts at `line` (1-based); `name` without namespace prefix. */
  | { status: "root"; name: string; line: number; doctype: boolean }
  /** The head ends inside or after the prolog with no root element yet. */
  | { status: "no-root"; line: number; markup: boolean }
  /** The first thing after the prolog is not markup (text such as CSV), or the markup is not XML. */
  | { status: "not-xml"; markup: boolean };

/**
 * Scan `head` (the start of a file, or all of it) past the prolog to the root element.
 * `markup` says whether any prolog item (declaration, comment, PI, DOCTYPE) was seen.
 * @example scanXmlProlog('<?xml version="1.0"?>\n<!DOCTYPE Message [ <!ENTITY a "b"> ]>\n<Message>') // { status: "root", name: "Message", line: 3, doctype: true }
 */
export function scanXmlProlog(head: string): XmlPrologScan {
  let i = head.charCodeAt(0) === 0xfeff ? 1 : 0;
  let markup = false;
  let doctype = false;
  const lineAt = (at: number) => countLines(head, at);
  for (;;) {
    while (i < head.length && isSpace(head.charCodeAt(i))) i++;
    if (i >= head.length) return { status: "no-root", line: lineAt(i), markup };
    if (head[i] !== "<") return { status: "not-xml", markup };
    let end: number;
    if (head.startsWith("<?", i)) end = after(head, "?>", i + 2);
    else if (head.startsWith("<!--", i)) end = after(head, "-->", i + 4);
    else if (head.startsWith("<!DOCTYPE", i)) {
      end = doctypeEnd(head, i + 9);
      doctype = true;
    } else {
      const m = /^<([A-Za-z_][\w.:-]*)/.exec(head.slice(i, i + 256));
      if (!m) return { status: "not-xml", markup };
      const colon = m[1].indexOf(":");
      return { status: "root", name: m[1].slice(colon + 1), line: lineAt(i), doctype };
    }
    if (end < 0) return { status: "no-root", line: lineAt(head.length), markup: true };
    markup = true;
    i = end;
  }
}

/** Index just past `token` searched from `from`, or -1. */
function after(text: string, token: string, from: number): number {
  const at = text.indexOf(token, from);
  return at < 0 ? -1 : at + token.length;
}

/** Index just past the DOCTYPE's closing `>`, skipping quoted strings, comments and PIs in the internal subset. */
function doctypeEnd(text: string, from: number): number {
  let subset = false;
  let i = from;
  while (i < text.length) {
    const c = text[i];
    if (c === '"' || c === "'") {
      const close = text.indexOf(c, i + 1);
      if (close < 0) return -1;
      i = close + 1;
    } else if (subset && text.startsWith("<!--", i)) {
      i = after(text, "-->", i + 4);
      if (i < 0) return -1;
    } else if (subset && text.startsWith("<?", i)) {
      i = after(text, "?>", i + 2);
      if (i < 0) return -1;
    } else {
      if (c === "[") subset = true;
      else if (c === "]") subset = false;
      else if (c === ">" && !subset) return i + 1;
      i++;
    }
  }
  return -1;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

function countLines(text: string, end: number): number {
  let n = 1;
  for (let at = text.indexOf("\n"); at >= 0 && at < end; at = text.indexOf("\n", at + 1)) n++;
  return n;
}
