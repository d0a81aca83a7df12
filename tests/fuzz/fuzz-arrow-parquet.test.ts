/**
 * Fuzzing the Arrow IPC and Parquet readers on the episodes sample: the IPC file and stream
 * formats read the same; a truncated file is refused (or, when only an end marker is cut, read
 * the same); a flipped byte is refused or read with every row accounted for, never a crash; two
 * columns with one name are refused.
 */
import {
  Field,
  makeData,
  RecordBatch,
  Schema,
  Struct,
  Table,
  tableToIPC,
  Utf8,
  vectorFromArray,
} from "apache-arrow";
import * as fc from "fast-check";
import { beforeAll, describe, expect } from "vitest";
import type { ReadTableResult } from "../../src/io/validate-read.js";
import { writeMinimalParquet } from "../fixtures/write-minimal-parquet.js";
import { fuzzProperty, fuzzRuns } from "./fuzz-settings.js";
import { setByte, truncateBytes } from "./mutators.js";
import { expectRefusedOrIntact, expectSameRead, readOrRefusal, refusalOf } from "./oracles.js";
import { type Grid, gridFromCsv, gridToArrow, gridToParquet } from "./sample-formats.js";
import { readTableAt, sampleText, scratchDir, writeScratch } from "./samples.js";

const dir = scratchDir();
type Kind = "arrow" | "parquet";
const kinds: Kind[] = ["arrow", "parquet"];
let grid: Grid;
const files = new Map<Kind, { name: string; bytes: Uint8Array; baseline: ReadTableResult }>();

beforeAll(async () => {
  grid = gridFromCsv(sampleText("episodes.csv"));
  for (const kind of kinds) {
    const name = `episodes.${kind}`;
    const bytes = kind === "arrow" ? gridToArrow(grid, "file") : gridToParquet(grid);
    const r = readOrRefusal(await read(name, bytes), name);
    if (r === undefined || r.accounting.accepted !== grid.rows.length)
      throw new Error(`sample ${kind} not read`);
    files.set(kind, { name, bytes, baseline: r });
  }
});

function read(name: string, bytes: Uint8Array) {
  return readTableAt(writeScratch(dir, name, bytes), name);
}

function sample(kind: Kind) {
  return files.get(kind) as { name: string; bytes: Uint8Array; baseline: ReadTableResult };
}

const kindArb = fc.constantFrom(...kinds);
const offsetArb = fc.noBias(fc.nat());

describe("Arrow and Parquet: semantics-preserving mutations read the same", () => {
  fuzzProperty(
    "Arrow IPC stream format reads as the file format",
    701,
    fc.asyncProperty(fc.constant(null), async () => {
      const { name, baseline } = sample("arrow");
      expectSameRead(await read(name, gridToArrow(grid, "stream")), baseline, name);
    }),
    { runs: 1 },
  );
});

describe("Arrow and Parquet: damaged files are refused, never a crash", () => {
  fuzzProperty(
    "truncated at any byte: refused, or the same read",
    801,
    fc.asyncProperty(
      kindArb,
      fc.constantFrom<"file" | "stream">("file", "stream"),
      offsetArb,
      async (kind, form, n) => {
        const { name, baseline } = sample(kind);
        const bytes = kind === "arrow" ? gridToArrow(grid, form) : sample(kind).bytes;
        const outcome = await read(name, truncateBytes(bytes, n % bytes.length));
        const r = readOrRefusal(outcome, name);
        if (r !== undefined && refusalOf(r.issues) === undefined) expectSameRead(outcome, baseline, name);
        else expectRefusedOrIntact(outcome, baseline, name, { intact: [], maxRead: 0 });
      },
    ),
  );

  fuzzProperty(
    "one byte flipped anywhere: refused, or every row accounted for",
    802,
    fc.asyncProperty(kindArb, offsetArb, fc.integer({ min: 1, max: 255 }), async (kind, n, x) => {
      const { name, bytes, baseline } = sample(kind);
      const at = n % bytes.length;
      expectRefusedOrIntact(await read(name, setByte(bytes, at, bytes[at] ^ x)), baseline, name, {
        intact: [],
        maxRead: grid.rows.length,
      });
    }),
    { runs: Math.max(4 * fuzzRuns(), 20) },
  );

  fuzzProperty(
    "two columns with one name are refused",
    803,
    fc.asyncProperty(kindArb, fc.nat(), fc.nat(), async (kind, a0, b0) => {
      const a = a0 % grid.header.length;
      const b = (a + 1 + (b0 % (grid.header.length - 1))) % grid.header.length;
      const header = grid.header.map((h, j) => (j === b ? grid.header[a] : h));
      const { name, baseline } = sample(kind);
      const bytes = kind === "arrow" ? arrowWithNames(header) : parquetWithNames(header);
      const outcome = await read(name, bytes);
      expectRefusedOrIntact(outcome, baseline, name, { intact: [], maxRead: grid.rows.length });
      const r = readOrRefusal(outcome, name);
      if (r !== undefined) expect(refusalOf(r.issues), `two columns named ${grid.header[a]}`).toBeDefined();
    }),
  );

  fuzzProperty(
    "a Parquet column chunk holding fewer values than the file's row count is refused",
    804,
    fc.asyncProperty(fc.nat(), fc.integer({ min: 1, max: 50 }), async (c0, k) => {
      // Not the first column: the minimal writer takes the file's row count from it.
      const col = 1 + (c0 % (grid.header.length - 1));
      const { name, baseline } = sample("parquet");
      const bytes = writeMinimalParquet(
        grid.header.map((h, j) => {
          const values = grid.rows.map((r) => r[j] ?? "");
          return { name: h, type: "string", values: j === col ? values.slice(0, -k) : values };
        }),
      );
      const outcome = await read(name, bytes);
      expectRefusedOrIntact(outcome, baseline, name, { intact: [], maxRead: grid.rows.length });
      const r = readOrRefusal(outcome, name);
      if (r !== undefined)
        expect(refusalOf(r.issues), `column ${grid.header[col]} short by ${k}`).toBeDefined();
    }),
  );
});

/** The sample as Arrow with the given column names (which may repeat: a Struct allows it). */
function arrowWithNames(header: string[]): Uint8Array {
  const fields = header.map((h) => new Field(h, new Utf8(), true));
  const children = grid.header.map(
    (_, j) =>
      vectorFromArray(
        grid.rows.map((r) => r[j] ?? null),
        new Utf8(),
      ).data[0],
  );
  const data = makeData({ type: new Struct(fields), length: grid.rows.length, nullCount: 0, children });
  return tableToIPC(new Table([new RecordBatch(new Schema(fields), data)]), "file");
}

function parquetWithNames(header: string[]): Uint8Array {
  return writeMinimalParquet(
    header.map((name, j) => ({ name, type: "string", values: grid.rows.map((r) => r[j] ?? "") })),
  );
}
