// A copy of a TrueType font that keeps the outlines of only the glyphs a chart can use, so that
// resvg, which re-reads its font file for every glyph it draws, reads a fraction of the bytes.
// Every glyph keeps its id, and every other table (character map, metrics, kerning, GSUB, GPOS)
// is copied unchanged except `post`, whose glyph names nothing reads (version 3, no names):
// so text made of kept characters shapes and draws exactly as with the original file.
// Kept: .notdef; the glyph of every character `keep` accepts; every glyph no character maps to
// (ligatures, alternates and other forms that GSUB may substitute); the components of every
// kept composite glyph. Emptied: the glyphs of characters `keep` refuses, which a chart whose
// text `keep` accepts never shows.
// Format: the OpenType specification (tables head, maxp, loca, glyf, cmap formats 4 and 12).
// @example pruneFont(readFileSync("DejaVuSans.ttf"), (cp) => cp < 0x250).length // well under the original's

/** Thrown for a file that is not a TrueType font this function can read (the caller falls back). */
export class FontFormatError extends Error {}

export function pruneFont(font: Uint8Array, keep: (codePoint: number) => boolean): Uint8Array {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const tables = tableDirectory(view);
  const table = (tag: string) => {
    const t = tables.get(tag);
    if (!t) throw new FontFormatError(`no ${tag} table`);
    return t;
  };
  const head = table("head");
  const numGlyphs = view.getUint16(table("maxp").offset + 4);
  const longLoca = view.getInt16(head.offset + 50) === 1;
  const loca = table("loca");
  const glyf = table("glyf");
  const glyphStart = (g: number) =>
    longLoca ? view.getUint32(loca.offset + 4 * g) : 2 * view.getUint16(loca.offset + 2 * g);

  const mapped = new Uint8Array(numGlyphs); // 1: some character maps here; 2: a kept one does
  forEachMapping(view, table("cmap").offset, (codePoint, glyph) => {
    if (glyph <= 0 || glyph >= numGlyphs) return;
    mapped[glyph] = Math.max(mapped[glyph], keep(codePoint) ? 2 : 1);
  });
  const kept = new Uint8Array(numGlyphs);
  const stack: number[] = [0];
  for (let g = 1; g < numGlyphs; g++) if (mapped[g] !== 1) stack.push(g);
  // Every glyph any GSUB lookup can put in (the ﬁ ligature is also the glyph of U+FB01).
  const gsub = tables.get("GSUB");
  if (gsub) for (const g of substitutionOutputs(view, gsub.offset)) if (g < numGlyphs) stack.push(g);
  while (stack.length > 0) {
    const g = stack.pop() as number;
    if (kept[g]) continue;
    kept[g] = 1;
    const start = glyphStart(g);
    if (glyphStart(g + 1) > start) for (const c of components(view, glyf.offset + start)) stack.push(c);
  }

  // The new glyf and loca (long offsets), each kept glyph padded to 4 bytes.
  const pieces: Uint8Array[] = [];
  const newLoca = new DataView(new ArrayBuffer(4 * (numGlyphs + 1)));
  let at = 0;
  for (let g = 0; g < numGlyphs; g++) {
    newLoca.setUint32(4 * g, at);
    const start = glyphStart(g);
    const end = glyphStart(g + 1);
    if (!kept[g] || end <= start) continue;
    const length = (end - start + 3) & ~3;
    const piece = new Uint8Array(length);
    piece.set(font.subarray(glyf.offset + start, glyf.offset + end));
    pieces.push(piece);
    at += length;
  }
  newLoca.setUint32(4 * numGlyphs, at);
  const newGlyf = new Uint8Array(at);
  let pos = 0;
  for (const p of pieces) {
    newGlyf.set(p, pos);
    pos += p.length;
  }
  // Copies (a Node Buffer's slice would share the original's memory).
  const newHead = Uint8Array.from(font.subarray(head.offset, head.offset + head.length));
  const headView = new DataView(newHead.buffer);
  headView.setUint32(8, 0); // checkSumAdjustment: not recomputed, and not read by renderers
  headView.setInt16(50, 1); // indexToLocFormat: long
  const replaced = new Map<string, Uint8Array>([
    ["glyf", newGlyf],
    ["loca", new Uint8Array(newLoca.buffer)],
    ["head", newHead],
  ]);
  const post = tables.get("post");
  if (post && post.length >= 32) {
    const newPost = Uint8Array.from(font.subarray(post.offset, post.offset + 32));
    new DataView(newPost.buffer).setUint32(0, 0x00030000);
    replaced.set("post", newPost);
  }
  return writeFont(view.getUint32(0), [...tables.keys()], (tag) => {
    const t = tables.get(tag) as TableRecord;
    return replaced.get(tag) ?? font.subarray(t.offset, t.offset + t.length);
  });
}

