import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findInvalidUtf8, rowAtOffset } from "../../src/io/find-invalid-utf8.js";
import { formatFromName, sniffMismatch } from "../../src/io/detect-format.js";

const bytes = (...b: number[]) => new Uint8Array(b);

describe("findInvalidUtf8", () => {
  it("finds a Windows-1252 pound sign (0xA3) and passes the UTF-8 one (C2 A3)", () => {
    expect(findInvalidUtf8(bytes(0x61, 0xa3, 0x62))).toBe(1);
    expect(findInvalidUtf8(bytes(0x61, 0xc2, 0xa3, 0x62))).toBe(-1);
  });

  it("rejects overlongs, surrogates, code points above U+10FFFF and truncated sequences", () => {
    expect(findInvalidUtf8(bytes(0xc0, 0xaf))).toBe(0); // overlong "/"
    expect(findInvalidUtf8(bytes(0xed, 0xa0, 0x80))).toBe(0); // U+D800
    expect(findInvalidUtf8(bytes(0xf4, 0x90, 0x80, 0x80))).toBe(0); // U+110000
    expect(findInvalidUtf8(bytes(0x61, 0xe2, 0x82))).toBe(1); // truncated "€"
    expect(findInvalidUtf8(bytes(0x61, 0xe2, 0x82), false)).toBe(-1); // … may continue in the next chunk
  });

  it("agrees with TextDecoder's fatal mode on any bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), (b) => {
        let valid = true;
        try {
          new TextDecoder("utf-8", { fatal: true }).decode(b);
        } catch {
          valid = false;
        }
        expect(findInvalidUtf8(b) === -1).toBe(valid);
      }),
      { seed: 42, numRuns: 500 },
    );
  });

  it("rowAtOffset counts line breaks outside quotes (header = row 1)", () => {
    const text = new TextEncoder().encode('h\n"a\nb",1\r\nc\n');
    // Offsets: h=0 \n=1 "=2 a=3 \n=4 b=5 "=6 ,=7 1=8 \r=9 \n=10 c=11.
    expect(rowAtOffset(text, 0)).toBe(1);
    expect(rowAtOffset(text, 5)).toBe(2);
    expect(rowAtOffset(text, 11)).toBe(3);
  });
});

describe("detect-format", () => {
  it("maps extensions to readers, case-insensitively", () => {
    expect(formatFromName("a/b/Episodes.CSV")).toBe("csv");
    expect(formatFromName("x.tsv")).toBe("tsv");
    expect(formatFromName("x.parquet")).toBe("parquet");
    expect(formatFromName("x.dat")).toBeUndefined();
    expect(formatFromName("dir.v2/file")).toBeUndefined();
  });

  it("names what the content really is when it contradicts the name", () => {
    expect(sniffMismatch(bytes(0x50, 0x4b, 3, 4), "csv")).toMatch(/Excel workbook/);
    expect(sniffMismatch(bytes(0xd0, 0xcf, 0x11, 0xe0), "csv")).toMatch(/\.xls/);
    expect(sniffMismatch(bytes(0x61, 0, 0x62), "tsv")).toMatch(/binary/);
    expect(sniffMismatch(new TextEncoder().encode("a,b\n"), "csv")).toBeUndefined();
    expect(sniffMismatch(new TextEncoder().encode("a,b\n"), "xlsx")).toMatch(/text/);
    expect(sniffMismatch(new TextEncoder().encode("PAR1...."), "parquet")).toBeUndefined();
  });
});
