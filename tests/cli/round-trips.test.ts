/**
 * Round trips on the samples (issue 14, item 1): every output feeds the next command.
 * - `fgc link DIR --out F`, then `fgc validate F` exits 0 with no problem and `fgc trial F` runs;
 * - `fgc trial DIR` gives the results.json of linking first and analysing the file: every field
 *   is byte-equal except the provenance of the inputs (`inputs`: the extracts against the linked
 *   file) and the row accounting's read and exclusions (`accounting`: from the extracts the
 *   trial also counts the index events the link left out, with their rule); `used` is equal;
 * - a message about a linked row names the index-events file and row, never a pseudonym alone;
 * - default output folders of `fgc link` and `fgc trial` on the same folder name differ.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { defaultLinkOut } from "../../src/cli/link.js";
import { defaultTrialOut } from "../../src/cli/trial.js";
import { type CliRun, runFgc } from "./run-cli-helper.js";

const dir = mkdtempSync(join(tmpdir(), "fgc-round-trips-"));
const linked = join(dir, "link", "analysis.csv");
let link: CliRun;
let fromFile: CliRun;
let fromFolder: CliRun;

beforeAll(async () => {
  vi.stubEnv("FGC_LINK_KEY", "");
  // No --extract-date: follow-up ends on the latest date in the extracts, as `fgc trial DIR` does.
  link = await runFgc("link", "data-samples/link", "--out", linked);
  fromFile = await runFgc("trial", linked, "--out", join(dir, "from-file"), "--no-png");
  fromFolder = await runFgc("trial", "data-samples/link", "--out", join(dir, "from-folder"), "--no-png");
  vi.unstubAllEnvs();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("fgc link, then fgc validate and fgc trial on its output", () => {
  it("writes a file fgc validate accepts whole: one row per child, every column declared", async () => {
    expect(link.code).toBe(0);
    const v = await runFgc("validate", linked);
    expect(v.code).toBe(0);
    // 11 children: L01–L11 (L12's family has no allocation); L07's second letter is not a row.
    expect(v.stdout).toMatch(/\(schema: trial-analysis\)/);
    expect(v.stdout).toMatch(/rows: 11 read = 11 accepted \+ 0 rejected\n/);
    expect(v.stdout).toMatch(/0 errors, 0 warnings/);
    expect(v.stdout).not.toMatch(/column-unknown|value-missing|key-duplicate/);
  });

  it("fgc trial analyses the linked file: every row read is used or excluded with a rule", () => {
    expect(fromFile.code).toBe(0);
    const r = JSON.parse(readFileSync(join(dir, "from-file", "results.json"), "utf8"));
    // L11's follow-up (100 days) is shorter than the window: its primary outcome is missing.
    expect(r.accounting).toEqual({
      read: 11,
      used: 10,
      excluded: [
        {
          reason: "primary outcome missing: follow-up shorter than 365 days",
          rows: 1,
          rule: "outcome-missing",
        },
      ],
    });
  });
});

describe("fgc link --window other than 365", () => {
  it("warns that the file's outcomes are over that window and says how to analyse them", async () => {
    const out = join(dir, "w180", "analysis.csv");
    const run = await runFgc("link", "data-samples/link", "--window", "180", "--out", out);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/warning: --window 180: .*365-day outcomes.*\{ "window": 180 \}/);
  });
});

describe("fgc trial on the folder of extracts against fgc link then fgc trial on the file", () => {
  it("gives the same results.json but for the inputs' provenance and the link's accounting", () => {
    expect(fromFolder.code).toBe(0);
    const a = JSON.parse(readFileSync(join(dir, "from-file", "results.json"), "utf8"));
    const b = JSON.parse(readFileSync(join(dir, "from-folder", "results.json"), "utf8"));
    const keys = Object.keys(a).sort();
    expect(Object.keys(b).sort()).toEqual(keys);
    for (const key of keys.filter((k) => k !== "inputs" && k !== "accounting"))
      expect(JSON.stringify(b[key]), key).toBe(JSON.stringify(a[key]));
    expect(keys.filter((k) => k === "estimates" || k === "subgroups" || k === "sensitivity")).toHaveLength(3);
    // Provenance: the linked file against the six extracts it was linked from.
    expect(a.inputs.map((i: { file: string }) => i.file)).toEqual(["analysis.csv"]);
    expect(b.inputs.map((i: { file: string }) => i.file)).toEqual([
      "allocation.csv",
      "children.csv",
      "court.csv",
      "episodes.csv",
      "fgc-records.csv",
      "index-events.csv",
    ]);
    // Accounting: the same rows used; from the extracts, the 13 index events read are the 11
    // rows of the file plus L12's (allocation-missing) and L07's second letter (index-event-later).
    expect(b.accounting.used).toBe(a.accounting.used);
    const linkOnly = b.accounting.excluded.filter(
      (e: { rule: string }) => !a.accounting.excluded.some((x: { rule: string }) => x.rule === e.rule),
    );
    expect(linkOnly.map((e: { rule: string; rows: number }) => [e.rule, e.rows])).toEqual([
      ["allocation-missing", 1],
      ["index-event-later", 1],
    ]);
    expect(b.accounting.read).toBe(a.accounting.read + 2);
  });
});

describe("messages about linked rows", () => {
  it("name the index-events file and row the trial row was linked from, never a pseudonym alone", async () => {
    const folder = join(dir, "crossover");
    cpSync("data-samples/link", folder, { recursive: true });
    // A conference held for F02 (L03, control; index-events.csv row 4): a crossover warning.
    const fgc = join(folder, "fgc-records.csv");
    writeFileSync(
      fgc,
      `${readFileSync(fgc, "utf8")}R06,F02,,pre_proceedings,2024-01-12,held,2024-01-15,Y,,2024-02-01,N,\n`,
    );
    const run = await runFgc("trial", folder, "--out", join(dir, "crossover-out"), "--no-png");
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/index-events\.csv row 4, fgc_held "1": .*\[trial-control-fgc-held\]/);
    expect(run.stderr).not.toMatch(/\(linked\) row/);
  });
});

describe("default output folders", () => {
  it("never mix fgc link's and fgc trial's files for the same folder name", () => {
    expect(defaultLinkOut("data-samples/link")).toBe(join("reports", "link-link", "analysis.csv"));
    expect(defaultTrialOut("data-samples/link")).toBe(join("reports", "trial-link"));
    expect(defaultTrialOut("data-samples/link/")).toBe(join("reports", "trial-link"));
    expect(defaultTrialOut("data-samples/trial/analysis.csv")).toBe(join("reports", "trial-analysis"));
  });
});

describe("fgc return, then fgc validate and fgc areas on its output", () => {
  it("validates whole, and fgc areas compares it when the fictional LA code is allowed", async () => {
    const ret = join(dir, "return", "fgc-return.csv");
    // --threshold 0: the comparison needs the true counts (a c is refused by fgc areas).
    const r = await runFgc(
      "return",
      "data-samples/returns",
      "--period",
      "2023-24",
      "--threshold",
      "0",
      "--out",
      ret,
    );
    expect(r.code).toBe(0);
    const v = await runFgc("validate", ret);
    expect(v.code).toBe(0);
    expect(v.stdout).toMatch(/\(schema: la-return\)/);
    expect(v.stdout).toMatch(/0 errors\b/);
    // The default return (counts 1–5 written c) validates too.
    const suppressed = join(dir, "return", "fgc-return-suppressed.csv");
    expect(
      (await runFgc("return", "data-samples/returns", "--period", "2023-24", "--out", suppressed)).code,
    ).toBe(0);
    expect((await runFgc("validate", suppressed)).code).toBe(0);
    // The samples' LA 999 is in no list: refused unless the user says so …
    const refused = await runFgc("areas", ret, "--out", join(dir, "areas-refused"), "--no-png");
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/la_code "999": .*\[return-la-unknown\]/);
    // … and kept as an area of its own, with one warning for the code, when allowed.
    const areas = await runFgc("areas", ret, "--allow-unknown-la", "--out", join(dir, "areas"), "--no-png");
    expect(areas.code).toBe(0);
    expect(areas.stderr.match(/\[return-la-unknown-allowed\]/g)).toHaveLength(1);
    expect(areas.stderr).not.toMatch(/\[return-la-unknown\]/);
    const result = JSON.parse(readFileSync(join(dir, "areas", "results.json"), "utf8"));
    expect(JSON.stringify(result)).toMatch(/"999"/);
  });

  it("still refuses a code in no list that is mistyped beside real areas unless allowed", async () => {
    const file = join(dir, "typo.csv");
    writeFileSync(
      file,
      "la_code,period,breakdown,category,measure,value\n2O2,2023-24,all,all,families_entering_pre_proceedings,40\n",
    );
    const run = await runFgc("areas", file, "--out", join(dir, "typo-out"), "--no-png");
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/typo\.csv row 2, la_code "2O2": .*\[return-la-unknown\]/);
  });
});
