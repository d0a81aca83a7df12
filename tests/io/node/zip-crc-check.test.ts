/**
 * Issue 12, XLSX: exceljs's JSZip does not check the zip's CRC-32, so one flipped byte inside a
 * compressed part altered cells without a word (the fuzz suite's byte 7995 xor 5, in the
 * deflated xl/sharedStrings.xml of the episodes sample, read CHILD 545558 as 245558 and
 * "ZZ7 8" as "ZZ718", every row accepted). Every part, deflated or stored, is now checked
 * against the directory's CRC-32 before exceljs opens the workbook.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inflateRawSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readRawFile } from "../../../src/io/node/read-raw-file.js";
import type { RawTable } from "../../../src/io/raw-table.js";
import { readZipDirectory } from "../../../src/io/zip-directory.js";
import { gridFromCsv, gridToXlsx } from "../../fuzz/sample-formats.js";
import { sampleText } from "../../fuzz/samples.js";
import { zip } from "../../fixtures/xlsx-writer.js";

const dir = mkdtempSync(join(tmpdir(), "fgc-crc-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

async function read(bytes: Uint8Array, name = "episodes.xlsx"): Promise<RawTable> {
  const sub = join(dir, String(n++));
  mkdirSync(sub);
  const path = join(sub, name);
  writeFileSync(path, bytes);
  return readRawFile(path, { file: name });
}

const where = (raw: RawTable) => raw.issues.map((i) => ({ rule: i.rule, row: i.row, severity: i.severity }));

/** The parts of a zip, inflated, in directory order. */
function parts(bytes: Uint8Array): { name: string; data: Uint8Array }[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const directory = readZipDirectory(bytes);
  if (directory === undefined) throw new Error("no zip directory");
  return directory.entries.map((e) => {
    const at = e.localHeaderOffset;
    const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
    const raw = bytes.subarray(start, start + e.compressedSize);
    return { name: e.name, data: e.method === 8 ? new Uint8Array(inflateRawSync(raw)) : raw.slice() };
  });
}

let deflated: Uint8Array;
let baseline: RawTable;

beforeAll(async () => {
  deflated = await gridToXlsx(gridFromCsv(sampleText("episodes.csv")));
  baseline = await read(deflated);
  expect(baseline.issues).toEqual([]);
});

describe("readRawFile (XLSX): a part whose bytes differ from its CRC-32", () => {
  it("refuses the fuzz suite's flipped byte in the deflated shared strings instead of reading 545558 as 245558", async () => {
    const bytes = deflated.slice();
    const at = 1510660520 % bytes.length;
    bytes[at] ^= 5;
    const raw = await read(bytes);
    expect(where(raw)).toEqual([{ rule: "file-unreadable", row: undefined, severity: "error" }]);
    expect(raw.issues[0].message).toContain("part xl/sharedStrings.xml is damaged (CRC-32 mismatch)");
    expect(raw.length).toBe(0);
  });

  it("reads a workbook of stored (uncompressed) parts as the deflated one", async () => {
    const raw = await read(zip(parts(deflated), { stored: true }));
    expect(raw.issues).toEqual([]);
    expect(raw.header).toEqual(baseline.header);
    expect(raw.columns).toEqual(baseline.columns);
  });

  it("refuses a stored part with one digit changed (JSZip would read it as written)", async () => {
    const entries = parts(deflated);
    const strings = entries.find((e) => e.name === "xl/sharedStrings.xml");
    if (strings === undefined) throw new Error("no shared strings");
    const text = new TextDecoder().decode(strings.data);
    const at = text.indexOf("<t>") + 3;
    expect(text[at]).toMatch(/[A-Z0-9]/);
    const bytes = zip(entries, { stored: true });
    // Change one character of the first shared string in place, after the CRC-32 was taken.
    const start = Buffer.from(bytes).indexOf(Buffer.from(text.slice(0, at + 20)));
    bytes[start + at] ^= 1;
    const raw = await read(bytes);
    expect(where(raw)).toEqual([{ rule: "file-unreadable", row: undefined, severity: "error" }]);
    expect(raw.issues[0].message).toContain("part xl/sharedStrings.xml is damaged (CRC-32 mismatch)");
  });

  it("refuses a part whose directory CRC-32 was changed", async () => {
    const bytes = deflated.slice();
    const directory = readZipDirectory(bytes);
    const end = Buffer.from(bytes).lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    const central = new DataView(bytes.buffer).getUint32(end + 16, true);
    bytes[central + 16] ^= 0x80;
    const raw = await read(bytes);
    expect(where(raw)).toEqual([{ rule: "file-unreadable", row: undefined, severity: "error" }]);
    expect(raw.issues[0].message).toContain(
      `part ${directory?.entries[0].name} is damaged (CRC-32 mismatch)`,
    );
  });
});
