import { describe, expect, it } from "vitest";
import { displayText } from "../../src/util/display-text.js";

describe("displayText", () => {
  it.each([
    ["\u001b[2J", "\\u001b[2J"],
    ["a\nb\rc\td", "a\\u000ab\\u000dc\\u0009d"],
    ["del\u007f", "del\\u007f"],
    ["csi\u009b2J", "csi\\u009b2J"],
    ["abc\u202edcba", "abc\\u202edcba"],
    ["iso\u2066x\u2069", "iso\\u2066x\\u2069"],
  ])("escapes control and bidi characters: %j", (input, expected) => {
    expect(displayText(input)).toBe(expected);
  });

  it("leaves ordinary text, accents and emoji alone", () => {
    expect(displayText("Émile O’Brien — 12 % ✓ 😀")).toBe("Émile O’Brien — 12 % ✓ 😀");
  });

  it("shortens long text and says how long it was", () => {
    // 10 kept + "… (500 characters)"
    expect(displayText("x".repeat(500), 10)).toBe("xxxxxxxxxx… (500 characters)");
  });

  it("never splits a surrogate pair or an escape when shortening", () => {
    expect(displayText(`abc${"😀".repeat(3)}`, 4)).toBe("abc… (9 characters)");
    expect(displayText("\u001b\u001b\u001b", 2)).toBe("\\u001b\\u001b… (3 characters)");
  });
});
