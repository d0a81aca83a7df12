/**
 * A value read from a file, cut to a length a message can carry: a hostile file may hold a
 * 10 MB "code", and a message quoting it whole would flood the terminal and the log. Escaping
 * for the terminal is display-text.ts's, which shortens with this too.
 * Choices: a surrogate pair is never split; the suffix says how long the value was.
 */

/** Longest value quoted in an issue, in characters. */
export const MAX_QUOTED = 60;

/**
 * @example shortenValue('=HYPERLINK("http://x")', 10) // '=HYPERLINK… (22 characters)'
 */
export function shortenValue(value: string, max = MAX_QUOTED): string {
  if (value.length <= max) return value;
  let end = max;
  const code = value.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return `${value.slice(0, end)}… (${value.length.toLocaleString("en-GB")} characters)`;
}
