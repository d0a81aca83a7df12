/**
 * Issue 12, XLSX cases. The workbooks are written by hand (tests/fixtures/xlsx-writer.ts) since
 * exceljs does not write these shapes: formula cells with a cached <v> of 0 or FALSE (exceljs's
 * row.values drops them, so outcomes read as blank and children were excluded: on the sample
 * trial 1,463 of 2,537, headline −12.0 → 0.0 points), shared formulas, formulas saved with no
 * value, and zips whose directory declares gigabytes.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readRawFile } from "../../src/io/node/read-raw-file.js";
import { readDelimitedText } from "../../src/io/read-delimited-text.js";
import { readXlsx } from "../../src/io/read-xlsx.js";
import { validateRead } from "../../src/io/validate-read.js";
import { fixtureSpecs } from "../fixtures/fixture-episodes-spec.js";
import { xlsxWithSheetData, zip } from "../fixtures/xlsx-writer.js";

const inline = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
const header = `<row r="1">${inline("A1", "CHILD")}${inline("B1", "DECOM")}${inline("C1", "RNE")}${inline("D1", "AGE")}${inline("E1", "KIN")}</row>`;
const row = (r: number, cells: string) =>
  `<row r="${r}">${inline(`A${r}`, `C${r}`)}${inline(`B${r}`, "05/02/2021")}${inline(`C${r}`, "S")}${cells}</row>`;

describe("readXlsx: formula cells", () => {
  it("reads the cached value of formula and shared-formula cells, 0 and FALSE included", async () => {
    const bytes = xlsxWithSheetData(
      [
        header,
        row(2, '<c r="D2"><f>1-1</f><v>0</v></c><c r="E2" t="b"><f>1=2</f><v>0</v></c>'),
        row(
          3,
          '<c r="D3"><f t="shared" ref="D3:D5" si="0">D2+4</f><v>4</v></c><c r="E3" t="b"><f>TRUE</f><v>1</v></c>',
        ),
        row(4, '<c r="D4"><f t="shared" si="0"/><v>0</v></c>'),
        row(5, '<c r="D5"><f t="shared" si="0"/><v>7</v></c>'),
      ].join(""),
    );
    const raw = await readXlsx(bytes, "e.xlsx");
    expect(raw.issues).toEqual([]);
    expect(raw.columns[3]).toEqual(["0", "4", "0", "7"]);
    expect(raw.columns[4]).toEqual(["false", "true", null, null]);
  });

  it("refuses a formula saved with no value, naming row, column and cell; the row is rejected, not read as blank", async () => {
    const bytes = xlsxWithSheetData(
      [
        header,
        row(2, '<c r="D2"><f>1+1</f><v>2</v></c>'),
        row(3, '<c r="D3"><f>1+1</f></c>'),
        row(4, '<c r="D4"><f t="shared" ref="D4:D5" si="0">D3+1</f><v>3</v></c>'),
        row(5, '<c r="D5"><f t="shared" si="0"/></c>'),
      ].join(""),
    );
    const raw = await readXlsx(bytes, "e.xlsx");
    const issues = raw.issues.filter((i) => i.rule === "xlsx-formula-no-value");
    expect(issues.map(({ row, column, severity }) => ({ row, column, severity }))).toEqual([
      { row: 3, column: "AGE", severity: "error" },
      { row: 5, column: "AGE", severity: "error" },
    ]);
    expect(issues[0].message).toContain("D3");
    const result = validateRead(raw, { specs: fixtureSpecs });
    expect(result.accounting).toEqual({
      read: 4,
      accepted: 2,
      rejected: 2,
      rejectedByRule: { "xlsx-formula-no-value": 2 },
    });
  });
});

describe("readXlsx: the sample trial saved with every number as a formula", () => {
  it("reads the same cells as the CSV (0 outcomes were blank, excluding 1,463 of 2,537 children)", async () => {
    const csv = readDelimitedText(
      readFileSync(join(import.meta.dirname, "../../data-samples/trial/analysis.csv"), "utf8"),
      "analysis.csv",
    );
    const rows = [csv.header, ...csv.rowNumbers.map((_, i) => csv.columns.map((c) => c[i]))];
    const xml = rows
      .map((cells, r) => {
        const body = cells
          .map((text, j) => {
            const ref = `${columnName(j)}${r + 1}`;
            if (text === null) return "";
            // Numbers as Excel saves a formula: the formula and its cached value.
            if (r > 0 && String(Number(text)) === text)
              return `<c r="${ref}"><f>0+${text}</f><v>${text}</v></c>`;
            return inline(ref, text);
          })
          .join("");
        return `<row r="${r + 1}">${body}</row>`;
      })
      .join("");
    const raw = await readXlsx(xlsxWithSheetData(xml), "analysis.xlsx");
    expect(raw.issues).toEqual([]);
    expect(raw.header).toEqual(csv.header);
    expect(raw.columns).toEqual(csv.columns);
    expect(
      raw.columns[csv.header.indexOf("looked_after_12m")].filter((v) => v === "0").length,
    ).toBeGreaterThan(1000);
  });
});

describe("readXlsx: hostile zips", () => {
  it("refuses a workbook whose parts declare gigabytes before inflating anything", async () => {
    // A tiny real sheet whose directory says it inflates to 4,000,000,000 bytes.
    const bytes = xlsxWithSheetData(header, { sheetDeclaredSize: 4_000_000_000 });
    const raw = await readXlsx(bytes, "bomb.xlsx");
    expect(raw.complete).toBe(false);
    expect(raw.issues.map((i) => [i.rule, i.severity])).toEqual([["xlsx-expanded-too-large", "error"]]);
    expect(validateRead(raw, { specs: fixtureSpecs }).accounting.accepted).toBe(0);
  });

  it("refuses a zip of more entries than a workbook has", async () => {
    const entries = Array.from({ length: 10_001 }, (_, k) => ({
      name: `x/${k}.xml`,
      data: new Uint8Array(1),
    }));
    const raw = await readXlsx(zip(entries), "many.xlsx");
    expect(raw.issues.map((i) => i.rule)).toEqual(["xlsx-expanded-too-large"]);
  });

  it("refuses a sheet wider than 16,384 columns (exceljs itself stops past XFD)", async () => {
    const cells = Array.from({ length: 16_385 }, (_, j) => `<c r="${columnName(j)}1"><v>${j}</v></c>`).join(
      "",
    );
    const raw = await readXlsx(xlsxWithSheetData(`<row r="1">${cells}</row>`), "wide.xlsx");
    expect(raw.complete).toBe(false);
    expect(raw.issues.map((i) => i.rule)).toEqual(["file-unreadable"]);
    expect(raw.issues[0].message).toContain("XFE");
  });
});

function columnName(j: number): string {
  let s = "";
  for (let k = j + 1; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
}

describe("readRawFile: a zip whose entries lie about their size", () => {
  it("refuses a part that inflates past its declared size, before exceljs inflates it all", async () => {
    // 50 MB of one repeated row deflates to about 50 KB; its directory declares 1,000 bytes.
    const body = '<row r="2"><c r="A2"><v>1</v></c></row>'.repeat(1_300_000);
    const bytes = xlsxWithSheetData(header + body, { sheetDeclaredSize: 1000 });
    const dir = mkdtempSync(join(tmpdir(), "fgc-xlsx-"));
    const path = join(dir, "liar.xlsx");
    writeFileSync(path, bytes);
    const raw = await readRawFile(path, { file: "liar.xlsx" });
    expect(raw.issues.map((i) => [i.rule, i.severity])).toEqual([["xlsx-expanded-too-large", "error"]]);
    expect(raw.issues[0].message).toContain("xl/worksheets/sheet1.xml");
  });

  it("opens an honest workbook", async () => {
    const dir = mkdtempSync(join(tmpdir(), "fgc-xlsx-"));
    const path = join(dir, "ok.xlsx");
    writeFileSync(path, xlsxWithSheetData(header + row(2, '<c r="D2"><v>3</v></c>')));
    const raw = await readRawFile(path, { file: "ok.xlsx" });
    expect(raw.issues).toEqual([]);
    expect(raw.length).toBe(1);
  });
});
