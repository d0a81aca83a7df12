import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Field, Schema, Table, TimestampMillisecond, tableToIPC } from "apache-arrow";
import { describe, expect, it } from "vitest";
import { readRawFile } from "../../src/io/node/read-raw-file.js";
import { readParquet } from "../../src/io/read-parquet.js";
import { writeMinimalParquet } from "../fixtures/write-minimal-parquet.js";

describe("readParquet", () => {
  const bytes = writeMinimalParquet([
    { name: "CHILD", type: "string", values: ["A1", "B2"] },
    // 18663 is 2021-02-05 (util/dates.ts example); 18628 = 18663 - 35 is 2021-01-01.
    { name: "DECOM", type: "date", values: [18663, 18628] },
    { name: "WEIGHT", type: "double", values: [0.1 + 0.2, 60] },
  ]);

  it("reads strings, DATE columns as ISO text and doubles without float noise", async () => {
    const raw = await readParquet(bytes, "e.parquet");
    expect(raw.issues).toEqual([]);
    expect(raw.header).toEqual(["CHILD", "DECOM", "WEIGHT"]);
    expect(raw.columns).toEqual([
      ["A1", "B2"],
      ["2021-02-05", "2021-01-01"],
      ["0.3", "60"],
    ]);
    expect(raw.rowNumbers).toEqual([2, 3]);
  });

  it("reads a .parquet file from disk, and a broken one is file-unreadable", async () => {
    const dir = mkdtempSync(join(tmpdir(), "fgc-io-"));
    writeFileSync(join(dir, "e.parquet"), bytes);
    expect((await readRawFile(join(dir, "e.parquet"))).length).toBe(2);
    writeFileSync(
      join(dir, "bad.parquet"),
      Uint8Array.from([...bytes.subarray(0, 20), ...bytes.subarray(-8)]),
    );
    expect((await readRawFile(join(dir, "bad.parquet"))).issues.map((i) => i.rule)).toEqual([
      "file-unreadable",
    ]);
  });
});

describe("readParquet: limits", () => {
  it("refuses more than 16,384 columns from the footer, naming row 1", async () => {
    const wide = writeMinimalParquet(
      Array.from({ length: 16_385 }, (_, j) => ({ name: `C${j}`, type: "string" as const, values: ["x"] })),
    );
    const raw = await readParquet(wide, "wide.parquet");
    expect(raw.issues.map((i) => [i.rule, i.row])).toEqual([["table-too-wide", 1]]);
    expect(raw.complete).toBe(false);
  });

  it("refuses a cell over the cell limit", async () => {
    const big = writeMinimalParquet([
      { name: "CHILD", type: "string", values: ["A1", "x".repeat(1_048_577)] },
    ]);
    const raw = await readParquet(big, "big.parquet");
    expect(raw.issues.map((i) => [i.rule, i.row])).toEqual([["cell-too-large", 3]]);
  });
});

describe("readParquet: UTC-adjusted timestamps", () => {
  // 2023-04-01T00:00 in London (BST) is 2023-03-31T23:00Z.
  const bstMidnight = Date.UTC(2023, 2, 31, 23);

  /** The `ARROW:schema` pyarrow writes: the IPC schema message, base64 (the stream minus its end marker). */
  function arrowSchema(zone: string): string {
    const schema = new Schema([new Field("DECOM", new TimestampMillisecond(zone), false)]);
    const stream = tableToIPC(new Table(schema), "stream");
    return Buffer.from(stream.subarray(0, stream.length - 8)).toString("base64");
  }

  it("are read in the zone their Arrow schema names, not a day early in UTC", async () => {
    for (const zone of ["Europe/London", "+01:00"]) {
      const bytes = writeMinimalParquet(
        [{ name: "DECOM", type: "timestamp", values: [bstMidnight], adjustedToUtc: true }],
        { "ARROW:schema": arrowSchema(zone) },
      );
      const raw = await readParquet(bytes, "e.parquet");
      expect(raw.issues).toEqual([]);
      expect(raw.columns).toEqual([["2023-04-01"]]);
    }
  });

  it("without a zone anywhere, keep their UTC wall clock", async () => {
    const bytes = writeMinimalParquet([
      { name: "DECOM", type: "timestamp", values: [bstMidnight, Date.UTC(2023, 0, 15)], adjustedToUtc: true },
    ]);
    expect((await readParquet(bytes, "e.parquet")).columns).toEqual([["2023-03-31T23:00:00Z", "2023-01-15"]]);
  });
});