interface TableRecord {
  offset: number;
  length: number;
}

function tableDirectory(view: DataView): Map<string, TableRecord> {
  if (view.byteLength < 12) throw new FontFormatError("too short for a font");
  const version = view.getUint32(0);
  if (version !== 0x00010000 && version !== 0x74727565)
    throw new FontFormatError("not a TrueType font (an OpenType CFF font or a collection?)");
  const count = view.getUint16(4);
  const tables = new Map<string, TableRecord>();
  for (let i = 0; i < count; i++) {
    const rec = 12 + 16 * i;
    const tag = String.fromCharCode(
      view.getUint8(rec),
      view.getUint8(rec + 1),
      view.getUint8(rec + 2),
      view.getUint8(rec + 3),
    );
    const offset = view.getUint32(rec + 8);
    const length = view.getUint32(rec + 12);
    if (offset + length > view.byteLength) throw new FontFormatError(`table ${tag} past the end of the file`);
    tables.set(tag, { offset, length });
  }
  return tables;
}

/** Every (character, glyph) pair of the cmap's Unicode subtables of format 4 and 12. */
function forEachMapping(view: DataView, cmap: number, f: (codePoint: number, glyph: number) => void): void {
  const count = view.getUint16(cmap + 2);
  let read = 0;
  for (let i = 0; i < count; i++) {
    const platform = view.getUint16(cmap + 4 + 8 * i);
    const encoding = view.getUint16(cmap + 6 + 8 * i);
    const sub = cmap + view.getUint32(cmap + 8 + 8 * i);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (!unicode) continue;
    const format = view.getUint16(sub);
    if (format === 4) {
      const segments = view.getUint16(sub + 6) / 2;
      const ends = sub + 14;
      const starts = ends + 2 * segments + 2;
      const deltas = starts + 2 * segments;
      const rangeOffsets = deltas + 2 * segments;
      for (let s = 0; s < segments; s++) {
        const start = view.getUint16(starts + 2 * s);
        const end = view.getUint16(ends + 2 * s);
        const delta = view.getInt16(deltas + 2 * s);
        const rangeOffsetAt = rangeOffsets + 2 * s;
        const rangeOffset = view.getUint16(rangeOffsetAt);
        for (let c = start; c <= end && c !== 0xffff; c++) {
          let g: number;
          if (rangeOffset === 0) g = (c + delta) & 0xffff;
          else {
            const raw = view.getUint16(rangeOffsetAt + rangeOffset + 2 * (c - start));
            g = raw === 0 ? 0 : (raw + delta) & 0xffff;
          }
          f(c, g);
        }
      }
      read++;
    } else if (format === 12) {
      const groups = view.getUint32(sub + 12);
      for (let k = 0; k < groups; k++) {
        const first = view.getUint32(sub + 16 + 12 * k);
        const last = view.getUint32(sub + 20 + 12 * k);
        const glyph = view.getUint32(sub + 24 + 12 * k);
        for (let c = first; c <= last; c++) f(c, glyph + (c - first));
      }
      read++;
    }
  }
  if (read === 0) throw new FontFormatError("no Unicode character map of format 4 or 12");
}

/**
 * Every glyph id that a GSUB lookup of type 1 (single), 2 (multiple), 3 (alternate), 4
 * (ligature) or 8 (reverse chaining) can output, whatever its input; type 7 (extension) is
 * followed; types 5 and 6 only call other lookups, which are read in their own right.
 */
