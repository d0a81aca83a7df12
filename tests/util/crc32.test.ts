import * as zlib from "node:zlib";
import { describe, expect, it } from "vitest";
import { crc32 } from "../../src/util/crc32.js";

describe("crc32", () => {
  it("gives the check value of the zip CRC-32 and agrees with zlib", () => {
    expect(crc32(new TextEncoder().encode("123456789"))).toBe(0xcbf43926);
    expect(crc32(new TextEncoder().encode("The quick brown fox jumps over the lazy dog"))).toBe(0x414fa339);
    expect(crc32(new Uint8Array(0))).toBe(0);
    const bytes = new Uint8Array(100_000).map((_, i) => (i * 7919) % 256);
    const native = (zlib as { crc32?: (b: Uint8Array) => number }).crc32;
    // zlib.crc32 arrived in Node 20.15.
    if (native !== undefined) expect(crc32(bytes)).toBe(native(bytes));
  });
});
