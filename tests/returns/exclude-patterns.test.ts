/**
 * `fgc return --exclude`: globs against the path relative to the folder (util/glob-match.ts).
 */
import { describe, expect, it } from "vitest";
import { globMatch } from "../../src/util/glob-match.js";

describe("globMatch, as --exclude uses it", () => {
  it.each([
    ["notes.txt", "notes.txt", true],
    ["notes.txt", "sub/notes.txt", true],
    ["*.pdf", "a.pdf", true],
    ["*.pdf", "deep/er/a.pdf", true],
    ["*.pdf", "a.pdf.xml", false],
    ["archive/**", "archive/2021/cin.xml", true],
    ["archive/**", "archive", false],
    ["archive/*", "archive/2021/cin.xml", false],
    ["**/old-*.xml", "old-cin.xml", true],
    ["**/old-*.xml", "a/b/old-cin.xml", true],
    ["cin-202?.xml", "cin-2024.xml", true],
    ["cin-202?.xml", "cin-20245.xml", false],
    ["a.b(1)+.csv", "a.b(1)+.csv", true],
    ["a.b", "axb", false],
  ])("globMatch(%j, %j) is %s", (pattern, path, expected) => {
    expect(globMatch(pattern, path)).toBe(expected);
  });
});