function substitutionOutputs(view: DataView, gsub: number): number[] {
  const out: number[] = [];
  const list = gsub + view.getUint16(gsub + 8);
  const lookups = view.getUint16(list);
  const array = (at: number) => {
    const n = view.getUint16(at);
    for (let k = 0; k < n; k++) out.push(view.getUint16(at + 2 + 2 * k));
  };
  const subtable = (type: number, at: number): void => {
    const format = view.getUint16(at);
    if (type === 7) {
      subtable(view.getUint16(at + 2), at + view.getUint32(at + 4));
      return;
    }
    if (type === 1 && format === 1) {
      const delta = view.getInt16(at + 4);
      for (const g of coverage(view, at + view.getUint16(at + 2))) out.push((g + delta) & 0xffff);
    } else if (type === 1 && format === 2) array(at + 4);
    else if (type === 2 || type === 3) {
      const n = view.getUint16(at + 4);
      for (let k = 0; k < n; k++) array(at + view.getUint16(at + 6 + 2 * k));
    } else if (type === 4) {
      const sets = view.getUint16(at + 4);
      for (let k = 0; k < sets; k++) {
        const set = at + view.getUint16(at + 6 + 2 * k);
        const ligatures = view.getUint16(set);
        for (let m = 0; m < ligatures; m++) out.push(view.getUint16(set + view.getUint16(set + 2 + 2 * m)));
      }
    } else if (type === 8) {
      const backtrack = view.getUint16(at + 4);
      const lookahead = view.getUint16(at + 6 + 2 * backtrack);
      array(at + 8 + 2 * backtrack + 2 * lookahead);
    }
  };
  for (let i = 0; i < lookups; i++) {
    const lookup = list + view.getUint16(list + 2 + 2 * i);
    const type = view.getUint16(lookup);
    const count = view.getUint16(lookup + 4);
    for (let k = 0; k < count; k++) subtable(type, lookup + view.getUint16(lookup + 6 + 2 * k));
  }
  return out;
}

/** The glyph ids of a coverage table (format 1: a list; format 2: ranges). */
function coverage(view: DataView, at: number): number[] {
  const format = view.getUint16(at);
  const n = view.getUint16(at + 2);
  const out: number[] = [];
  for (let k = 0; k < n; k++) {
    if (format === 1) out.push(view.getUint16(at + 4 + 2 * k));
    else for (let g = view.getUint16(at + 4 + 6 * k); g <= view.getUint16(at + 6 + 6 * k); g++) out.push(g);
  }
  return out;
}

/** The glyph ids a composite glyph is built from (none for a simple glyph). */
function components(view: DataView, glyph: number): number[] {
  if (view.getInt16(glyph) >= 0) return [];
  const out: number[] = [];
  let at = glyph + 10;
  for (;;) {
    const flags = view.getUint16(at);
    out.push(view.getUint16(at + 2));
    at += 4 + (flags & 0x0001 ? 4 : 2); // ARG_1_AND_2_ARE_WORDS
    if (flags & 0x0008)
      at += 2; // WE_HAVE_A_SCALE
    else if (flags & 0x0040)
      at += 4; // WE_HAVE_AN_X_AND_Y_SCALE
    else if (flags & 0x0080) at += 8; // WE_HAVE_A_TWO_BY_TWO
    if (!(flags & 0x0020)) return out; // MORE_COMPONENTS
  }
}

/** A font file of the given tables, in the given order, each 4-byte aligned, with checksums. */
function writeFont(version: number, tags: string[], data: (tag: string) => Uint8Array): Uint8Array {
  const sorted = [...tags].sort();
  const headerLength = 12 + 16 * sorted.length;
  let size = headerLength;
  for (const tag of sorted) size += (data(tag).length + 3) & ~3;
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  const n = sorted.length;
  const entrySelector = Math.floor(Math.log2(n));
  view.setUint32(0, version);
  view.setUint16(4, n);
  view.setUint16(6, 16 * 2 ** entrySelector);
  view.setUint16(8, entrySelector);
  view.setUint16(10, 16 * n - 16 * 2 ** entrySelector);
  let at = headerLength;
  sorted.forEach((tag, i) => {
    const bytes = data(tag);
    out.set(bytes, at);
    const rec = 12 + 16 * i;
    for (let k = 0; k < 4; k++) view.setUint8(rec + k, tag.charCodeAt(k));
    let sum = 0;
    for (let k = 0; k < bytes.length; k += 4) sum = (sum + view.getUint32(at + k)) >>> 0;
    view.setUint32(rec + 4, sum);
    view.setUint32(rec + 8, at);
    view.setUint32(rec + 12, bytes.length);
    at += (bytes.length + 3) & ~3;
  });
  return out;
}
