// CSV or TSV already in memory (a string) to a RawTable; the browser-side twin of
// io/node/read-delimited-file.ts, used for pasted text and in tests.
import type { Issue } from "../schema/issue.js";
import { createDelimitedParser, UnclosedQuoteError } from "./delimited-parser.js";
import { fileIssue } from "./file-issue.js";
import type { RawTableBuilder } from "./raw-table-builder.js";
import { createRawTableBuilder } from "./raw-table-builder.js";
import type { RawTable } from "./raw-table.js";
import { limitIssue, ReadLimitError } from "./read-limits.js";

/**
 * Parse delimited text. Each record's spreadsheet row number is its position among records
 * (header = 1), so a quoted field holding a line break does not shift later rows. A quote that
 * never closes or a limit passed leaves the table incomplete, with the issue saying where.
 * @example
 * ```ts
 * import { readDelimitedText } from "fgc-toolkit";
 * const raw = readDelimitedText('CHILD,DECOM\nA1,05/02/2021\nA2,"06/02/2021"\n', "e.csv");
 * raw.header; // => ["CHILD", "DECOM"]
 * raw.columns; // => [["A1", "A2"], ["05/02/2021", "06/02/2021"]]
 * raw.rowNumbers; // => [2, 3]
 * ```
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
    return finishAfterParseError(error, builder, file, format);
  }
  return builder.finish(true);
}

/**
 * A parse that stopped: record why on the builder and finish the table incomplete. Errors that
 * are neither an unclosed quote nor a limit are bugs and are thrown again.
 * @example finishAfterParseError(new UnclosedQuoteError(2, 2, 3), builder, "e.csv", "csv").unsplitRows // 3
 */
export function finishAfterParseError(
  error: unknown,
  builder: RawTableBuilder,
  file: string,
  format: "csv" | "tsv",
): RawTable {
  if (error instanceof UnclosedQuoteError) {
    builder.issue(unclosedQuoteIssue(error, file, format));
    builder.unsplit(error.linesSwallowed);
  } else if (error instanceof ReadLimitError) {
    builder.issue(limitIssue(error, file));
  } else {
    throw error;
  }
  return builder.finish(false);
}

/**
 * The `quote-unclosed` issue for a quote that never closes, at the row where it opens.
 * @example unclosedQuoteIssue(new UnclosedQuoteError(4), "e.csv", "csv").row // 4
 */
export function unclosedQuoteIssue(error: UnclosedQuoteError, file: string, format: "csv" | "tsv"): Issue {
  return fileIssue(
    "quote-unclosed",
    file,
    `not valid ${format.toUpperCase()}: ${error.message}, so the file is not read`,
    error.row,
  );
}
