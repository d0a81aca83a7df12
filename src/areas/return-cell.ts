/** GSS symbols of a count not published: `c` suppressed, `z` not applicable, `:` not available. */
export type GssSymbol = "c" | "z" | ":";

/**
 * One cell of an `la-return` after reading: where it came from (file, row) and its count or GSS
 * symbol. `c` suppressed, `z` not applicable, `:` not available (domain.md §6.1).
 */
export interface ReturnCell {
  /** DfE three-digit code of the authority (a GSS code in the file is mapped to it). */
  la: string;
  period: string;
  breakdown: string;
  category: string;
  measure: string;
  value: number | GssSymbol;
  file: string;
  /** Spreadsheet row (header = 1). */
  row: number;
}

/** The key of a cell: one value per authority, period, breakdown, category and measure. */
export function cellKey(c: Pick<ReturnCell, "la" | "period" | "breakdown" | "category" | "measure">): string {
  return `${c.la}|${c.period}|${c.breakdown}|${c.category}|${c.measure}`;
}
