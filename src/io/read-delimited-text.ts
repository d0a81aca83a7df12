/**
 * CSV or TSV already in memory (a string) to a RawTable; the browser-side twin of
 * io/node/read-delimited-file.ts, used for pasted text and in tests.
 */
import { createDelimitedParser, UnclosedQuoteError } from "./delimited-parser.js";
import { fileIssue } from "./file-issue.js";
import { createRawTableBuilder } from "./raw-table-builder.js";
import type { RawTable } from "./raw-table.js";

/**
 * Parse delimited text. Each record's spreadsheet row number is its position among records
 * (header = 1), so a quoted field holding a line break does not shift later rows.
 * @example readDelimitedText("CHILD,DECOM\nA1,05/02/2021\n", "e.csv").rowNumbers // [2]
 */
export function readDelimitedText(text: string, file: string, format: "csv" | "tsv" = "csv"): RawTable {
  const builder = createRawTableBuilder(file, format);
  const parser = createDelimitedParser(format === "tsv" ? "\t" : ",", (cells, row) =>
    builder.add(cells, row),
  );
  try {
    parser.push(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    parser.end();
  } catch (error) {
    if (!(error instanceof UnclosedQuoteError)) throw error;
    builder.issue(unclosedQuoteIssue(error, file, format));
    return builder.finish(false);
  }
  return builder.finish(true);
}

/**
 * The `file-unreadable` issue for a quote that never closes.
 * @example unclosedQuoteIssue(new UnclosedQuoteError(4), "e.csv", "csv").row // 4
 */
export function unclosedQuoteIssue(error: UnclosedQuoteError, file: string, format: "csv" | "tsv") {
  return fileIssue(
    "file-unreadable",
    file,
    `not valid ${format.toUpperCase()}: ${error.message}, so the rest of the file cannot be split into cells`,
    error.row,
  );
}
