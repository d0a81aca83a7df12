// Keyed pseudonyms for identifiers, computed before any join so raw ids never reach outputs.
//
// Method: HMAC-SHA-256 (RFC 2104, Krawczyk et al. 1997) of the UTF-8 bytes of
// `<domain>:<trimmed id>`, written as lower-case hex. Without the key the pseudonym cannot be
// recomputed from a guessed id (unlike a plain hash of a short, guessable id).
// Choices: ids are trimmed of surrounding white space and otherwise kept as given (case
// matters); the domain (`child`, `family` …) keeps a child id and a family id that happen to be
// spelt alike from sharing a pseudonym; the default length is the full 64 hex digits (256 bits),
// `length` keeps a prefix. Key handling (file, environment, refusing a missing key) belongs to
// the CLI; this function only refuses an empty key.
// Checked against: hmacSha256 on the RFC 4231 vectors (tests/link/hmac-sha256.test.ts).
import { UsageError } from "../util/errors.js";
import { hmacSha256Prepared, prepareHmacKey } from "./hmac-sha256.js";

export interface PseudonymiserOptions {
  /** Namespace written before the id (`child`, `family`); default `"id"`. */
  domain?: string;
  /** Hex digits kept, 8–64; default 64. */
  length?: number;
}

/** Maps a raw identifier to its pseudonym. */
export type Pseudonymiser = (id: string) => string;

/**
 * Build a pseudonymiser for one key and domain: about a million short ids a second.
 *
 * Method: HMAC-SHA-256, Krawczyk et al. (1997) (RFC 2104), of `domain:trimmed id` under the
 * key, as lower-case hex cut to `length` digits (default domain "id", length 64), so the same id
 * gets different pseudonyms in different domains.
 * @example
 * ```ts
 * import { createPseudonymiser } from "fgc-toolkit";
 * const child = createPseudonymiser("not-a-real-key", { domain: "child", length: 16 });
 * child("C801970"); // => "ad4ad7e911fe2c58"
 * child("C801970") === child("C801970"); // => true
 * createPseudonymiser("not-a-real-key", { domain: "family", length: 16 })("C801970") === child("C801970"); // => false
 * ```
 */
export function createPseudonymiser(
  key: string | Uint8Array,
  options: PseudonymiserOptions = {},
): Pseudonymiser {
  const keyBytes = typeof key === "string" ? utf8(key) : key;
  if (keyBytes.length === 0)
    throw new UsageError("pseudonymisation key: expected a non-empty key, got an empty one");
  const length = options.length ?? 64;
  if (!Number.isInteger(length) || length < 8 || length > 64) {
    throw new UsageError(`pseudonymisation length: expected whole hex digits 8–64, got ${length}`);
  }
  const prepared = prepareHmacKey(keyBytes);
  const prefix = utf8(`${options.domain ?? "id"}:`);
  let buffer = new Uint8Array(256);
  buffer.set(prefix);
  const digest = new Uint8Array(32);
  const hexCodes: number[] = new Array(length).fill(48);
  return (id: string): string => {
    const text = id.trim();
    // UTF-8 encode into the reusable buffer (at most 3 bytes per UTF-16 unit).
    if (prefix.length + 3 * text.length > buffer.length) {
      const bigger = new Uint8Array(2 * (prefix.length + 3 * text.length));
      bigger.set(prefix);
      buffer = bigger;
    }
    const n = encodeInto(text, buffer, prefix.length);
    hmacSha256Prepared(prepared, buffer, n, digest);
    // One flat string from char codes: `s += …` would leave a chain of 32 cons strings per id.
    for (let i = 0; i < length; i++) {
      const b = digest[i >>> 1];
      hexCodes[i] = HEX_CODES[i & 1 ? b & 15 : b >>> 4];
    }
    return String.fromCharCode.apply(null, hexCodes);
  };
}

/** Char codes of 0–9, a–f. */
const HEX_CODES = Array.from("0123456789abcdef", (c) => c.charCodeAt(0));

function utf8(text: string): Uint8Array {
  const out = new Uint8Array(3 * text.length);
  return out.subarray(0, encodeInto(text, out, 0));
}

/** UTF-8 (RFC 3629) of `text` written at `offset`; returns the end offset. Lone surrogates become U+FFFD. */
function encodeInto(text: string, out: Uint8Array, offset: number): number {
  let j = offset;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c < 0x80) {
      out[j++] = c;
    } else if (c < 0x800) {
      out[j++] = 0xc0 | (c >> 6);
      out[j++] = 0x80 | (c & 63);
    } else {
      if (c >= 0xd800 && c < 0xdc00 && i + 1 < text.length) {
        const d = text.charCodeAt(i + 1);
        if (d >= 0xdc00 && d < 0xe000) {
          c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
          i++;
          out[j++] = 0xf0 | (c >> 18);
          out[j++] = 0x80 | ((c >> 12) & 63);
          out[j++] = 0x80 | ((c >> 6) & 63);
          out[j++] = 0x80 | (c & 63);
          continue;
        }
      }
      if (c >= 0xd800 && c < 0xe000) c = 0xfffd;
      out[j++] = 0xe0 | (c >> 12);
      out[j++] = 0x80 | ((c >> 6) & 63);
      out[j++] = 0x80 | (c & 63);
    }
  }
  return j;
}
