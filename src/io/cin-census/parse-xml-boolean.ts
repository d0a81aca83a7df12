// Booleans as the statutory returns write them: `1`/`0` or `true`/`false` (any case, trimmed).

/**
 * `true`, `false`, or undefined when the text is neither.
 * @example parseXmlBoolean("1") // true
 */
export function parseXmlBoolean(text: string): boolean | undefined {
  const t = text.trim().toLowerCase();
  if (t === "1" || t === "true") return true;
  if (t === "0" || t === "false") return false;
  return undefined;
}
