// Keys repeated within one JSON object, and number literals JSON.parse would not keep exactly.
// JSON.parse keeps the last of repeated keys without a word, so a row
// `{"CHILD": "A1", "DEC": "2021-01-01", "DEC": ""}` would lose a value silently, and it rounds
// 9510360667454694808 to 9510360667454695000; this scan of the text finds both first. A single
// pass: strings are skipped with indexOf, only keys holding an escape go through JSON.parse, and
// only numbers of more than 15 digits or with an exponent are looked at twice (json-number-exact.ts).
import { jsonNumberExact } from "./json-number-exact.js";

export interface JsonKeyScan {
  duplicates: JsonDuplicateKey[];
  /** Number literals whose value as read would differ from the text (json-number-exact.ts). */
  imprecise: JsonImpreciseNumber[];
  /** Set when an object holds more keys than `maxKeys`: the scan stopped there. */
  tooManyKeys?: { element: number };
}

export interface JsonDuplicateKey {
  /** Index of the top-level array element holding the object, or -1 outside a top-level array. */
  element: number;
  key: string;
}

export interface JsonImpreciseNumber {
  /**
   * Where the number is: an object key or an array index per level, outermost first;
   * `[4, "CHILD"]` is the CHILD of the fifth row object, `["CHILD", 4]` the fifth CHILD of columns.
   */
  path: (string | number)[];
  /** The literal as written. */
  text: string;
}

/**
 * Every repeated key and every imprecise number, in text order. `element` counts the objects and arrays of a top-level
 * array (the rows; a file with scalar rows is refused by the reader anyway).
 * Stops at the first object with more than `maxKeys` keys (a table too wide to read), before
 * JSON.parse would spend seconds building it.
 * @example jsonDuplicateKeys('[{"a":1},{"a":1,"a":2}]').duplicates // [{ element: 1, key: "a" }]
 * @example jsonDuplicateKeys('[{"a":12345678901234567}]').imprecise // [{ path: [0, "a"], text: "12345678901234567" }]
 */
export function jsonDuplicateKeys(text: string, maxKeys = Number.POSITIVE_INFINITY): JsonKeyScan {
  const found: JsonDuplicateKey[] = [];
  const imprecise: JsonImpreciseNumber[] = [];
  // One entry per open container: a Set of keys for an object, null for an array; beside it the
  // object's latest key and the array's current index (for the path of an imprecise number).
  const stack: (Set<string> | null)[] = [];
  const keys: string[] = [];
  const indices: number[] = [];
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
        const row = stack.length >= 2 && stack[0] === null ? element : -1;
        keys[keys.length - 1] = key;
        if (top.has(key)) found.push({ element: row, key });
        else {
          top.add(key);
          if (top.size > maxKeys) return { duplicates: found, imprecise, tooManyKeys: { element: row } };
        }
        expectKey = false;
      }
      i = end;
    } else if (c === 123) {
      if (stack.length === 1 && stack[0] === null) element++;
      stack.push(new Set());
      keys.push("");
      indices.push(0);
      expectKey = true;
    } else if (c === 91) {
      if (stack.length === 1 && stack[0] === null) element++;
      stack.push(null);
      keys.push("");
      indices.push(0);
      expectKey = false;
    } else if (c === 125 || c === 93) {
      stack.pop();
      keys.pop();
      indices.pop();
      expectKey = false;
    } else if (c === 44) {
      const top = stack.length - 1;
      expectKey = stack[top] instanceof Set;
      if (stack[top] === null) indices[top]++;
    } else if (c === 45 || (c >= 48 && c <= 57)) {
      // A number. Without an exponent, one of at most 15 digits before its point (and 300 in
      // all) always reads right (json-number-exact.ts); only others are sliced and looked at.
      let digits = 0;
      let point = -1;
      let exponent = false;
      let k = i;
      for (; k < n; k++) {
        const d = text.charCodeAt(k);
        if (d >= 48 && d <= 57) digits++;
        else if (d === 46) point = digits;
        else if (d === 101 || d === 69) exponent = true;
        else if (d !== 43 && d !== 45) break;
      }
      if (exponent || (point < 0 ? digits : point) > 15 || digits > 300) {
        const literal = text.slice(i, k);
        if (!jsonNumberExact(literal)) {
          const path = stack.map((s, d) => (s === null ? indices[d] : keys[d]));
          imprecise.push({ path, text: literal });
        }
      }
      i = k - 1;
    }
  }
  return { duplicates: found, imprecise };
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
