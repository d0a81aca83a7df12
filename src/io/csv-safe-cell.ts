/**
 * CSV cells that are safe to open in Excel: no text can run as a formula (OWASP, "CSV
 * Injection"), and delimiters, quotes and line breaks are quoted as RFC 4180 says. Every CSV the
 * toolkit writes goes through csvSafeRows (return, report tables, link analysis file, issues,
 * simulated extracts), and report/tables.ts neutralises Markdown cells with neutraliseFormula.
 *
 * Choices: a cell is a formula risk when its first character, after any spaces, is = + - @, a
 * tab or a carriage return (OWASP's list) or their full-width forms ＝ ＋ － ＠ (which Excel in
 * East Asian locales reads as formula signs); it then gets a leading apostrophe, which Excel and
 * LibreOffice show as text. Plain numbers such as -3 or +2.5e3 are left alone. A line break
 * inside a value stays in the value, inside quotes, so an RFC 4180 reader (Excel, csv-parse, R,
 * pandas) reads one row, never a forged one.
 */

const formulaStart = /^[ \u00a0]*[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/;
const numeric = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * Text that cannot run as a formula in a spreadsheet: a leading apostrophe when it starts like one
 * and is not a plain number.
 * @example neutraliseFormula("@SUM(1)") // "'@SUM(1)"
 * @example neutraliseFormula("-3") // "-3"
 */
export function neutraliseFormula(text: string): string {
  return formulaStart.test(text) && !numeric.test(text) ? `'${text}` : text;
}

/**
 * One CSV cell: neutraliseFormula, then RFC 4180 quoting where needed. Numbers such as -3 stay
 * numbers.
 * @example csvSafeCell("=HYPERLINK(\"x\")") // "\"'=HYPERLINK(\"\"x\"\")\""
 * @example csvSafeCell("-3") // "-3"
 */
export function csvSafeCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return "";
  const s = neutraliseFormula(typeof value === "string" ? value : String(value));
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * Rows to CSV text, every cell through csvSafeCell, each line ended by `eol`: CRLF (what Excel
 * writes) by default; `fgc return` keeps the LF of the published la-return layout.
 * @example csvSafeRows([["rule", "value"], ["code-unknown", "=1+2"]]) // "rule,value\r\ncode-unknown,'=1+2\r\n"
 */
export function csvSafeRows(
  rows: readonly (readonly (string | number | boolean | null | undefined)[])[],
  eol: "\r\n" | "\n" = "\r\n",
): string {
  const lines: string[] = [];
  for (const r of rows) lines.push(r.map(csvSafeCell).join(","));
  return lines.join(eol) + (rows.length > 0 ? eol : "");
}
