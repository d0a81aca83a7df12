/**
 * A code list with its source named, as the returns define them. Labels are paraphrased.
 */
export interface CodeList {
  id: string;
  title: string;
  /** Where the list comes from (owner/repo@commit:path or a URL), as domain.md cites it. */
  source: string;
  /** code -> label. */
  codes: Record<string, string>;
  /** Other spellings accepted on input and the code they mean (e.g. GROM -> WROM). */
  aliases?: Record<string, string>;
  /**
   * Codes valid only in some collection years: code -> [first, last] start year of the
   * collection year (2024 for 2024-25; 0 and 9999 for open ends). Codes not named are valid in
   * every year. Checked by schema/checks/code-year-check.ts.
   */
  validity?: Record<string, [from: number, to: number]>;
}
