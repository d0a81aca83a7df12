// cli/code-cache-variant.ts: which code cache of the CLI bundle a run of `fgc` uses.
import { describe, expect, it } from "vitest";
import { codeCacheVariant } from "../../src/cli/code-cache-variant.js";

describe("codeCacheVariant", () => {
  it("names the command run", () => {
    expect(codeCacheVariant(["trial", "data-samples/trial/analysis.csv", "--out", "x"])).toBe("trial");
    expect(codeCacheVariant(["validate", "a.csv", "b.csv"])).toBe("validate");
    expect(codeCacheVariant(["--debug", "trial", "a.csv"])).toBe("trial");
  });

  it("gives help and version runs one cache of their own, whatever the command", () => {
    for (const argv of [
      [],
      ["help"],
      ["help", "trial"],
      ["--help"],
      ["trial", "--help"],
      ["-h"],
      ["-V"],
      ["--version"],
    ])
      expect(codeCacheVariant(argv)).toBe("help");
  });

  it("never gives a file name's part from anything but a plain word", () => {
    for (const argv of [["../x"], ["Trial"], ["--debug", "Trial"], ["tri al"], ["a".repeat(21)]])
      expect(codeCacheVariant(argv)).toBe("other");
  });
});
