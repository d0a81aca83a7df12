const nf = new Intl.NumberFormat("en-GB");

/**
 * A whole count with thousands separators, as every command and report prints counts.
 * @example formatCount(2548) // "2,548"
 */
export function formatCount(n: number): string {
  return nf.format(n);
}
