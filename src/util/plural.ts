import { formatCount } from "./format-count.js";

/**
 * A count with its noun in the right number: "1 local authority", "21 local authorities",
 * "1 child", "2,537 children". The plural is given when English does not make it by rule
 * (consonant + y → ies, child → children, otherwise + s).
 * @example plural(1, "family") // "1 family"
 * @example plural(1471, "family") // "1,471 families"
 * @example plural(2, "referred child") // "2 referred children"
 */
export function plural(n: number, singular: string, pluralForm?: string): string {
  return `${formatCount(n)} ${n === 1 ? singular : (pluralForm ?? pluralOf(singular))}`;
}

/** The plural of a noun phrase by the rules above: its last word changes. */
export function pluralOf(singular: string): string {
  if (/child$/.test(singular)) return `${singular}ren`;
  if (/[^aeiou]y$/.test(singular)) return `${singular.slice(0, -1)}ies`;
  if (/(s|x|z|ch|sh)$/.test(singular)) return `${singular}es`;
  return `${singular}s`;
}
