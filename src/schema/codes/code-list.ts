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
}
