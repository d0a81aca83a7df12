/**
 * resolveLinkKey: key file first, then FGC_LINK_KEY; a missing key is refused except for the
 * bundled samples (recognised by content hash), which use the published sample key with a warning.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { isBundledSample, resolveLinkKey, SAMPLE_LINK_KEY } from "../../../src/io/node/link-key.js";
import { UsageError } from "../../../src/util/errors.js";

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe("resolveLinkKey", () => {
  const dir = mkdtempSync(join(tmpdir(), "fgc-key-"));

  it("reads a key file, dropping one trailing line break, before the environment", () => {
    const file = join(dir, "link.key");
    writeFileSync(file, "0123456789abcdef-file\r\n");
    const key = resolveLinkKey(dir, { keyFile: file, env: { FGC_LINK_KEY: "0123456789abcdef-env" } });
    expect([text(key.key), key.source, key.warning]).toEqual([
      "0123456789abcdef-file",
      "key-file",
      undefined,
    ]);
  });

  it("takes FGC_LINK_KEY when no key file is given", () => {
    const key = resolveLinkKey(dir, { env: { FGC_LINK_KEY: "0123456789abcdef-env" } });
    expect([text(key.key), key.source]).toEqual(["0123456789abcdef-env", "environment"]);
  });

  it("refuses a missing key outside the samples, and short or unreadable keys", () => {
    expect(() => resolveLinkKey(dir, { env: {} })).toThrow(UsageError);
    expect(() => resolveLinkKey(dir, { env: { FGC_LINK_KEY: "" } })).toThrow(/FGC_LINK_KEY/);
    expect(() => resolveLinkKey(dir, { env: { FGC_LINK_KEY: "short" } })).toThrow(/at least 16 bytes, got 5/);
    expect(() => resolveLinkKey(dir, { keyFile: join(dir, "none.key"), env: {} })).toThrow(
      /--key-file .*not readable/,
    );
  });

  it("uses the published sample key, with a warning, for the bundled samples", () => {
    const key = resolveLinkKey("data-samples/link", { env: {} });
    expect([text(key.key), key.source]).toEqual([SAMPLE_LINK_KEY, "sample"]);
    expect(key.warning).toMatch(/protects nothing/);
    expect(isBundledSample("data-samples/trial")).toBe(true);
    expect(isBundledSample(join(dir, "my-data-samples"))).toBe(false);
  });

  it("recognises the samples by content, not by a folder named data-samples", () => {
    // Real data in a folder named data-samples: refused without a key.
    const real = join(dir, "project", "data-samples", "link");
    mkdirSync(real, { recursive: true });
    cpSync("data-samples/link", real, { recursive: true });
    const children = join(real, "children.csv");
    writeFileSync(children, readFileSync(children, "utf8").replace("L01,F01", "Q01,F01"));
    expect(isBundledSample(real)).toBe(false);
    expect(() => resolveLinkKey(real, { env: {} })).toThrow(/FGC_LINK_KEY/);
    // A real file added beside the samples makes the folder real data too.
    const mixed = join(dir, "data-samples");
    cpSync("data-samples/link", mixed, { recursive: true });
    writeFileSync(join(mixed, "extra.csv"), "child_id\nX1\n");
    expect(() => resolveLinkKey(mixed, { env: {} })).toThrow(UsageError);
    // The unchanged samples copied elsewhere are still the samples.
    const copy = join(dir, "elsewhere");
    cpSync("data-samples/link", copy, { recursive: true });
    expect(resolveLinkKey(copy, { env: {} }).source).toBe("sample");
    // A folder with no data file is not a sample.
    mkdirSync(join(dir, "empty", "data-samples"), { recursive: true });
    expect(isBundledSample(join(dir, "empty", "data-samples"))).toBe(false);
  });
});
