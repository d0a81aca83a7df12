/**
 * Fuzzing the CSV reader's structure (readTable on the bundled episodes and children samples):
 * line endings, quoting, BOM and column order change nothing; truncation, byte flips and stray
 * quotes end in a refusal naming the file (and the row) or a read that returns every intact row.
 * Cell contents are fuzzed in fuzz-csv-cells.test.ts.
 */
import * as fc from "fast-check";
import { beforeAll, describe } from "vitest";
import {
  type CsvName,
  type CsvSample,
  csvCellArb,
  csvNameArb,
  loadCsvSamples,
  oneRowDamaged,
  placeCell,
} from "./csv-samples.js";
import { fraction, fuzzProperty } from "./fuzz-settings.js";
import {
  editCell,
  insertAt,
  joinLines,
  type LineEnding,
  quoteEveryCell,
  reorderColumns,
  truncateBytes,
  utf8,
  wholeLinesBefore,
  withBom,
} from "./mutators.js";
import { expectRefusedOrIntact, expectSameRead } from "./oracles.js";
import { readTableAt, scratchDir, writeScratch } from "./samples.js";

const dir = scratchDir();
let samples: Map<CsvName, CsvSample>;

beforeAll(async () => {
  samples = await loadCsvSamples(dir);
});

function read(name: CsvName, content: string | Uint8Array) {
  return readTableAt(writeScratch(dir, name, content), name);
}

describe("CSV: semantics-preserving mutations read the same", () => {
  fuzzProperty(
    "CRLF or mixed LF/CRLF line endings, with or without a final one",
    101,
    fc.asyncProperty(
      csvNameArb,
      fc.array(fc.constantFrom<LineEnding>("\n", "\r\n"), { minLength: 1, maxLength: 5 }),
      fc.boolean(),
      async (name, endings, final) => {
        const s = samples.get(name) as CsvSample;
        expectSameRead(await read(name, joinLines(s.lines, endings, final)), s.baseline, name);
      },
    ),
  );

  fuzzProperty(
    "CR-only line endings",
    102,
    fc.asyncProperty(csvNameArb, fc.boolean(), async (name, final) => {
      const s = samples.get(name) as CsvSample;
      expectSameRead(await read(name, joinLines(s.lines, ["\r"], final)), s.baseline, name);
    }),
  );

  fuzzProperty(
    "every cell quoted",
    103,
    fc.asyncProperty(csvNameArb, fc.constantFrom<LineEnding>("\n", "\r\n"), async (name, eol) => {
      const s = samples.get(name) as CsvSample;
      expectSameRead(await read(name, joinLines(quoteEveryCell(s.lines), [eol])), s.baseline, name);
    }),
  );

  fuzzProperty(
    "a UTF-8 byte-order mark",
    104,
    fc.asyncProperty(csvNameArb, fc.boolean(), async (name, final) => {
      const s = samples.get(name) as CsvSample;
      expectSameRead(await read(name, withBom(joinLines(s.lines, ["\n"], final))), s.baseline, name);
    }),
  );

  fuzzProperty(
    "columns in another order",
    105,
    fc.asyncProperty(csvNameArb, fc.array(fc.nat(), { minLength: 40, maxLength: 40 }), async (name, keys) => {
      const s = samples.get(name) as CsvSample;
      const width = s.lines[0].split(",").length;
      const order = [...Array(width).keys()].sort((a, b) => keys[a] - keys[b] || a - b);
      expectSameRead(await read(name, joinLines(reorderColumns(s.lines, order), ["\n"])), s.baseline, name);
    }),
  );
});

describe("CSV: damaging mutations of the structure are refused or keep every intact row", () => {
  fuzzProperty(
    "truncated at any byte",
    201,
    fc.asyncProperty(csvNameArb, fraction(), async (name, f) => {
      const s = samples.get(name) as CsvSample;
      const bytes = utf8(joinLines(s.lines, ["\n"]));
      const cut = Math.floor(f * bytes.length);
      const whole = wholeLinesBefore(bytes, cut);
      const intact: [number, number][] = [];
      for (let r = 2; r <= whole; r++) intact.push([r, r]);
      const partial = cut > 0 && bytes[cut - 1] !== 0x0a ? 1 : 0;
      const maxRead = whole === 0 ? 0 : whole - 1 + partial;
      expectRefusedOrIntact(await read(name, truncateBytes(bytes, cut)), s.baseline, name, {
        intact,
        maxRead,
      });
    }),
  );

  fuzzProperty(
    "one byte of a data row replaced by any ASCII character but a quote or line break",
    202,
    fc.asyncProperty(
      csvCellArb,
      fc.integer({ min: 0x00, max: 0x7f }).filter((b) => b !== 0x22 && b !== 0x0a && b !== 0x0d),
      async (c, byte) => {
        const { s, line } = placeCell(samples, c);
        const text = s.lines[line];
        const k = Math.floor(c.at * (text.length - 1));
        const lines = s.lines.map((l, i) =>
          i === line ? l.slice(0, k) + String.fromCharCode(byte) + l.slice(k + 1) : l,
        );
        expectRefusedOrIntact(
          await read(c.name, joinLines(lines, ["\n"])),
          s.baseline,
          c.name,
          oneRowDamaged(s, line),
        );
      },
    ),
  );

  fuzzProperty(
    "an unbalanced quote opening a cell",
    203,
    fc.asyncProperty(csvCellArb, async (c) => {
      const { s, line, col } = placeCell(samples, c);
      const lines = editCell(s.lines, line, col, (cell) => `"${cell}`);
      expectRefusedOrIntact(
        await read(c.name, joinLines(lines, ["\n"])),
        s.baseline,
        c.name,
        oneRowDamaged(s, line),
      );
    }),
  );

  fuzzProperty(
    "a stray quote inside a cell",
    204,
    fc.asyncProperty(csvCellArb, async (c) => {
      const { s, line, col } = placeCell(samples, c);
      const lines = editCell(s.lines, line, col, (cell) =>
        cell.length < 2 ? `x"${cell}` : insertAt(cell, '"', 0.5),
      );
      expectRefusedOrIntact(
        await read(c.name, joinLines(lines, ["\n"])),
        s.baseline,
        c.name,
        oneRowDamaged(s, line),
      );
    }),
  );
});
