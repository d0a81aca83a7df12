/** compareText orders as an en-GB collator does (util/compare-text.ts), checked on random strings. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareText } from "../../src/util/compare-text.js";

const sign = (x: number) => Math.sign(x);
const text = (chars: string) => fc.string({ unit: fc.constantFrom(...chars.split("")), maxLength: 8 });

describe("compareText", () => {
  it.each([
    ["lower-case letters, digits and spaces", "abcxyz019 "],
    ["upper-case letters, digits and spaces", "ABCXYZ019 "],
    ["mixed case and punctuation (the collator's own order)", "aAbB-_. 1éÉ"],
  ])("gives an en-GB collator's sign on %s", (_, chars) => {
    fc.assert(
      fc.property(text(chars), text(chars), (a, b) => {
        expect(sign(compareText(a, b))).toBe(sign(a.localeCompare(b, "en-GB")));
      }),
      { numRuns: 2000 },
    );
  });

  it("sorts DfE ethnicity codes, sex codes and yes/no as the collator does, and ä before z in any locale", () => {
    for (const list of [
      ["WBRI", "ABAN", "MWBC", "AOTH", "NOBT", "REFU"],
      ["M", "F", "U"],
      ["yes", "no"],
      ["Yes", "no", "No", "yes"],
    ])
      expect([...list].sort(compareText)).toEqual([...list].sort((a, b) => a.localeCompare(b, "en-GB")));
    expect(["z", "ä", "a"].sort(compareText)).toEqual(["a", "ä", "z"]);
  });
});
