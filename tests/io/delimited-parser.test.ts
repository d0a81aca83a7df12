/**
 * The incremental CSV parser against csv-parse (the reference implementation it replaces for
 * speed) on generated files, however the text is cut into chunks; plus hand cases.
 */
import { parse } from "csv-parse/sync";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createDelimitedParser, UnclosedQuoteError } from "../../src/io/delimited-parser.js";
import { ReadLimitError, readLimits } from "../../src/io/read-limits.js";

function parseAll(text: string, chunks: number[] = [], delimiter = ","): string[][] {
  const rows: string[][] = [];
  const p = createDelimitedParser(delimiter, (cells, row) => {
    expect(row).toBe(rows.length + 1);
    rows.push(cells);
  });
  let at = 0;
  for (const size of chunks) {
    p.push(text.slice(at, at + size));
    at += size;
  }
  p.push(text.slice(at));
  p.end();
  return rows;
}

/** A field as a CSV writer would write it: quoted when it holds a delimiter, quote or line break. */
function writeField(s: string): string {
  return /[",\r\n]/.test(s) || s.startsWith(" ") ? `"${s.replace(/"/g, '""')}"` : s;
}

const field = fc.stringMatching(/^[a-z0-9 ,"\n£é]{0,6}$/);
const csvFile = fc
  .array(fc.array(field, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 8 })
  .chain((rows) =>
    fc.record({
      rows: fc.constant(rows),
      eol: fc.constantFrom("\n", "\r\n"),
      trailing: fc.boolean(),
      cuts: fc.array(fc.integer({ min: 0, max: 7 }), { maxLength: 12 }),
    }),
  );

describe("createDelimitedParser", () => {
  it("gives the same records as csv-parse on generated RFC 4180 files, however the text is chunked", () => {
    fc.assert(
      fc.property(csvFile, ({ rows, eol, trailing, cuts }) => {
        const text = rows.map((r) => r.map(writeField).join(",")).join(eol) + (trailing ? eol : "");
        const expected = parse(text, { relax_column_count: true, skip_empty_lines: false }) as string[][];
        expect(parseAll(text, cuts)).toEqual(expected);
      }),
      { seed: 42, numRuns: 300 },
    );
  });

  it("keeps a quoted line break inside its field and counts the record once", () => {
    expect(parseAll('a,b\n"x\ny",2\nz,3\n')).toEqual([
      ["a", "b"],
      ["x\ny", "2"],
      ["z", "3"],
    ]);
  });

  it('reads "" inside quotes as one quote and keeps a quote inside an unquoted field', () => {
    expect(parseAll('"say ""hi""",5\' 3"\n')).toEqual([['say "hi"', "5' 3\""]]);
  });

  it("treats a blank line as a record of one empty cell (so rows keep their numbers)", () => {
    expect(parseAll("a\n\nb\n")).toEqual([["a"], [""], ["b"]]);
  });

  it("splits on tabs for TSV", () => {
    expect(parseAll("a\tb\n1\t2\n", [], "\t")).toEqual([
      ["a", "b"],
      ["1", "2"],
    ]);
  });

  it("ends records at LF, CRLF and lone CR mixed in one file, however the text is chunked; quoted CR/LF stay", () => {
    const mixedField = fc.stringMatching(/^[a-z0-9 ,"\r\n]{0,5}$/);
    const file = fc.record({
      rows: fc.array(
        fc.record({
          cells: fc.array(mixedField, { minLength: 1, maxLength: 3 }),
          eol: fc.constantFrom("\n", "\r\n", "\r"),
        }),
        { minLength: 1, maxLength: 8 },
      ),
      trailing: fc.boolean(),
      cuts: fc.array(fc.integer({ min: 0, max: 7 }), { maxLength: 12 }),
    });
    fc.assert(
      fc.property(file, ({ rows, trailing, cuts }) => {
        const text = rows
          // An empty field is written "" so that a row of one empty cell is not an empty file.
          .map(
            (r, k) =>
              r.cells.map((c) => (c === "" ? '""' : writeField(c))).join(",") +
              (k < rows.length - 1 || trailing ? r.eol : ""),
          )
          .join("");
        expect(parseAll(text, cuts)).toEqual(rows.map((r) => r.cells));
      }),
      { seed: 42, numRuns: 500 },
    );
  });

  it("reads a CR-only file as one record a line (it used to be one header line and nothing else)", () => {
    expect(parseAll("a,b\r1,2\r3,4\r")).toEqual([
      ["a", "b"],
      ["1", "2"],
      ["3", "4"],
    ]);
  });

  it("names the line where an unclosed quote opens and counts the lines it swallowed", () => {
    // Records: a (line 1), "x⏎y" (lines 2–3), then the quote of row 3 opens on line 4 and
    // swallows lines 4, 5 and 6 (the last without a line end).
    const error = catchError(() => parseAll('a\n"x\ny"\n"c\nd\re'));
    expect(error).toBeInstanceOf(UnclosedQuoteError);
    expect(error).toMatchObject({ row: 3, line: 4, linesSwallowed: 3 });
    // A quoted field that runs to the end of the file swallows its own line.
    expect(catchError(() => parseAll('a,b\n1,"2\n', [5]))).toMatchObject({
      row: 2,
      line: 2,
      linesSwallowed: 1,
    });
  });

  it("refuses 250,000 columns in well under a second, naming the row", () => {
    const error = catchError(() => parseAll(`${"c,".repeat(250_000)}c\n1\n`, [100_000]));
    expect(error).toBeInstanceOf(ReadLimitError);
    expect(error).toMatchObject({ rule: "table-too-wide", row: 1 });
    // Exactly the limit is allowed.
    expect(parseAll(`${"c,".repeat(readLimits.maxColumns - 1)}c\n`)[0]).toHaveLength(readLimits.maxColumns);
  });

  it("refuses a cell past the cell limit, quoted or not, naming the row", () => {
    const long = "x".repeat(readLimits.maxCellChars + 1);
    expect(catchError(() => parseAll(`a\nb\n${long}\n`))).toMatchObject({ rule: "cell-too-large", row: 3 });
    expect(catchError(() => parseAll(`a\n"${long}"\n`, [70_000, 70_000]))).toMatchObject({
      rule: "cell-too-large",
      row: 2,
    });
    // An unclosed quote longer than the limit stops at the limit instead of holding the file.
    expect(catchError(() => parseAll(`a\n"${long}`, [1000]))).toMatchObject({
      rule: "cell-too-large",
      row: 2,
    });
  });

  it("refuses a line past the line limit before the end of input", () => {
    const p = createDelimitedParser(",", () => {});
    p.push("a\n");
    const piece = "x,".repeat(1 << 19); // 1 Mi characters, 512 Ki cells of one character … no line end
    const error = catchError(() => {
      for (let k = 0; k <= readLimits.maxRowChars / piece.length; k++) p.push(piece);
    });
    expect(error).toMatchObject({ rule: "row-too-long", row: 2 });
  });

  it("throws UnclosedQuoteError naming the record where the quote opened", () => {
    expect(() => parseAll('a\nb\n"c,d\ne\n')).toThrow(UnclosedQuoteError);
    try {
      parseAll('a\nb\n"c,d\ne\n');
    } catch (error) {
      expect((error as UnclosedQuoteError).row).toBe(3);
    }
  });
});

function catchError(f: () => unknown): unknown {
  try {
    f();
  } catch (error) {
    return error;
  }
  return undefined;
}
