import { createHmac } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createPseudonymiser } from "../../src/link/pseudonymise.js";
import { UsageError } from "../../src/util/errors.js";

describe("createPseudonymiser", () => {
  it("is HMAC-SHA-256 of '<domain>:<id>' in hex", () => {
    const p = createPseudonymiser("k3y", { domain: "child" });
    const expected = createHmac("sha256", "k3y").update("child:C801970").digest("hex");
    expect(p("C801970")).toBe(expected);
  });
  it("trims the id, keeps case, and separates domains", () => {
    const child = createPseudonymiser("k3y", { domain: "child" });
    const family = createPseudonymiser("k3y", { domain: "family" });
    expect(child(" C1 ")).toBe(child("C1"));
    expect(child("c1")).not.toBe(child("C1"));
    expect(family("C1")).not.toBe(child("C1"));
  });
  it("depends on the key", () => {
    expect(createPseudonymiser("a")("X")).not.toBe(createPseudonymiser("b")("X"));
  });
  it("keeps a prefix of the requested length", () => {
    const full = createPseudonymiser("k")("X");
    expect(createPseudonymiser("k", { length: 16 })("X")).toBe(full.slice(0, 16));
    expect(createPseudonymiser("k", { length: 9 })("X")).toBe(full.slice(0, 9));
  });
  it("refuses an empty key and a bad length", () => {
    expect(() => createPseudonymiser("")).toThrow(UsageError);
    expect(() => createPseudonymiser("k", { length: 4 })).toThrow(UsageError);
  });
  it("encodes any Unicode id as UTF-8, including long ones", () => {
    const p = createPseudonymiser("key", { domain: "d" });
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 120 }), (id) => {
        const expected = createHmac("sha256", "key").update(`d:${id.trim()}`, "utf8").digest("hex");
        return p(id) === expected;
      }),
      { seed: 42, numRuns: 200 },
    );
  });
});
