// Counts with thousands separators, as Intl's en-GB number format writes them. A whole number
// (a safe integer) is grouped here, digit for digit what Intl gives; anything else (a fraction,
// -0, a huge or non-finite number) goes to Intl, built on first use: building it took ~15 ms of
// every command's start.
let numberFormat: Intl.NumberFormat | undefined;

/**
 * A whole count with thousands separators, as every command and report prints counts.
 * @example formatCount(2548) // "2,548"
 */
export function formatCount(n: number): string {
  if (Number.isSafeInteger(n) && !Object.is(n, -0)) {
    const digits = String(n < 0 ? -n : n);
    let grouped = digits.slice(0, ((digits.length - 1) % 3) + 1);
    for (let i = grouped.length; i < digits.length; i += 3) grouped += `,${digits.slice(i, i + 3)}`;
    return n < 0 ? `-${grouped}` : grouped;
  }
  numberFormat ??= new Intl.NumberFormat("en-GB");
  return numberFormat.format(n);
}
