/**
 * CSV cells that are safe to open in Excel: no text can run as a formula (OWASP, "CSV
 * Injection"), and delimiters, quotes and line breaks are quoted as RFC 4180 says.
 */

const formulaStart = /^[=+\-@\t\r]/;
const numeric = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * One CSV cell: text starting with = + - @ (or a tab or carriage return) that is not a number
 * gets a leading apostrophe, so Excel shows it as text; then RFC 4180 quoting where needed.
 * Numbers such as -3 stay numbers.
 * @example csvSafeCell("=HYPERLINK(\"x\")") // "\"'=HYPERLINK(\"\"x\"\")\""
 * @example csvSafeCell("-3") // "-3"
 */
export function csvSafeCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return "";
  let s = typeof value === "string" ? value : String(value);
  if (formulaStart.test(s) && !numeric.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * Rows to CSV text with CRLF line ends (what Excel writes), every cell through csvSafeCell.
 * @example csvSafeRows([["rule", "value"], ["code-unknown", "=1+2"]]) // "rule,value\r\ncode-unknown,'=1+2\r\n"
 */
export function csvSafeRows(
  rows: readonly (readonly (string | number | boolean | null | undefined)[])[],
): string {
  return rows.map((r) => r.map(csvSafeCell).join(",")).join("\r\n") + (rows.length > 0 ? "\r\n" : "");
}
