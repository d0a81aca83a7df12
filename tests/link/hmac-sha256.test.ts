import { createHmac } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hmacSha256, sha256, toHex } from "../../src/link/hmac-sha256.js";

const text = (s: string): Uint8Array => new TextEncoder().encode(s);
const bytes = (n: number, v: number): Uint8Array => new Uint8Array(n).fill(v);

describe("sha256 (FIPS 180-2 appendix B examples)", () => {
  it("hashes the one-block message 'abc'", () => {
    expect(toHex(sha256(text("abc")))).toBe(
      "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
    );
  });
  it("hashes the two-block 448-bit message", () => {
    expect(toHex(sha256(text("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")))).toBe(
      "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
    );
  });
  it("hashes one million 'a'", () => {
    expect(toHex(sha256(bytes(1_000_000, 0x61)))).toBe(
      "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0",
    );
  });
  it("hashes the empty message", () => {
    expect(toHex(sha256(new Uint8Array(0)))).toBe(
      "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    );
  });
});

describe("hmacSha256 (RFC 4231 test cases)", () => {
  const cases: [string, Uint8Array, Uint8Array, string][] = [
    [
      "1",
      bytes(20, 0x0b),
      text("Hi There"),
      "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7",
    ],
    [
      "2",
      text("Jefe"),
      text("what do ya want for nothing?"),
      "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
    ],
    [
      "3",
      bytes(20, 0xaa),
      bytes(50, 0xdd),
      "773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe",
    ],
    [
      "4",
      Uint8Array.from({ length: 25 }, (_, i) => i + 1),
      bytes(50, 0xcd),
      "82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b",
    ],
    [
      "6",
      bytes(131, 0xaa),
      text("Test Using Larger Than Block-Size Key - Hash Key First"),
      "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54",
    ],
    [
      "7",
      bytes(131, 0xaa),
      text(
        "This is a test using a larger than block-size key and a larger than block-size data. The key needs to be hashed before being used by the HMAC algorithm.",
      ),
      "9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2",
    ],
  ];
  for (const [id, key, data, mac] of cases) {
    it(`matches test case ${id}`, () => {
      expect(toHex(hmacSha256(key, data))).toBe(mac);
    });
  }
  it("matches test case 5 truncated to 128 bits", () => {
    expect(toHex(hmacSha256(bytes(20, 0x0c), text("Test With Truncation"))).slice(0, 32)).toBe(
      "a3b6167473100ee06e0c796c2955552b",
    );
  });
  it("agrees with node:crypto for any key and message length (block boundaries included)", () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 1, maxLength: 150 }),
        fc.uint8Array({ maxLength: 200 }),
        (key, data) => {
          const expected = createHmac("sha256", key).update(data).digest("hex");
          return toHex(hmacSha256(key, data)) === expected;
        },
      ),
      { seed: 42, numRuns: 200 },
    );
  });
});
