/**
 * The incremental CSV parser against csv-parse (the reference implementation it replaces for
 * speed) on generated files, however the text is cut into chunks; plus hand cases.
 */
import { parse } from "csv-parse/sync";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createDelimitedParser, UnclosedQuoteError } from "../../src/io/delimited-parser.js";

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

  it("throws UnclosedQuoteError naming the record where the quote opened", () => {
    expect(() => parseAll('a\nb\n"c,d\ne\n')).toThrow(UnclosedQuoteError);
    try {
      parseAll('a\nb\n"c,d\ne\n');
    } catch (error) {
      expect((error as UnclosedQuoteError).row).toBe(3);
    }
  });
});
