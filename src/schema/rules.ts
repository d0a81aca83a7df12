/**
 * The catalogue of validation rules. Every Issue names one of these ids; messages and the data
 * dictionary are built from here, so wording changes in one place. Tests assert rule ids, rows and
 * columns, not message text.
 */
import type { Severity } from "./issue.js";

export interface Rule {
  title: string;
  severity: Severity;
  /** One line an analyst can act on. */
  explanation: string;
}

export const rules = {
  // File-level rules (io/).
  "file-empty": { title: "Empty file", severity: "error", explanation: "The file has no bytes or no header line." },
  "file-header-only": { title: "Header only", severity: "warning", explanation: "The file has a header but no data rows." },
  "file-not-utf8": { title: "Not UTF-8", severity: "error", explanation: "Save the file as UTF-8 (Excel: CSV UTF-8)." },
  "file-format-mismatch": { title: "Format does not match the name", severity: "error", explanation: "The file's content is another format than its extension says (e.g. an Excel workbook named .csv)." },
  "file-too-large": { title: "File too large", severity: "error", explanation: "The file is larger than the toolkit will load into memory; split it or raise --max-bytes." },
  "file-unreadable": { title: "Unreadable file", severity: "error", explanation: "The file could not be parsed in its format." },
  "schema-unknown": { title: "Schema not recognised", severity: "error", explanation: "The header matches no known table; pass --schema NAME." },
  // Column-level rules.
  "column-missing": { title: "Required column missing", severity: "error", explanation: "Add the column, spelt as the data dictionary spells it." },
  "column-unknown": { title: "Unknown column", severity: "warning", explanation: "The column is not in the schema and will be ignored." },
  "column-duplicate": { title: "Column repeated", severity: "error", explanation: "Two columns have the same name." },
  // Cell-level rules.
  "value-missing": { title: "Required value blank", severity: "error", explanation: "This column may not be blank." },
  "value-type": { title: "Wrong type", severity: "error", explanation: "The value is not of the column's type (whole number, number, yes/no …)." },
  "value-range": { title: "Out of range", severity: "error", explanation: "The value is outside the column's allowed range." },
  "date-unparseable": { title: "Not a date", severity: "error", explanation: "Write dates as dd/mm/yyyy or yyyy-mm-dd." },
  "date-impossible": { title: "Impossible date", severity: "error", explanation: "The date does not exist (e.g. 31/02/2021)." },
  "date-future": { title: "Date in the future", severity: "error", explanation: "The date is after the extract (reference) date." },
  "code-unknown": { title: "Code not in its list", severity: "error", explanation: "Use a code from the list named in the data dictionary." },
  // Cross-row rules.
  "key-duplicate": { title: "Duplicate key", severity: "error", explanation: "Two rows have the same key; each key may appear once." },
} satisfies Record<string, Rule>;

export type RuleId = keyof typeof rules;
