// Reading the la-return `value` column: a whole-number count, or one of the GSS symbols.

/** Symbols allowed in place of a count: c suppressed, z not applicable, : not available. */
export const returnSymbols: Readonly<Record<string, string>> = {
  c: "suppressed (1–5, or secondary suppression)",
  z: "not applicable",
  ":": "not available",
};

/**
 * The count in a return value, or undefined for a symbol or anything else.
 * @example returnCount("12") // 12
 * @example returnCount("c") // undefined
 */
export function returnCount(value: string | null): number | undefined {
  if (value === null) return undefined;
  const s = value.trim();
  return /^\d+$/.test(s) ? Number(s) : undefined;
}

/**
 * Whether a return value is a count or an allowed symbol.
 * @example isReturnValue("z") // true
 */
export function isReturnValue(value: string | null): boolean {
  if (value === null) return false;
  const s = value.trim();
  return /^\d+$/.test(s) || s in returnSymbols;
}
