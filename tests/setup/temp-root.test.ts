/** The tests, and the processes they start, write their temporary files in the run's folder. */
import { execFileSync } from "node:child_process";
import { tmpdir } from "node:os";
import { basename } from "node:path";
import { expect, it } from "vitest";

it("points the temporary folder of tests and their child processes at the run's folder", () => {
  expect(basename(tmpdir())).toMatch(/^fgc-tests-/);
  const child = execFileSync(process.execPath, ["-e", "process.stdout.write(require('node:os').tmpdir())"], {
    encoding: "utf8",
  });
  expect(child).toBe(tmpdir());
});
