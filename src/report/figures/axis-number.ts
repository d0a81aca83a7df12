// Axis tick labels as the Vega-Lite charts write them with d3-format ",~r": six significant
// digits, trailing zeros dropped, thousands separated by commas (en-GB), and the minus sign
// U+2212; without Intl, whose first NumberFormat costs milliseconds at startup.

/**
 * `x` formatted as d3-format ",~r" does: 6 significant digits, no trailing zeros, "," between
 * thousands, "−" (U+2212) for negatives.
 * @example formatAxisNumber(-1234.5) // "−1,234.5"
 */
export function formatAxisNumber(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  const n = Number(Math.abs(x).toPrecision(6));
  if (n === 0) return "0";
  const exponent = Math.floor(Math.log10(n));
  let digits = n.toFixed(Math.min(100, Math.max(0, 5 - exponent)));
  if (digits.includes(".")) digits = digits.replace(/\.?0+$/, "");
  const [whole, fraction] = digits.split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${x < 0 ? "\u2212" : ""}${grouped}${fraction === undefined ? "" : `.${fraction}`}`;
}

/**
 * `x` with `decimals` fixed decimals as d3-format ",.<decimals>f" writes it: "," between
 * thousands, "−" (U+2212) for negatives, no "−0".
 * @example formatFixed(-15000, 0) // "−15,000"
 */
export function formatFixed(x: number, decimals: number): string {
  const digits = Math.abs(x).toFixed(decimals);
  const [whole, fraction] = digits.split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const negative = x < 0 && Number(digits) !== 0;
  return `${negative ? "\u2212" : ""}${grouped}${fraction === undefined ? "" : `.${fraction}`}`;
}
