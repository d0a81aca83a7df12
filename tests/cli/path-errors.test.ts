/**
 * A path that cannot be used (a file where a folder is needed, a name too long) is the user's to
 * fix: exit 2 with Node's message, never exit 70 "internal error".
 */
import { describe, expect, it } from "vitest";
import { runFgc } from "./run-cli-helper.js";

describe("unusable paths", () => {
  it("a path through a file (ENOTDIR) is a usage error", async () => {
    const run = await runFgc("validate", "data-samples/episodes.csv/x.csv");
    expect(run.code).toBe(2);
    expect(run.stderr).not.toMatch(/internal error/);
    expect(run.stderr).toMatch(/not a directory|ENOTDIR|no such/i);
  });

  it("an option's file under a file (--neighbours, --families) is a usage error, not exit 70", async () => {
    const areas = await runFgc(
      "areas",
      "data-samples/areas/return-2023-24.csv",
      "--neighbours",
      "data-samples/episodes.csv/n.csv",
      "--out",
      "reports/never",
    );
    expect(areas.code).toBe(2);
    expect(areas.stderr).toMatch(/ENOTDIR/);
    const ret = await runFgc(
      "return",
      "data-samples/returns",
      "--period",
      "2023-24",
      "--families",
      "data-samples/episodes.csv/x.csv",
    );
    expect(ret.code).toBe(2);
    expect(ret.stderr).not.toMatch(/internal error/);
  });

  it("a file name longer than the system allows (ENAMETOOLONG) is a usage error", async () => {
    const run = await runFgc("validate", `${"x".repeat(300)}.csv`);
    expect(run.code).toBe(2);
    expect(run.stderr).not.toMatch(/internal error/);
  });
});
