// Locating text that is not UTF-8, so the message can name the row an analyst must fix (a
// Windows-1252 `£` is the usual culprit: Excel's plain "CSV" save).

/**
 * Offset of the first byte that does not belong to a well-formed UTF-8 sequence (RFC 3629:
 * no overlongs, no surrogates, nothing above U+10FFFF), or -1 when all bytes are valid. A
 * sequence cut off by the end of `bytes` counts as invalid only when `final` is true.
 * @example findInvalidUtf8(new Uint8Array([0x61, 0xa3])) // 1
 */
export function findInvalidUtf8(bytes: Uint8Array, final = true): number {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f;
    } else return i;
    for (let k = 1; k <= need; k++) {
      if (i + k >= n) return final ? i : -1;
      const c = bytes[i + k];
      if (k === 1 ? c < lo || c > hi : c < 0x80 || c > 0xbf) return i;
    }
    i += need + 1;
  }
  return -1;
}

/**
 * Spreadsheet row (header = 1) of the byte at `offset` in delimited text: counts line breaks
 * outside double-quoted fields, so a quoted field holding a newline stays in one row.
 * @example rowAtOffset(new TextEncoder().encode('a\n"x\ny"\nz'), 8) // 3
 */
export function rowAtOffset(bytes: Uint8Array, offset: number): number {
  let row = 1;
  let quoted = false;
  const end = Math.min(offset, bytes.length);
  for (let i = 0; i < end; i++) {
    const b = bytes[i];
    if (b === 0x22) quoted = !quoted;
    else if (!quoted) {
      if (b === 0x0a) row++;
      else if (b === 0x0d && bytes[i + 1] !== 0x0a) row++;
    }
  }
  return row;
}
