/**
 * Fuzzing how `fgc return` finds its files (readReturnsFolder): a census whose prolog holds a
 * DOCTYPE with an internal subset, a long comment, or a BOM and CRLF is still found and read the
 * same; a file that is a damaged census is refused with an error, never dropped with a warning
 * (a return computed without a census it was given is a silently wrong number).
 */
import { copyFileSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import * as fc from "fast-check";
import { beforeAll, describe, expect } from "vitest";
import { readReturnsFolder } from "../../src/io/node/read-returns-folder.js";
import type { ReturnsFolder } from "../../src/io/read-return-source.js";
import { fraction, fuzzProperty } from "./fuzz-settings.js";
import { afterDeclaration, truncateBytes, utf8, withBom } from "./mutators.js";
import { readOrRefusal } from "./oracles.js";
import { attempt, sampleText, scratchDir } from "./samples.js";

const dir = scratchDir();
const samples = join(import.meta.dirname, "../../data-samples/returns");
const censusName = "cin-census-2023-24.xml";
let census: string;
let baseline: ReturnsFolder;
let folders = 0;

beforeAll(async () => {
  census = sampleText(`returns/${censusName}`);
  const r = readOrRefusal(await readFolder(census), "folder");
  if (r === undefined || r.censuses.length !== 1) throw new Error("sample returns folder not read");
  baseline = r;
});

/** A folder with the 903 CSV tables and the census as given. */
function readFolder(censusContent: string | Uint8Array) {
  const folder = join(dir, `returns-${folders++}`);
  mkdirSync(folder);
  for (const f of ["ssda903-2023-24-episodes.csv", "ssda903-2023-24-header.csv"]) {
    copyFileSync(join(samples, f), join(folder, f));
  }
  writeFileSync(join(folder, censusName), censusContent);
  return attempt(() => readReturnsFolder(folder));
}

/** The same folder read: files and kinds, censuses, 903 files, issues (without the folder path). */
function expectSameFolder(r: ReturnsFolder | undefined): void {
  expect(r).toBeDefined();
  if (r === undefined) return;
  expect(r.files).toEqual(baseline.files);
  expect(r.censuses).toEqual(baseline.censuses);
  expect(r.ssda903).toEqual(baseline.ssda903);
  expect(r.issues).toEqual(baseline.issues);
}

describe("returns folder: a census in another spelling is found and read the same", () => {
  fuzzProperty(
    "a DOCTYPE with an internal subset in the census prolog",
    1101,
    fc.asyncProperty(
      fc.constantFrom('<!ENTITY la "999">', '<!ELEMENT Message ANY><!ATTLIST Message v CDATA "1">'),
      async (subset) => {
        const r = readOrRefusal(
          await readFolder(afterDeclaration(census, `<!DOCTYPE Message [${subset}]>`)),
          censusName,
        );
        expectSameFolder(r);
      },
    ),
    { runs: 2 },
  );

  fuzzProperty(
    "a long comment (over 8 KiB) before the census root",
    1102,
    fc.asyncProperty(fc.integer({ min: 9000, max: 40000 }), async (n) => {
      const r = readOrRefusal(
        await readFolder(afterDeclaration(census, `<!--${"x".repeat(n)}-->`)),
        censusName,
      );
      expectSameFolder(r);
    }),
    { runs: 2 },
  );

  fuzzProperty(
    "a BOM, CRLF line endings and a short comment before the root",
    1103,
    fc.asyncProperty(fc.boolean(), fc.boolean(), async (bom, crlf) => {
      let text = afterDeclaration(census, "<!-- exported 2024-05-01 -->");
      if (crlf) text = text.replaceAll("\n", "\r\n");
      if (bom) text = withBom(text);
      expectSameFolder(readOrRefusal(await readFolder(text), censusName));
    }),
    { runs: 4 },
  );
});

describe("returns folder: a damaged census is refused, never dropped with a warning", () => {
  fuzzProperty(
    "a census truncated at any byte past its root",
    1201,
    fc.asyncProperty(fraction(), async (f) => {
      const bytes = utf8(census);
      const from = census.indexOf("<Message>") + 10;
      const cut = from + Math.floor(f * (bytes.length - from));
      const r = readOrRefusal(await readFolder(truncateBytes(bytes, cut)), censusName);
      if (r === undefined) return;
      const refusal = r.issues.find((i) => i.file === censusName && i.severity === "error");
      if (r.censuses.length === 1) expect(r.censuses).toEqual(baseline.censuses);
      else expect(refusal, "the census left out without an error").toBeDefined();
    }),
  );
});
