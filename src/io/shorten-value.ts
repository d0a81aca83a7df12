/**
 * A value read from a file, cut to a length a message can carry: a hostile file may hold a
 * 10 MB "code", and a message quoting it whole would flood the terminal and the log. Escaping
 * for the terminal happens where issues are printed; this only bounds the size at the source.
 */

/** Longest value quoted in an issue, in characters. */
export const MAX_QUOTED = 60;

/**
 * @example shortenValue('=HYPERLINK("http://x")', 10) // '=HYPERLINK… (22 characters)'
 */
export function shortenValue(value: string, max = MAX_QUOTED): string {
  if (value.length <= max) return value;
  return `${value.slice(0, max)}… (${value.length.toLocaleString("en-GB")} characters)`;
}
