/**
 * Mutations of sample files, as pure functions of text or bytes. Semantics-preserving ones
 * (line endings, quoting, BOM, column order, XML prolog and attribute spelling) must leave the
 * read unchanged; damaging ones (truncation, byte flips, stray quotes, control characters, giant
 * cells, duplicated keys, bad encodings, DOCTYPEs with entities) must end in a refusal or a read
 * that accounts for every intact row. Each damaging mutation says which rows (or lines) it left
 * intact, so the oracle knows what a correct reader must still return.
 */

export type LineEnding = "\n" | "\r\n" | "\r";

/** Lines of text without terminators (a final terminator adds no empty line). */
export function splitLines(text: string): string[] {
  const lines = text.split(/\r\n|\n|\r/);
  if (lines[lines.length - 1] === "") lines.pop();
  return lines;
}

/** Join lines with one ending each (`endings[i % n]`), with or without a final one. */
export function joinLines(lines: string[], endings: LineEnding[], finalEnding = true): string {
  let out = "";
  lines.forEach((line, i) => {
    out += line;
    if (i < lines.length - 1 || finalEnding) out += endings[i % endings.length];
  });
  return out;
}

/** Every cell of unquoted CSV lines quoted (RFC 4180), which changes no value. */
export function quoteEveryCell(lines: string[]): string[] {
  return lines.map((l) =>
    l
      .split(",")
      .map((c) => `"${c.replaceAll('"', '""')}"`)
      .join(","),
  );
}

/** Columns of unquoted CSV lines in the order `order` (a permutation of column positions). */
export function reorderColumns(lines: string[], order: number[]): string[] {
  return lines.map((l) => {
    const cells = l.split(",");
    return order.map((j) => cells[j] ?? "").join(",");
  });
}

/** The UTF-8 byte-order mark in front of the text. */
export function withBom(text: string): string {
  return `\uFEFF${text}`;
}

/** Cell `col` of line `line` (unquoted CSV) changed by `edit`. */
export function editCell(
  lines: string[],
  line: number,
  col: number,
  edit: (cell: string) => string,
): string[] {
  return lines.map((l, i) => {
    if (i !== line) return l;
    const cells = l.split(",");
    cells[col] = edit(cells[col] ?? "");
    return cells.join(",");
  });
}

/** `text` put into `cell` at a fraction `at` in [0, 1] of its length. */
export function insertAt(cell: string, text: string, at: number): string {
  const k = Math.round(at * cell.length);
  return cell.slice(0, k) + text + cell.slice(k);
}

/** The first `length` bytes. */
export function truncateBytes(bytes: Uint8Array, length: number): Uint8Array {
  return bytes.slice(0, Math.max(0, Math.min(length, bytes.length)));
}

/** One byte replaced. */
export function setByte(bytes: Uint8Array, at: number, value: number): Uint8Array {
  const out = bytes.slice();
  out[at] = value;
  return out;
}

/** Bytes inserted at an offset. */
export function insertBytes(bytes: Uint8Array, at: number, inserted: ArrayLike<number>): Uint8Array {
  const out = new Uint8Array(bytes.length + inserted.length);
  out.set(bytes.subarray(0, at), 0);
  out.set(Array.from(inserted), at);
  out.set(bytes.subarray(at), at + inserted.length);
  return out;
}

/** UTF-8 bytes of text. */
export function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

/**
 * Text encoded as Windows-1252 (what Excel's plain "CSV" writes on a UK machine): é is 0xE9,
 * £ is 0xA3. Only Latin-1 characters are used by the mutations, and 1252 agrees with Latin-1 on
 * them, so each character is its code point.
 */
export function windows1252(text: string): Uint8Array {
  return Uint8Array.from(
    [...text].map((c) => {
      const code = c.codePointAt(0) as number;
      if (code > 0xff) throw new Error(`not a Latin-1 character: ${c}`);
      return code;
    }),
  );
}

/** The 1-based line holding byte `offset` (LF, CRLF or CR each end a line). */
export function lineAtOffset(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) {
    if (bytes[i] === 0x0a || (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a)) line++;
  }
  return line;
}

/** How many lines of `bytes` end (with their terminator) before `offset`: the intact lines. */
export function wholeLinesBefore(bytes: Uint8Array, offset: number): number {
  let n = 0;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) n++;
  return n;
}

