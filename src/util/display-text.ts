// Text from files made safe to print on a terminal: control characters cannot move the cursor,
// clear the screen or reorder what follows, and a huge value cannot flood the screen.
//
// Choices: C0 controls (U+0000–U+001F, line breaks and tabs included), DEL, C1 controls
// (U+0080–U+009F, where 0x9B is a one-byte escape introducer) and the bidirectional embeddings,
// overrides and isolates (U+202A–U+202E, U+2066–U+2069, "Trojan Source", CVE-2021-42574) are
// written as `\uXXXX`, as JSON writes them. Text longer than `max` characters keeps its first
// `max` characters and says how long it was; it is shortened before escaping, so an escape is
// never cut in half.

import { shortenValue } from "./shorten-value.js";

// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const unsafe = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * @example displayText("\u001b[2J") // "\\u001b[2J"
 * @example displayText("x".repeat(500), 10) // "xxxxxxxxxx… (500 characters)"
 */
export function displayText(text: string, max = 200): string {
  return shortenValue(text, max).replace(
    unsafe,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}
