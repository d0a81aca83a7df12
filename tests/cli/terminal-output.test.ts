/**
 * Nothing read from a file reaches the terminal raw: escape sequences are escaped and huge values
 * shortened, whatever command prints them (runCli wraps the streams; formatIssue shortens values).
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runFgc } from "./run-cli-helper.js";

const dir = mkdtempSync(join(tmpdir(), "fgc-terminal-"));
const sample = readFileSync("data-samples/episodes.csv", "utf8").split(/\r?\n/);
const header = sample[0];
const cells = sample[1].split(",");
const CIN = header.split(",").indexOf("CIN");

function rowWith(value: string): string {
  const r = [...cells];
  r[CIN] = value;
  return r.join(",");
}

describe("terminal output of hostile files", () => {
  it("escapes ESC and bidi characters in values and headers and shortens a 1 MB value", async () => {
    const file = join(dir, "episodes.csv");
    writeFileSync(
      file,
      [
        `${header},NOTE\u001b[2J`,
        `${rowWith("\u001b[2J")},x`,
        `${rowWith("X".repeat(1_000_000))},x`,
        `${rowWith("N\u202e1")},x`,
        "",
      ].join("\n"),
    );
    const run = await runFgc("validate", file);
    const out = run.stdout + run.stderr;
    expect(run.code).toBe(1);
    expect(out).not.toContain("\u001b");
    expect(out).not.toContain("\u202e");
    expect(out).toContain("\\u001b[2J");
    expect(out.length).toBeLessThan(5_000);
    expect(out).toContain("(1,000,000 characters)");
  });

  it("refuses a 10 MB cell without echoing it", async () => {
    const file = join(dir, "giant.csv");
    writeFileSync(file, [header, `${rowWith("X".repeat(10_000_000))}`, ""].join("\n"));
    const run = await runFgc("validate", file);
    const out = run.stdout + run.stderr;
    expect(run.code).toBe(1);
    expect(out.length).toBeLessThan(5_000);
    expect(out).toMatch(/row 2: .*longer than 1,048,576 characters.*\[cell-too-large\]/);
  });

  it("escapes control characters in a file name echoed in a usage error", async () => {
    const run = await runFgc("validate", join(dir, "no\u001b[2Jsuch.csv"));
    expect(run.code).toBe(2);
    expect(run.stderr).not.toContain("\u001b");
    expect(run.stderr).toContain("\\u001b[2J");
  });
});
