/**
 * Fuzzing what a CSV cell may hold (readTable on the bundled samples): control characters, giant
 * cells (quoted, with line breaks, across the reader's 1 MiB chunks), invalid UTF-8 and
 * Windows-1252 text, a repeated or renamed column, a repeated row, and invalid UTF-8 late in a
 * large file end in a refusal naming the file and row, or a read that returns every intact row.
 */
import * as fc from "fast-check";
import { beforeAll, describe, expect } from "vitest";
import type { ReadTableResult } from "../../src/io/validate-read.js";
import {
  type CsvName,
  type CsvSample,
  csvCellArb,
  loadCsvSamples,
  oneRowDamaged,
  placeCell,
} from "./csv-samples.js";
import { fraction, fuzzProperty, fuzzRuns } from "./fuzz-settings.js";
import {
  controlCharacters,
  editCell,
  insertAt,
  insertBytes,
  joinLines,
  utf8,
  wholeLinesBefore,
  windows1252,
} from "./mutators.js";
import { expectRefusedOrIntact, expectSameRead, readOrRefusal, refusalOf } from "./oracles.js";
import { readTableAt, sampleBytes, scratchDir, writeScratch } from "./samples.js";

const dir = scratchDir();
let samples: Map<CsvName, CsvSample>;

let large: { bytes: Uint8Array; rows: number; baseline: ReadTableResult };

beforeAll(async () => {
  samples = await loadCsvSamples(dir);
  const bytes = sampleBytes("trial/analysis.csv");
  const baseline = readOrRefusal(await read("analysis.csv", bytes), "analysis.csv");
  if (baseline === undefined) throw new Error("trial/analysis.csv not read");
  large = { bytes, rows: baseline.accounting.read, baseline };
});

function read(name: CsvName | "analysis.csv", content: string | Uint8Array) {
  return readTableAt(writeScratch(dir, name, content), name);
}

describe("CSV: damaging cell contents are refused or keep every intact row", () => {
  fuzzProperty(
    "a control character in a cell",
    205,
    fc.asyncProperty(csvCellArb, fc.constantFrom(...controlCharacters), async (c, ctrl) => {
      const { s, line, col } = placeCell(samples, c);
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
    fc.asyncProperty(csvCellArb, fc.integer({ min: 1 << 16, max: 5 << 19 }), async (c, size) => {
      const { s, line, col } = placeCell(samples, c);
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
      csvCellArb,
      fc.integer({ min: 1 << 18, max: 5 << 19 }),
      fc.constantFrom("\n", "\r\n"),
      fc.constantFrom("Z", "é", "€"),
      async (c, size, eol, ch) => {
        const { s, line, col } = placeCell(samples, c);
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
      csvCellArb,
      fc.constantFrom([0xff], [0xc3], [0xe2, 0x82], [0x80], [0xed, 0xa0, 0x80]),
      async (c, bad) => {
        const { s, line, col } = placeCell(samples, c);
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
    fc.asyncProperty(csvCellArb, async (c) => {
      const { s, line, col } = placeCell(samples, c);
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
    fc.asyncProperty(csvCellArb, async (c) => {
      const { s, col } = placeCell(samples, c);
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
    fc.asyncProperty(csvCellArb, fc.nat(), async (c, other) => {
      const { s, col } = placeCell(samples, c);
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
    fc.asyncProperty(csvCellArb, async (c) => {
      const { s, line } = placeCell(samples, c);
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

  fuzzProperty(
    "invalid UTF-8 past the first 64 KiB of a large file (the trial sample) is refused with nothing accepted",
    208,
    fc.asyncProperty(fraction(), async (f) => {
      const { bytes, rows, baseline } = large;
      const from = 70_000 + Math.floor(f * (bytes.length - 70_001));
      const at = bytes.indexOf(0x0a, from) + 3;
      const row = wholeLinesBefore(bytes, at) + 1;
      const intact: [number, number][] = [];
      for (let r = 2; r <= rows + 1; r++) if (r !== row) intact.push([r, r]);
      const outcome = await read("analysis.csv", insertBytes(bytes, at, [0xff]));
      expectRefusedOrIntact(outcome, baseline, "analysis.csv", { intact, maxRead: rows, refusalRow: row });
    }),
    { runs: 2 },
  );
});
