/**
 * Fuzzing the JSON reader on the episodes sample written as row objects and as columns:
 * layout, key order, BOM and line endings change nothing, and rows read the same as columns;
 * truncation, byte flips, duplicated keys, long numeric ids, raw control characters, invalid
 * UTF-8 and Windows-1252 text end in a refusal naming the file or a read that keeps every intact
 * row.
 */
import * as fc from "fast-check";
import { beforeAll, describe, expect } from "vitest";
import type { ReadTableResult } from "../../src/io/validate-read.js";
import { fraction, fuzzProperty } from "./fuzz-settings.js";
import { truncateBytes, utf8, windows1252, withBom } from "./mutators.js";
import { type Damage, expectRefusedOrIntact, expectSameRead, readOrRefusal, refusalOf } from "./oracles.js";
import { type Grid, gridFromCsv, gridToJsonColumns, gridToJsonRows } from "./sample-formats.js";
import { readTableAt, sampleText, scratchDir, writeScratch } from "./samples.js";

const dir = scratchDir();
const name = "episodes.json";
let grid: Grid;
let baseline: ReadTableResult;

beforeAll(async () => {
  grid = gridFromCsv(sampleText("episodes.csv"));
  const r = readOrRefusal(await read(gridToJsonRows(grid)), name);
  if (r === undefined || r.accounting.accepted !== grid.rows.length) throw new Error("sample JSON not read");
  baseline = r;
});

function read(content: string | Uint8Array) {
  return readTableAt(writeScratch(dir, name, content), name);
}

/** Row objects, one per line, so a row's text is a line: `[\n{…},\n{…}\n]`. */
function rowLines(g: Grid): string[] {
  return g.rows.map((r) => JSON.stringify(Object.fromEntries(g.header.map((h, j) => [h, r[j] ?? null]))));
}
function joinRows(lines: string[]): string {
  return `[\n${lines.join(",\n")}\n]\n`;
}

/** Damage to data row `i` (0-based): every other row intact. */
function oneRowDamaged(i: number): Damage {
  const intact: [number, number][] = [];
  for (let k = 0; k < grid.rows.length; k++) if (k !== i) intact.push([k + 2, k + 2]);
  return { intact, maxRead: grid.rows.length, refusalRow: i + 2 };
}

const rowArb = fc.nat();
const colArb = fc.nat();

describe("JSON: semantics-preserving mutations read the same", () => {
  fuzzProperty(
    "pretty-printed, with LF or CRLF, with or without a BOM, as rows or as columns",
    301,
    fc.asyncProperty(
      fc.constantFrom(0, 1, 2, "\t"),
      fc.boolean(),
      fc.boolean(),
      fc.boolean(),
      async (space, crlf, bom, columns) => {
        let text = columns ? gridToJsonColumns(grid, space as number) : gridToJsonRows(grid, space as number);
        if (crlf) text = text.replaceAll("\n", "\r\n");
        if (bom) text = withBom(text);
        expectSameRead(await read(text), baseline, name);
      },
    ),
  );

  fuzzProperty(
    "keys in another order in every row object",
    302,
    fc.asyncProperty(fc.array(fc.nat(), { minLength: 20, maxLength: 20 }), async (keys) => {
      const order = grid.header.map((_, j) => j).sort((a, b) => keys[a] - keys[b] || a - b);
      const shuffled = grid.rows.map((r) =>
        Object.fromEntries(order.map((j) => [grid.header[j], r[j] ?? null])),
      );
      expectSameRead(await read(JSON.stringify(shuffled)), baseline, name);
    }),
  );
});

