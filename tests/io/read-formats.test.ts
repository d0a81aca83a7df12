/**
 * The XLSX, JSON and Arrow readers give the same raw form as the CSV reader: header as spelt,
 * text cells (blank -> null), spreadsheet row numbers; dates as ISO text, numbers without float
 * noise.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  DateDay,
  Int64,
  Table,
  TimestampMillisecond,
  tableFromArrays,
  tableToIPC,
  vectorFromArray,
} from "apache-arrow";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { readRawFile } from "../../src/io/node/read-raw-file.js";
import { readArrow } from "../../src/io/read-arrow.js";
import { readDelimitedText } from "../../src/io/read-delimited-text.js";
import { readJsonText } from "../../src/io/read-json.js";
import { readXlsx } from "../../src/io/read-xlsx.js";
import { UsageError } from "../../src/util/errors.js";

async function workbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Notes").addRow(["not the data"]);
  const ws = wb.addWorksheet("Episodes");
  ws.addRow([]); // row 1 blank: the header is on row 2, as some extracts have a title row removed
  ws.addRow(["CHILD", "DECOM", "AGE", "NOTE"]);
  ws.addRow([
    "A1",
    new Date(Date.UTC(2021, 1, 5)),
    0.1 + 0.2,
    { richText: [{ text: "rich " }, { text: "text" }] },
  ]);
  ws.addRow([]); // row 4 blank: skipped, numbers kept
  ws.addRow(["B2", "31/02/2021", { formula: "2*3", result: 6 }, "  "]);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe("readXlsx", () => {
  it("reads a named sheet: ISO dates, 15-digit numbers, formula results, rich text, Excel row numbers", async () => {
    const raw = await readXlsx(await workbook(), "e.xlsx", { sheet: "episodes" });
    expect(raw.header).toEqual(["CHILD", "DECOM", "AGE", "NOTE"]);
    // 0.1 + 0.2 = 0.30000000000000004 in binary; Excel shows 0.3.
    expect(raw.columns).toEqual([
      ["A1", "B2"],
      ["2021-02-05", "31/02/2021"],
      ["0.3", "6"],
      ["rich text", null],
    ]);
    expect(raw.rowNumbers).toEqual([3, 5]);
  });

  it("reads the first sheet by default and a sheet by number", async () => {
    const bytes = await workbook();
    expect((await readXlsx(bytes, "e.xlsx")).header).toEqual(["not the data"]);
    expect((await readXlsx(bytes, "e.xlsx", { sheet: 2 })).header[0]).toBe("CHILD");
  });

  it("a sheet that does not exist is a usage error listing the sheets", async () => {
    await expect(readXlsx(await workbook(), "e.xlsx", { sheet: "Nope" })).rejects.toThrow(UsageError);
    await expect(readXlsx(await workbook(), "e.xlsx", { sheet: "Nope" })).rejects.toThrow(
      /"Notes", "Episodes"/,
    );
  });

  it("a file named .xlsx that is not a workbook is file-format-mismatch", async () => {
    const path = join(mkdtempSync(join(tmpdir(), "fgc-io-")), "e.xlsx");
    writeFileSync(path, "CHILD,DECOM\nA1,05/02/2021\n");
    const raw = await readRawFile(path);
    expect(raw.issues.map((i) => i.rule)).toEqual(["file-format-mismatch"]);
  });
});

describe("readJsonText", () => {
  it("reads an array of row objects; keys in order of first appearance; rows numbered n + 1", () => {
    const raw = readJsonText('[{"CHILD":"A1","AGE":7},{"CHILD":"B2","DEC":null,"AGE":0.1}]', "e.json");
    expect(raw.header).toEqual(["CHILD", "AGE", "DEC"]);
    expect(raw.columns).toEqual([
      ["A1", "B2"],
      ["7", "0.1"],
      [null, null],
    ]);
    expect(raw.rowNumbers).toEqual([2, 3]);
  });

  it('reads {"columns": {...}}', () => {
    const raw = readJsonText('{"columns":{"CHILD":["A1","B2"],"KIN":[true,false]}}', "e.json");
    expect(raw.columns).toEqual([
      ["A1", "B2"],
      ["true", "false"],
    ]);
  });

  it("JSON that is not a table is file-unreadable", () => {
    expect(readJsonText("[1,2]", "e.json").issues.map((i) => i.rule)).toEqual(["file-unreadable"]);
    expect(readJsonText("{oops", "e.json").issues.map((i) => i.rule)).toEqual(["file-unreadable"]);
  });
});

describe("readArrow", () => {
  it("reads an IPC stream; dates become ISO text and numbers text", () => {
    const table = tableFromArrays({
      CHILD: ["A1", "B2"],
      DECOM: [new Date(Date.UTC(2021, 1, 5)), new Date(Date.UTC(2021, 0, 1))],
      AGE: Int32Array.from([7, 15]),
    });
    const raw = readArrow(tableToIPC(table, "stream"), "e.arrow");
    expect(raw.header).toEqual(["CHILD", "DECOM", "AGE"]);
    expect(raw.columns).toEqual([
      ["A1", "B2"],
      ["2021-02-05", "2021-01-01"],
      ["7", "15"],
    ]);
    expect(raw.rowNumbers).toEqual([2, 3]);
  });

  it("reads DateDay, millisecond timestamps (with a time of day) and 64-bit integers", () => {
    const table = new Table({
      d: vectorFromArray([new Date(Date.UTC(2021, 1, 5)), null], new DateDay()),
      t: vectorFromArray(
        [new Date(Date.UTC(2021, 1, 5, 12)), new Date(Date.UTC(2021, 0, 1))],
        new TimestampMillisecond(),
      ),
      // 2^60 = 1152921504606846976 is beyond a double's exact integers.
      b: vectorFromArray([1n, 2n ** 60n], new Int64()),
    });
    expect(readArrow(tableToIPC(table), "e.arrow").columns).toEqual([
      ["2021-02-05", null],
      ["2021-02-05T12:00:00Z", "2021-01-01"],
      ["1", "1152921504606846976"],
    ]);
  });

  it("reads the IPC file format from disk", async () => {
    const path = join(mkdtempSync(join(tmpdir(), "fgc-io-")), "e.arrow");
    writeFileSync(path, tableToIPC(tableFromArrays({ CHILD: ["A1"] }), "file"));
    const raw = await readRawFile(path);
    expect(raw.columns).toEqual([["A1"]]);
  });
});

describe("readDelimitedText", () => {
  it("flags short rows (never padded silently) and values past the header", () => {
    const raw = readDelimitedText("A,B\n1\n2,3,4\n", "e.csv");
    expect(raw.columns).toEqual([
      ["1", "2"],
      [null, "3"],
    ]);
    expect(raw.issues.map((i) => [i.rule, i.row, i.column])).toEqual([
      ["row-short", 2, "B"],
      ["row-extra-cells", 3, undefined],
    ]);
  });

  it("ignores trailing empty cells (a spreadsheet's trailing commas)", () => {
    expect(readDelimitedText("A,B,,\n1,2,,\n", "e.csv").issues).toEqual([]);
  });
});
