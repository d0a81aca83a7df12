/**
 * Fuzzing the CSV reader (readTable on the bundled episodes and children samples): line endings,
 * quoting, BOM and column order change nothing; truncation, byte flips, stray quotes, control
 * characters, giant cells, duplicated columns and rows, invalid UTF-8 and Windows-1252 text end
 * in a refusal naming the file (and the row) or a read that returns every intact row.
 */
import * as fc from "fast-check";
import { beforeAll, describe, expect } from "vitest";
import type { ReadTableResult } from "../../src/io/validate-read.js";
import { fraction, fuzzProperty, fuzzRuns } from "./fuzz-settings.js";
import {
  controlCharacters,
  editCell,
  insertAt,
  insertBytes,
  joinLines,
  type LineEnding,
  quoteEveryCell,
  reorderColumns,
  splitLines,
  truncateBytes,
  utf8,
  wholeLinesBefore,
  windows1252,
  withBom,
} from "./mutators.js";
import { type Damage, expectRefusedOrIntact, expectSameRead, refusalOf, readOrRefusal } from "./oracles.js";
import { readTableAt, sampleText, scratchDir, writeScratch } from "./samples.js";

const dir = scratchDir();
const names = ["episodes.csv", "children.csv"] as const;
type Name = (typeof names)[number];
interface Sample {
  lines: string[];
  baseline: ReadTableResult;
}
const samples = new Map<Name, Sample>();

beforeAll(async () => {
  for (const name of names) {
    const text = sampleText(name);
    const baseline = readOrRefusal(await readTableAt(writeScratch(dir, name, text), name), name);
    if (baseline === undefined || baseline.accounting.accepted === 0)
      throw new Error(`${name}: sample not read`);
    samples.set(name, { lines: splitLines(text), baseline });
  }
});

function sample(name: Name): Sample {
  return samples.get(name) as Sample;
}

function read(name: Name, content: string | Uint8Array) {
  return readTableAt(writeScratch(dir, name, content), name);
}

/** Damage confined to data line `line` (1-based data index + 1): every other row is intact. */
function oneRowDamaged(s: Sample, line: number): Damage {
  const rows = s.lines.length - 1;
  const intact: [number, number][] = [];
  for (let r = 2; r <= rows + 1; r++) if (r !== line + 1) intact.push([r, r]);
  return { intact, maxRead: rows, refusalRow: line + 1 };
}

const sampleArb = fc.constantFrom(...names);
/** A data line (index into lines, ≥ 1) and a column, wrapped to the sample's size. */
const cellArb = fc.record({
  name: sampleArb,
  line: fc.nat(),
  col: fc.nat(),
  at: fraction(),
});
function place(c: { name: Name; line: number; col: number }) {
  const s = sample(c.name);
  const line = 1 + (c.line % (s.lines.length - 1));
  return { s, line, col: c.col % s.lines[0].split(",").length };
}

describe("CSV: semantics-preserving mutations read the same", () => {
  fuzzProperty(
    "CRLF or mixed LF/CRLF line endings, with or without a final one",
    101,
    fc.asyncProperty(
      sampleArb,
      fc.array(fc.constantFrom<LineEnding>("\n", "\r\n"), { minLength: 1, maxLength: 5 }),
      fc.boolean(),
      async (name, endings, final) => {
        const s = sample(name);
        expectSameRead(await read(name, joinLines(s.lines, endings, final)), s.baseline, name);
      },
    ),
  );

  // known: CR-only line endings (old Mac, some exports) are read as one line, fixed by issue 12 CSV reader slice
  fuzzProperty(
    "CR-only line endings",
    102,
    fc.asyncProperty(sampleArb, fc.boolean(), async (name, final) => {
      const s = sample(name);
      expectSameRead(await read(name, joinLines(s.lines, ["\r"], final)), s.baseline, name);
    }),
    { known: "CR-only line endings read as one line" },
  );

  fuzzProperty(
    "every cell quoted",
    103,
    fc.asyncProperty(sampleArb, fc.constantFrom<LineEnding>("\n", "\r\n"), async (name, eol) => {
      const s = sample(name);
      expectSameRead(await read(name, joinLines(quoteEveryCell(s.lines), [eol])), s.baseline, name);
    }),
  );

  fuzzProperty(
    "a UTF-8 byte-order mark",
    104,
    fc.asyncProperty(sampleArb, fc.boolean(), async (name, final) => {
      const s = sample(name);
      expectSameRead(await read(name, withBom(joinLines(s.lines, ["\n"], final))), s.baseline, name);
    }),
  );

  fuzzProperty(
    "columns in another order",
    105,
    fc.asyncProperty(sampleArb, fc.array(fc.nat(), { minLength: 40, maxLength: 40 }), async (name, keys) => {
      const s = sample(name);
      const width = s.lines[0].split(",").length;
      const order = [...Array(width).keys()].sort((a, b) => keys[a] - keys[b] || a - b);
      expectSameRead(await read(name, joinLines(reorderColumns(s.lines, order), ["\n"])), s.baseline, name);
    }),
  );
});

