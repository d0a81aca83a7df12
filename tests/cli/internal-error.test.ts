/**
 * A bug inside a command exits 70 with one line and no stack trace, unless --debug.
 */
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { runFgc } from "./run-cli-helper.js";

vi.mock("../../src/io/node/read-raw-file.js", () => ({
  readRawFile: async () => {
    throw new TypeError("cannot read properties of undefined");
  },
}));

const file = join(import.meta.dirname, "../fixtures/io/ssda903-good-episodes.csv");

describe("internal errors", () => {
  it("exit 70 with a one-line message and no stack trace", async () => {
    const run = await runFgc("validate", file);
    expect(run.code).toBe(70);
    expect(run.stderr).toContain("internal error: cannot read properties of undefined");
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it("--debug adds the stack trace", async () => {
    const run = await runFgc("--debug", "validate", file);
    expect(run.code).toBe(70);
    expect(run.stderr).toMatch(/\n\s+at /);
  });
});