describe("JSON: damaging mutations are refused or keep every intact row", () => {
  fuzzProperty(
    "truncated at any byte: refused (or only trailing white space cut)",
    401,
    fc.asyncProperty(fc.boolean(), fraction(), async (columns, f) => {
      const bytes = utf8(columns ? gridToJsonColumns(grid, 1) : joinRows(rowLines(grid)));
      const cut = Math.floor(f * bytes.length);
      const outcome = await read(truncateBytes(bytes, cut));
      if (new TextDecoder().decode(bytes.subarray(cut)).trim() === "")
        expectSameRead(outcome, baseline, name);
      else expectRefusedOrIntact(outcome, baseline, name, { intact: [], maxRead: 0 });
    }),
  );

  fuzzProperty(
    "one byte of a row replaced by any ASCII character",
    402,
    fc.asyncProperty(rowArb, fraction(), fc.integer({ min: 0, max: 0x7f }), async (i0, f, byte) => {
      const lines = rowLines(grid);
      const i = i0 % lines.length;
      const k = Math.floor(f * (lines[i].length - 1));
      lines[i] = lines[i].slice(0, k) + String.fromCharCode(byte) + lines[i].slice(k + 1);
      expectRefusedOrIntact(await read(joinRows(lines)), baseline, name, oneRowDamaged(i));
    }),
  );

  fuzzProperty(
    "a key repeated with another value in a row object is refused or rejects the row",
    403,
    fc.asyncProperty(rowArb, fc.constantFrom("CHILD", "HOME_POST", "PL_POST", "URN"), async (i0, key) => {
      const lines = rowLines(grid);
      const i = i0 % lines.length;
      lines[i] = `${lines[i].slice(0, -1)},${JSON.stringify(key)}:"X9"}`;
      const r = expectRefusedOrIntact(await read(joinRows(lines)), baseline, name, oneRowDamaged(i));
      if (r !== undefined)
        expect(r.columns.rowNumbers, `row ${i + 2} with ${key} twice accepted`).not.toContain(i + 2);
    }),
  );

  fuzzProperty(
    "a column repeated in the columns form is refused",
    404,
    fc.asyncProperty(colArb, async (c0) => {
      const key = grid.header[c0 % grid.header.length];
      const text = gridToJsonColumns(grid).replace(/}}$/, `,${JSON.stringify(key)}:[]}}`);
      const outcome = await read(text);
      const r = readOrRefusal(outcome, name);
      if (r !== undefined) expect(refusalOf(r.issues), `column ${key} given twice`).toBeDefined();
    }),
  );

  fuzzProperty(
    "an id written as a JSON number of more than 15 digits is read exactly or rejected",
    405,
    fc.asyncProperty(rowArb, fc.bigInt({ min: 10n ** 16n, max: 10n ** 19n }), async (i0, id) => {
      const lines = rowLines(grid);
      const i = i0 % lines.length;
      lines[i] = lines[i].replace(/"CHILD":"[^"]*"/, `"CHILD":${id}`);
      const r = expectRefusedOrIntact(await read(joinRows(lines)), baseline, name, oneRowDamaged(i));
      const at = r?.columns.rowNumbers.indexOf(i + 2) ?? -1;
      if (r !== undefined && at >= 0)
        expect(r.columns.columns.CHILD[at], "the id as written").toBe(String(id));
    }),
  );

  fuzzProperty(
    "a raw control character or an escaped one in a cell",
    406,
    fc.asyncProperty(
      rowArb,
      colArb,
      fc.constantFrom("\u0000", "\u0007", "\u001b", "\t", "\\u0000", "\\u001b"),
      async (i0, c0, ctrl) => {
        const lines = rowLines(grid);
        const i = i0 % lines.length;
        const key = JSON.stringify(grid.header[c0 % grid.header.length]);
        lines[i] = lines[i].replace(`${key}:"`, `${key}:"${ctrl}`).replace(`${key}:null`, `${key}:"${ctrl}"`);
        expectRefusedOrIntact(await read(joinRows(lines)), baseline, name, oneRowDamaged(i));
      },
    ),
  );

  fuzzProperty(
    "invalid UTF-8 or Windows-1252 text in a cell is refused, or read as written",
    407,
    fc.asyncProperty(rowArb, fc.constantFrom("utf8", "1252"), async (i0, how) => {
      const lines = rowLines(grid);
      const i = i0 % lines.length;
      lines[i] = lines[i].replace(/"URN":(?:null|"[^"]*")/, '"URN":"é£"');
      const text = joinRows(lines);
      const bytes = how === "1252" ? windows1252(text) : utf8(text.replace("é£", "\uFFFF")).map((b) => b);
      if (how === "utf8") bytes.set([0xff, 0xfe, 0xfd], utf8(text.slice(0, text.indexOf("é£"))).length);
      const r = expectRefusedOrIntact(await read(bytes), baseline, name, oneRowDamaged(i));
      const at = r?.columns.rowNumbers.indexOf(i + 2) ?? -1;
      if (r !== undefined && at >= 0 && "URN" in r.columns.columns) {
        expect(String(r.columns.columns.URN[at])).toContain("é£");
      }
    }),
  );

  fuzzProperty(
    "a giant cell",
    408,
    fc.asyncProperty(rowArb, fc.integer({ min: 1 << 16, max: 1 << 21 }), async (i0, size) => {
      const lines = rowLines(grid);
      const i = i0 % lines.length;
      const giant = "Z".repeat(size);
      lines[i] = lines[i].replace(/"URN":(?:null|"[^"]*")/, `"URN":"${giant}"`);
      const r = expectRefusedOrIntact(await read(joinRows(lines)), baseline, name, oneRowDamaged(i));
      const at = r?.columns.rowNumbers.indexOf(i + 2) ?? -1;
      if (r !== undefined && at >= 0 && "URN" in r.columns.columns)
        expect(r.columns.columns.URN[at]).toBe(giant);
    }),
    { runs: 3 },
  );

  fuzzProperty(
    "a cell made an object or array is refused or rejects its row, never read as JSON text",
    409,
    fc.asyncProperty(rowArb, fc.constantFrom('{"a":1}', "[1,2]", '["A1"]', "{}"), async (i0, nested) => {
      const lines = rowLines(grid);
      const i = i0 % lines.length;
      lines[i] = lines[i].replace(/"CHILD":"[^"]*"/, `"CHILD":${nested}`);
      const r = expectRefusedOrIntact(await read(joinRows(lines)), baseline, name, oneRowDamaged(i));
      if (r !== undefined)
        expect(r.columns.rowNumbers, `row ${i + 2} with CHILD ${nested}`).not.toContain(i + 2);
    }),
  );
});