describe("CSV: damaging mutations are refused or keep every intact row", () => {
  fuzzProperty(
    "truncated at any byte",
    201,
    fc.asyncProperty(sampleArb, fraction(), async (name, f) => {
      const s = sample(name);
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
      cellArb,
      fc.integer({ min: 0x00, max: 0x7f }).filter((b) => b !== 0x22 && b !== 0x0a && b !== 0x0d),
      async (c, byte) => {
        const { s, line } = place(c);
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

  // known: an unclosed quote is refused but the rows before it are still accepted (a partial read), fixed by issue 12 CSV reader slice
  fuzzProperty(
    "an unbalanced quote opening a cell",
    203,
    fc.asyncProperty(cellArb, async (c) => {
      const { s, line, col } = place(c);
      const lines = editCell(s.lines, line, col, (cell) => `"${cell}`);
      expectRefusedOrIntact(
        await read(c.name, joinLines(lines, ["\n"])),
        s.baseline,
        c.name,
        oneRowDamaged(s, line),
      );
    }),
    { known: "rows before an unclosed quote accepted from a partial read" },
  );

  fuzzProperty(
    "a stray quote inside a cell",
    204,
    fc.asyncProperty(cellArb, async (c) => {
      const { s, line, col } = place(c);
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

  fuzzProperty(
    "a control character in a cell",
    205,
    fc.asyncProperty(cellArb, fc.constantFrom(...controlCharacters), async (c, ctrl) => {
      const { s, line, col } = place(c);
      const lines = editCell(s.lines, line, col, (cell) => insertAt(cell, ctrl, c.at));
      expectRefusedOrIntact(
        await read(c.name, joinLines(lines, ["\n"])),
        s.baseline,
        c.name,
        oneRowDamaged(s, line),
      );
    }),
  );

  fuzzProperty(
    "a giant cell (64 KiB to 2.5 MiB, across the reader's 1 MiB chunks)",
    206,
    fc.asyncProperty(cellArb, fc.integer({ min: 1 << 16, max: 5 << 19 }), async (c, size) => {
      const { s, line, col } = place(c);
      const giant = "Z".repeat(size);
      const lines = editCell(s.lines, line, col, () => giant);
      const r = expectRefusedOrIntact(
        await read(c.name, joinLines(lines, ["\n"])),
        s.baseline,
        c.name,
        oneRowDamaged(s, line),
      );
      const column = s.lines[0].split(",")[col];
      const at = r?.columns.rowNumbers.indexOf(line + 1) ?? -1;
      if (r !== undefined && at >= 0 && column in r.columns.columns) {
        expect(r.columns.columns[column][at], "a giant cell accepted whole").toBe(giant);
      }
    }),
    { runs: Math.max(2, Math.ceil(fuzzRuns() / 4)) },
  );

  fuzzProperty(
    "a giant quoted cell holding line breaks and multi-byte text, across the 1 MiB chunks, read whole",
    212,
    fc.asyncProperty(
      cellArb,
      fc.integer({ min: 1 << 18, max: 5 << 19 }),
      fc.constantFrom("\n", "\r\n"),
      fc.constantFrom("Z", "é", "€"),
      async (c, size, eol, ch) => {
        const { s, line, col } = place(c);
        const value = `${ch.repeat(size / 2)}${eol}${ch.repeat(size / 2)}${eol}x`;
        const lines = editCell(s.lines, line, col, () => `"${value}"`);
        const r = expectRefusedOrIntact(
          await read(c.name, joinLines(lines, ["\n"])),
          s.baseline,
          c.name,
          oneRowDamaged(s, line),
        );
        const column = s.lines[0].split(",")[col];
        const at = r?.columns.rowNumbers.indexOf(line + 1) ?? -1;
        if (r !== undefined && at >= 0 && column in r.columns.columns) {
          expect(r.columns.columns[column][at] === value, "the quoted cell read whole").toBe(true);
        }
      },
    ),
    { runs: Math.max(2, Math.ceil(fuzzRuns() / 4)) },
  );

  fuzzProperty(
    "invalid UTF-8 in a cell is refused at its row",
    207,
    fc.asyncProperty(
      cellArb,
      fc.constantFrom([0xff], [0xc3], [0xe2, 0x82], [0x80], [0xed, 0xa0, 0x80]),
      async (c, bad) => {
        const { s, line, col } = place(c);
        const marked = editCell(s.lines, line, col, (cell) => insertAt(cell, "\u0000", c.at));
        const text = joinLines(marked, ["\n"]);
        const at = utf8(text.slice(0, text.indexOf("\u0000"))).length;
        const bytes = insertBytes(utf8(text.replace("\u0000", "")), at, bad);
        const outcome = await read(c.name, bytes);
        expectRefusedOrIntact(outcome, s.baseline, c.name, oneRowDamaged(s, line));
        const r = readOrRefusal(outcome, c.name);
        if (r !== undefined)
          expect(refusalOf(r.issues)?.rule, "invalid UTF-8 is refused").toBe("file-not-utf8");
      },
    ),
  );

  fuzzProperty(
    "Windows-1252 text (é, £) is refused at its row or read as written",
    208,
    fc.asyncProperty(cellArb, async (c) => {
      const { s, line, col } = place(c);
      const lines = editCell(s.lines, line, col, (cell) => insertAt(cell, "é£", c.at));
      const r = expectRefusedOrIntact(
        await read(c.name, windows1252(joinLines(lines, ["\n"]))),
        s.baseline,
        c.name,
        oneRowDamaged(s, line),
      );
      const column = s.lines[0].split(",")[col];
      const at = r?.columns.rowNumbers.indexOf(line + 1) ?? -1;
      if (r !== undefined && at >= 0 && column in r.columns.columns) {
        expect(String(r.columns.columns[column][at]), "é£ decoded, not replaced").toContain("é£");
      }
    }),
  );

  fuzzProperty(
    "a column repeated with the same values: refused, or read as before",
    209,
    fc.asyncProperty(cellArb, async (c) => {
      const { s, col } = place(c);
      const lines = s.lines.map((l) => `${l},${l.split(",")[col]}`);
      const outcome = await read(c.name, joinLines(lines, ["\n"]));
      const r = readOrRefusal(outcome, c.name);
      if (r !== undefined && refusalOf(r.issues) === undefined) expectSameRead(outcome, s.baseline, c.name);
      else expectRefusedOrIntact(outcome, s.baseline, c.name, { intact: [], maxRead: s.lines.length - 1 });
    }),
  );

  fuzzProperty(
    "a column renamed to another's name (two columns, one name) is refused",
    210,
    fc.asyncProperty(cellArb, fc.nat(), async (c, other) => {
      const { s, col } = place(c);
      const header = s.lines[0].split(",");
      const j = (col + 1 + (other % (header.length - 1))) % header.length;
      const lines = editCell(s.lines, 0, j, () => header[col]);
      const outcome = await read(c.name, joinLines(lines, ["\n"]));
      expectRefusedOrIntact(outcome, s.baseline, c.name, { intact: [], maxRead: s.lines.length - 1 });
      const r = readOrRefusal(outcome, c.name);
      if (r !== undefined) expect(refusalOf(r.issues), "two columns with one name are refused").toBeDefined();
    }),
  );

  fuzzProperty(
    "a data row repeated (a duplicated key): both copies accounted, not both accepted",
    211,
    fc.asyncProperty(cellArb, async (c) => {
      const { s, line } = place(c);
      const lines = [...s.lines.slice(0, line + 1), s.lines[line], ...s.lines.slice(line + 1)];
      const intact: [number, number][] = [];
      for (let r = 2; r <= s.lines.length + 1; r++) {
        if (r <= line + 1) intact.push([r, r]);
        else if (r === line + 2) intact.push([r, line + 1]);
        else intact.push([r, r - 1]);
      }
      const r = expectRefusedOrIntact(await read(c.name, joinLines(lines, ["\n"])), s.baseline, c.name, {
        intact,
        maxRead: s.lines.length,
      });
      if (r === undefined) return;
      const both = [line + 1, line + 2].every((row) => r.columns.rowNumbers.includes(row));
      expect(both, `row ${line + 1} and its copy both accepted`).toBe(false);
    }),
  );
});
