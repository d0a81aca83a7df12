// Column-, cell- and cross-row rules of a table against its schema. Part of the rule catalogue (schema/rules.ts).
import type { Rule } from "../rule.js";

/** Rules of the catalogue: column-, cell- and cross-row rules of a table against its schema. */
export const cellRules = {
  // Column-level rules.
  "column-missing": {
    title: "Required column missing",
    severity: "error",
    explanation: "Add the column, spelt as the data dictionary spells it.",
  },
  "column-unknown": {
    title: "Unknown column",
    severity: "warning",
    explanation: "The column is not in the schema and will be ignored.",
  },
  "column-duplicate": {
    title: "Column repeated",
    severity: "error",
    explanation: "Two columns have the same name.",
  },
  "row-extra-cells": {
    title: "More cells than columns",
    severity: "error",
    explanation:
      "The row has values beyond the last header column; check for stray delimiters or a missing header.",
  },
  "file-delimiter": {
    title: "Another delimiter",
    severity: "error",
    explanation:
      "The header reads as one column holding semicolons, tabs or pipes: the file is separated by another character than its name says. Save it as comma-separated CSV (Excel: CSV UTF-8), or name a tab-separated file .tsv.",
  },
  "row-short": {
    title: "Fewer cells than columns",
    severity: "error",
    explanation:
      "A CSV/TSV row has fewer cells than the header has columns: a line cut short, a lost delimiter or a line break inside an unquoted cell. The row is rejected rather than padded with blanks; the issue names the first column with no cell.",
  },
  // Cell-level rules.
  "value-missing": {
    title: "Required value blank",
    severity: "error",
    explanation: "This column may not be blank.",
  },
  "value-type": {
    title: "Wrong type",
    severity: "error",
    explanation: "The value is not of the column's type (whole number, number, yes/no …).",
  },
  "value-range": {
    title: "Out of range",
    severity: "error",
    explanation: "The value is outside the column's allowed range.",
  },
  "date-unparseable": {
    title: "Not a date",
    severity: "error",
    explanation: "Write dates as dd/mm/yyyy or yyyy-mm-dd.",
  },
  "date-impossible": {
    title: "Impossible date",
    severity: "error",
    explanation: "The date does not exist (e.g. 31/02/2021).",
  },
  "date-month-first": {
    title: "Month/day order",
    severity: "error",
    explanation:
      "The date reads only as month/day/year (12/25/2024: there is no month 25), as a spreadsheet set to US English writes it. Write dd/mm/yyyy (25/12/2024); check the file's other dates, which may have been swapped without an error (03/04/2024).",
  },
  "date-before-1900": {
    title: "Date before 1900",
    severity: "error",
    explanation:
      "No date in these data is before 01/01/1900; a year such as 0023 or 1023 is a typing slip (write all four digits, e.g. 2023).",
  },
  "date-future": {
    title: "Date in the future",
    severity: "error",
    explanation: "The date is after the extract (reference) date.",
  },
  "code-unknown": {
    title: "Code not in its list",
    severity: "error",
    explanation: "Use a code from the list named in the data dictionary.",
  },
  "code-spelling": {
    title: "Code read from another spelling",
    severity: "warning",
    explanation:
      "An la-return breakdown, category or measure written another way (another case, spaces or hyphens for underscores, or a spelling its list names: WHITE, under 1, 1-4, 16+, Y/N, disabled, children_offered_fgc) is read as the list's code; the warning names the spelling found and the code it was read as, at the first row spelling it so. Write the code as the data dictionary lists it to silence it.",
  },
  "code-year": {
    title: "Code not valid in the collection year",
    severity: "error",
    explanation:
      "The code is on the list of another collection year (PLACE K3 from 2024-25; H5, P2 and Z1 until 2024-25; Z11–Z14 from 2025-26; SEX 1/2 until 2023-24, M/F/U from 2024-25). The year is the one given with --collection-year, else the year of the row's latest date.",
  },
  // Cross-row rules.
  "key-duplicate": {
    title: "Duplicate key",
    severity: "error",
    explanation: "Two rows have the same key; each key may appear once.",
  },
} satisfies Record<string, Rule>;
