/**
 * Where the commands write: an --out that is an input, holds an input or is a system folder is
 * refused with exit 2 and the input is untouched; a report folder always holds one complete run
 * (a second run leaves none of the first's files; two runs at once leave one of them whole); a
 * folder the user keeps other things in is never replaced.
 */
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { runFgc } from "./run-cli-helper.js";

const sample = "data-samples/trial/analysis.csv";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "fgc-out-cli-"));
  vi.stubEnv("FGC_LINK_KEY", "0123456789abcdef-output-test");
});
afterEach(() => vi.unstubAllEnvs());

function files(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: "utf8" }).sort();
}

describe("outputs never overwrite inputs", () => {
  it("fgc validate --out the input file: exit 2, the input unchanged", async () => {
    const input = join(dir, "episodes.csv");
    cpSync("data-samples/episodes.csv", input);
    const before = readFileSync(input, "utf8");
    const r = await runFgc("validate", input, "--out", input);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/is an input/);
    expect(readFileSync(input, "utf8")).toBe(before);
  });

  it("fgc trial --out the input file or the folder holding it: exit 2, the input unchanged", async () => {
    const input = join(dir, "analysis.csv");
    cpSync(sample, input);
    const before = readFileSync(input, "utf8");
    for (const out of [input, dir]) {
      const r = await runFgc("trial", input, "--out", out, "--no-png");
      expect(r.code, out).toBe(2);
      expect(r.stderr).toMatch(/--out/);
    }
    expect(readFileSync(input, "utf8")).toBe(before);
    expect(readdirSync(dir)).toEqual(["analysis.csv"]);
  });

  it("an --out through a file is a usage error (exit 2), never an internal error", async () => {
    const file = join(dir, "afile");
    writeFileSync(file, "");
    const v = await runFgc("validate", "data-samples/episodes.csv", "--out", join(file, "report.csv"));
    expect([v.code, v.stderr]).toEqual([2, expect.stringMatching(/is a file, not a folder/)]);
    const t = await runFgc("trial", sample, "--out", join(file, "report"), "--no-png");
    expect(t.code).toBe(2);
  });

  it("fgc trial --out / and the working folder: exit 2, nothing written", async () => {
    for (const out of ["/", "."]) {
      const r = await runFgc("trial", sample, "--out", out, "--no-png");
      expect(r.code, out).toBe(2);
    }
    expect(existsSync("/results.json")).toBe(false);
    expect(existsSync("results.json")).toBe(false);
  });

  it("fgc return and fgc link refuse an --out that is a file of the input folder or in /etc", async () => {
    const returns = join(dir, "returns");
    cpSync("data-samples/returns", returns, { recursive: true });
    const header = join(returns, "ssda903-2023-24-header.csv");
    const headerBefore = readFileSync(header, "utf8");
    const r1 = await runFgc("return", returns, "--period", "2023-24", "--out", header);
    expect(r1.code).toBe(2);
    expect(r1.stderr).toMatch(/in the input folder/);
    expect(readFileSync(header, "utf8")).toBe(headerBefore);
    expect(
      (await runFgc("return", returns, "--period", "2023-24", "--out", "/etc/fgc-return.csv")).code,
    ).toBe(2);
    const link = join(dir, "link");
    cpSync("data-samples/link", link, { recursive: true });
    const before = readFileSync(join(link, "children.csv"), "utf8");
    const r2 = await runFgc("link", link, "--out", join(link, "children.csv"));
    expect(r2.code).toBe(2);
    expect(readFileSync(join(link, "children.csv"), "utf8")).toBe(before);
    const out = join(dir, "a.csv");
    expect((await runFgc("link", link, "--out", out, "--report", out)).code).toBe(2);
  });
});

