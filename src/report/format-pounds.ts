/**
 * Pounds as a report prints them: whole pounds with thousands separators and a true minus sign.
 * @example formatPounds(-1234.5) // "−£1,235"
 */
export function formatPounds(x: number | null | undefined): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return "not estimable";
  const whole = Math.round(Math.abs(x));
  const sign = x < 0 && whole !== 0 ? "−" : "";
  return `${sign}£${whole.toLocaleString("en-GB")}`;
}

/**
 * A unit cost as the file gives it, to the penny when it has pence.
 * @example formatUnitCost(412.5) // "£412.50"
 */
export function formatUnitCost(x: number): string {
  return `£${x.toLocaleString("en-GB", { minimumFractionDigits: Number.isInteger(x) ? 0 : 2, maximumFractionDigits: 2 })}`;
}
