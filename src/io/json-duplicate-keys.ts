/**
 * Keys repeated within one JSON object. JSON.parse keeps the last of them without a word, so a
 * row `{"CHILD": "A1", "DEC": "2021-01-01", "DEC": ""}` would lose a value silently; this scan
 * of the text finds them first. A single pass: strings are skipped with indexOf, and only keys
 * holding an escape go through JSON.parse.
 */

export interface JsonKeyScan {
  duplicates: JsonDuplicateKey[];
  /** Set when an object holds more keys than `maxKeys`: the scan stopped there. */
  tooManyKeys?: { element: number };
}

export interface JsonDuplicateKey {
  /** Index of the top-level array element holding the object, or -1 outside a top-level array. */
  element: number;
  key: string;
}

/**
 * Every repeated key, in text order. `element` counts the objects and arrays of a top-level
 * array (the rows; a file with scalar rows is refused by the reader anyway).
 * Stops at the first object with more than `maxKeys` keys (a table too wide to read), before
 * JSON.parse would spend seconds building it.
 * @example jsonDuplicateKeys('[{"a":1},{"a":1,"a":2}]').duplicates // [{ element: 1, key: "a" }]
 */
export function jsonDuplicateKeys(text: string, maxKeys = Number.POSITIVE_INFINITY): JsonKeyScan {
  const found: JsonDuplicateKey[] = [];
  // One entry per open container: a Set of keys for an object, null for an array.
  const stack: (Set<string> | null)[] = [];
  let expectKey = false;
  let element = -1;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      const end = stringEnd(text, i);
      const top = stack[stack.length - 1];
      if (expectKey && top) {
        const raw = text.slice(i + 1, end);
        const key = raw.includes("\\") ? keyText(text.slice(i, end + 1), raw) : raw;
        const at = stack.length >= 2 && stack[0] === null ? element : -1;
        if (top.has(key)) found.push({ element: at, key });
        else {
          top.add(key);
          if (top.size > maxKeys) return { duplicates: found, tooManyKeys: { element: at } };
        }
        expectKey = false;
      }
      i = end;
    } else if (c === 123) {
      if (stack.length === 1 && stack[0] === null) element++;
      stack.push(new Set());
      expectKey = true;
    } else if (c === 91) {
      if (stack.length === 1 && stack[0] === null) element++;
      stack.push(null);
      expectKey = false;
    } else if (c === 125 || c === 93) {
      stack.pop();
      expectKey = false;
    } else if (c === 44) {
      expectKey = stack[stack.length - 1] instanceof Set;
    }
  }
  return { duplicates: found };
}

/** A JSON string token's text; the raw text when it is not valid (JSON.parse reports that). */
function keyText(token: string, raw: string): string {
  try {
    return JSON.parse(token) as string;
  } catch {
    return raw;
  }
}

/** Offset of the quote closing the string that opens at `start`. */
function stringEnd(text: string, start: number): number {
  let q = text.indexOf('"', start + 1);
  while (q !== -1) {
    let slashes = 0;
    for (let k = q - 1; text.charCodeAt(k) === 92; k--) slashes++;
    if (slashes % 2 === 0) return q;
    q = text.indexOf('"', q + 1);
  }
  return text.length - 1;
}