describe("an output folder holds one complete run", () => {
  it("a second run with --no-png leaves no PNG or other file of the first", async () => {
    const out = join(dir, "report");
    expect((await runFgc("trial", sample, "--out", out)).code).toBe(0);
    expect(files(out).some((f) => f.endsWith(".png"))).toBe(true);
    writeFileSync(join(out, "tables", "stale.csv"), "old");
    expect((await runFgc("trial", sample, "--out", out, "--no-png")).code).toBe(0);
    expect(files(out).filter((f) => f.endsWith(".png") || f.includes("stale"))).toEqual([]);
    expect(readdirSync(dir)).toEqual(["report"]);
  }, 60_000);

  it("two runs into one folder at once leave one of them whole", async () => {
    // Run A draws PNGs and has no subgroups; run B has subgroups and no PNGs. Mixed files show.
    const noSubgroups = join(dir, "no-subgroups.json");
    const first = join(dir, "first");
    expect((await runFgc("trial", sample, "--out", first, "--no-png")).code).toBe(0);
    const defaultPlan = JSON.parse(readFileSync(join(first, "plan.json"), "utf8"));
    writeFileSync(noSubgroups, JSON.stringify({ ...defaultPlan, subgroups: [] }));
    const out = join(dir, "report");
    const runs = await Promise.all([
      runFgc("trial", sample, "--out", out, "--plan", noSubgroups),
      runFgc("trial", sample, "--out", out, "--no-png"),
    ]);
    expect(runs.map((r) => r.code)).toEqual([0, 0]);
    const results = JSON.parse(readFileSync(join(out, "results.json"), "utf8"));
    const winnerIsA = results.plan.subgroups.length === 0;
    const list = files(out);
    expect(list.some((f) => f.endsWith(".png"))).toBe(winnerIsA);
    expect(list.some((f) => f.includes("subgroups"))).toBe(!winnerIsA);
    expect(readdirSync(dir).sort()).toEqual(["first", "no-subgroups.json", "report"]);
  }, 60_000);

  it("a folder holding other files is refused (exit 2) and kept; an empty one is used", async () => {
    const mine = join(dir, "mine");
    mkdirSync(mine);
    writeFileSync(join(mine, "thesis.docx"), "years of work");
    const r = await runFgc("trial", sample, "--out", mine, "--no-png");
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/did not write/);
    expect(files(mine)).toEqual(["thesis.docx"]);
    const empty = join(dir, "empty");
    mkdirSync(empty);
    expect((await runFgc("trial", sample, "--out", empty, "--no-png")).code).toBe(0);
    expect(existsSync(join(empty, "results.json"))).toBe(true);
  }, 60_000);

  it("fgc simulate replaces its own previous folder and refuses another", async () => {
    const out = join(dir, "sim");
    expect((await runFgc("simulate", "trial", "--families", "20", "--out", out)).code).toBe(0);
    writeFileSync(join(out, "stale.csv"), "old");
    expect((await runFgc("simulate", "trial", "--families", "20", "--out", out)).code).toBe(0);
    expect(existsSync(join(out, "stale.csv"))).toBe(false);
    const mine = join(dir, "mine");
    mkdirSync(mine);
    writeFileSync(join(mine, "notes.txt"), "mine");
    expect((await runFgc("simulate", "trial", "--families", "20", "--out", mine)).code).toBe(2);
    expect(files(mine)).toEqual(["notes.txt"]);
  });
});

describe("default output names", () => {
  it("fgc return names its file from the LEA only when the LEA is a plain code", async () => {
    const { defaultReturnPath } = await import("../../src/cli/return.js");
    expect(defaultReturnPath({ laCode: "999", period: "2023-24" })).toBe(
      join("reports", "fgc-return-999-2023-24.csv"),
    );
    for (const laCode of ["../../etc/cron.d/x", '=HYPERLINK("http://x","y")', "a/b", "", "E09000007\n"])
      expect(defaultReturnPath({ laCode, period: "2023-24" })).toBe(
        join("reports", "fgc-return-la-2023-24.csv"),
      );
  });
});
