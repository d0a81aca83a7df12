/**
 * The hash list behind the sample key (src/io/node/bundled-samples.ts) matches the files in
 * data-samples/: a changed, added or removed sample fails here until scripts/sample-hashes.ts is
 * re-run, so the list can never cover a file that is not a bundled sample.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { bundledSamplesModule, sampleHashes } from "../../../scripts/sample-hashes.js";
import { BUNDLED_SAMPLES } from "../../../src/io/node/bundled-samples.js";

const repository = join(import.meta.dirname, "../../..");

describe("bundled sample hashes", () => {
  it("list every data file under data-samples/ with its current SHA-256 and size", () => {
    expect(BUNDLED_SAMPLES).toEqual(sampleHashes(join(repository, "data-samples"), repository));
  });

  it("are the generator's output, byte for byte", () => {
    const hashes = sampleHashes(join(repository, "data-samples"), repository);
    expect(readFileSync(join(repository, "src/io/node/bundled-samples.ts"), "utf8")).toBe(
      bundledSamplesModule(hashes),
    );
  });
});
