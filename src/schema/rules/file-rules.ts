// File-level rules (io/): reading, formats, encodings, archives. Part of the rule catalogue (schema/rules.ts).
import type { Rule } from "../rule.js";

/** Rules of the catalogue: file-level rules (io/): reading, formats, encodings, archives. */
export const fileRules = {
  // File-level rules (io/).
  "file-empty": {
    title: "Empty file",
    severity: "error",
    explanation: "The file has no bytes or no header line.",
  },
  "file-header-only": {
    title: "Header only",
    severity: "warning",
    explanation: "The file has a header but no data rows.",
  },
  "file-not-utf8": {
    title: "Not UTF-8",
    severity: "error",
    explanation: "Save the file as UTF-8 (Excel: CSV UTF-8).",
  },
  "file-format-mismatch": {
    title: "Format does not match the name",
    severity: "error",
    explanation:
      "The file's content is another format than its extension says (e.g. an Excel workbook named .csv).",
  },
  "file-too-large": {
    title: "File too large",
    severity: "error",
    explanation: "The file is larger than the toolkit will load into memory; split it or raise --max-bytes.",
  },
  "file-unreadable": {
    title: "Unreadable file",
    severity: "error",
    explanation: "The file could not be parsed in its format.",
  },
  "quote-unclosed": {
    title: "Quote never closed",
    severity: "error",
    explanation:
      "A quoted CSV/TSV cell opens on the line given and never closes, so every line after it was swallowed into one cell; the file is not read. Close the quote (or remove it) and load the file again.",
  },
  "table-too-wide": {
    title: "Too many columns",
    severity: "error",
    explanation:
      "A row has more cells than the column limit, Excel's own (see Reading limits); the file is not read. Check the delimiter and the line endings.",
  },
  "cell-too-large": {
    title: "Cell too long",
    severity: "error",
    explanation:
      "A cell is longer than the cell limit (see Reading limits), often a quote that never closes; the file is not read.",
  },
  "row-too-long": {
    title: "Line too long",
    severity: "error",
    explanation:
      "A line of a CSV/TSV file is longer than the line limit (see Reading limits), often a file with no line breaks; the file is not read.",
  },
  "xlsx-expanded-too-large": {
    title: "Workbook expands too far",
    severity: "error",
    explanation:
      "The workbook's zip declares more uncompressed bytes or entries than the toolkit will inflate (see Reading limits); it is refused before anything is inflated. Save the sheet as CSV UTF-8.",
  },
  "xlsx-formula-no-value": {
    title: "Formula without a saved value",
    severity: "error",
    explanation:
      "A cell holds a formula but the workbook saved no result for it (written by a program that does not calculate); open and save it in Excel, or paste the values, then load it again.",
  },
  "json-column-length": {
    title: "JSON columns of different lengths",
    severity: "error",
    explanation:
      "In columnar JSON every column must hold one value per row; a shorter column would leave its last rows blank. The file is not read.",
  },
  "json-key-duplicate": {
    title: "Key repeated in a JSON object",
    severity: "error",
    explanation:
      "A row object names the same key twice; JSON.parse would silently keep the last value. The row is rejected.",
  },
  "json-number-imprecise": {
    title: "JSON number not read exactly",
    severity: "error",
    explanation:
      "A JSON number keeps about 15 significant digits, so an integer past 9,007,199,254,740,991 (or a number out of range, like 1e400) would be read as another number: 9510360667454694808 would become 9510360667454695000, another id. Write ids as strings, in quotes. The row is rejected. (Fractions are read to 15 significant digits, as Excel shows them.)",
  },
  "json-value-nested": {
    title: "Object or array in a JSON cell",
    severity: "error",
    explanation:
      "A cell holds an object or array instead of a single value (string, number, true, false or null); it is not read as its JSON text. The row is rejected.",
  },
  "schema-unknown": {
    title: "Schema not recognised",
    severity: "error",
    explanation: "The header matches no known table; pass --schema NAME.",
  },
} satisfies Record<string, Rule>;