/** Control characters other than line breaks: a NUL, a bell, an escape, a form feed … */
export const controlCharacters = [
  "\u0000",
  "\u0001",
  "\u0007",
  "\u0008",
  "\u000b",
  "\u000c",
  "\u001b",
  "\u007f",
  "\u0085",
  "\u2028",
];

// XML

/** The XML declaration with its attribute quotes swapped (`"` <-> `'`). */
export function swapDeclarationQuotes(xml: string): string {
  return xml.replace(/^(\uFEFF?<\?xml[^?]*\?>)/, (decl) =>
    decl.replace(/["']/g, (q) => (q === '"' ? "'" : '"')),
  );
}

/** Something inserted right after the XML declaration, on its line (so line numbers hold). */
export function afterDeclaration(xml: string, inserted: string): string {
  const end = xml.indexOf("?>");
  if (!xml.startsWith("<?xml") || end < 0) return inserted + xml;
  return xml.slice(0, end + 2) + inserted + xml.slice(end + 2);
}

/** An attribute added to the root element's start tag. */
export function addRootAttribute(xml: string, root: string, attribute: string): string {
  return xml.replace(`<${root}>`, `<${root} ${attribute}>`);
}

/** Whitespace before `>` in every start and end tag without attributes (`<Child >`, `</Child >`). */
export function spaceInTags(xml: string): string {
  return xml.replace(/<(\/?[A-Za-z_][\w.-]*)>/g, "<$1 >");
}

/** Leading spaces of each line as tabs (indentation only; lines and text unchanged). */
export function tabsForIndentation(xml: string): string {
  return xml.replace(/^( +)/gm, (s) => "\t".repeat(Math.ceil(s.length / 2)));
}

/** The `index`-th (0-based, wrapping) occurrence of `element`'s text replaced. */
export function replaceElementText(
  xml: string,
  element: string,
  index: number,
  edit: (text: string) => string,
): { xml: string; line: number } {
  const re = new RegExp(`<${element}>([^<]*)</${element}>`, "g");
  const hits = [...xml.matchAll(re)];
  const hit = hits[index % hits.length];
  const at = hit.index ?? 0;
  const replaced = `<${element}>${edit(hit[1])}</${element}>`;
  return {
    xml: xml.slice(0, at) + replaced + xml.slice(at + hit[0].length),
    line: xml.slice(0, at).split("\n").length,
  };
}

/** The `index`-th occurrence of `element` followed, on the same line, by a second copy with `text`. */
export function duplicateElement(
  xml: string,
  element: string,
  index: number,
  text: string,
): { xml: string; line: number } {
  const re = new RegExp(`<${element}>[^<]*</${element}>`, "g");
  const hits = [...xml.matchAll(re)];
  const hit = hits[index % hits.length];
  const at = (hit.index ?? 0) + hit[0].length;
  return {
    xml: `${xml.slice(0, at)}<${element}>${text}</${element}>${xml.slice(at)}`,
    line: xml.slice(0, at).split("\n").length,
  };
}

/** The damaging mutations the CLI cases draw from, for any text file. */
export type TextDamage = "truncate" | "quote" | "cr-only" | "invalid-utf8" | "nul" | "flip";

export const textDamages: TextDamage[] = ["truncate", "quote", "cr-only", "invalid-utf8", "nul", "flip"];

/** Damage text bytes at a position `f` in [0, 1): cut, open a quote at a line, CR-only, a bad byte, a NUL, a flipped byte. */
export function damageText(bytes: Uint8Array, how: TextDamage, f: number): Uint8Array {
  const at = Math.min(bytes.length - 1, Math.floor(f * bytes.length));
  switch (how) {
    case "truncate":
      return truncateBytes(bytes, at);
    case "quote": {
      const lineStart = bytes.lastIndexOf(0x0a, at) + 1;
      return insertBytes(bytes, lineStart, [0x22]);
    }
    case "cr-only":
      return bytes.map((b) => (b === 0x0a ? 0x0d : b));
    case "invalid-utf8":
      return insertBytes(bytes, at, [0xff]);
    case "nul":
      return insertBytes(bytes, at, [0x00]);
    case "flip":
      return setByte(bytes, at, bytes[at] ^ 0x20);
  }
}
