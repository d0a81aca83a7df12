/**
 * `fgc trial <folder of extracts>`: a folder without an analysis-ready file is linked in memory
 * (no key asked for) and analysed; the simulated trial's extracts give the same arm rates as its
 * analysis.csv, and a second run gives byte-identical results.json.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { type CliRun, runFgc } from "./run-cli-helper.js";

describe("fgc trial on a folder of extracts", () => {
  const dir = mkdtempSync(join(tmpdir(), "fgc-trial-extracts-"));
  const extracts = join(dir, "extracts");
  cpSync("data-samples/trial", extracts, { recursive: true });
  rmSync(join(extracts, "analysis.csv"));
  let a: CliRun;
  beforeAll(async () => {
    vi.stubEnv("FGC_LINK_KEY", "");
    a = await runFgc("trial", extracts, "--out", join(dir, "a"), "--no-png");
    vi.unstubAllEnvs();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("links in memory without a key, analyses, and reruns byte-identically", async () => {
    expect(a.code).toBe(0);
    expect(a.stderr).toMatch(/^note: linked the extracts .* in memory .*follow-up to 2023-06-18/);
    expect(a.stderr).not.toMatch(/warning|error/);
    expect(a.stdout).toMatch(/rows read 2,537, used 2,537/);
    const b = await runFgc("trial", extracts, "--out", join(dir, "b"), "--no-png");
    expect(b.code).toBe(0);
    const results = readFileSync(join(dir, "a", "results.json"), "utf8");
    expect(readFileSync(join(dir, "b", "results.json"), "utf8")).toBe(results);
    expect(results).not.toMatch(/"C\d{6}"|"F\d{5}"/);
  });

  it("honours the plan's window, deriving the outcomes over it (an analysis file refuses one)", async () => {
    const plan = join(dir, "window-180.json");
    writeFileSync(plan, JSON.stringify({ window: 180, bootstrapReplicates: 0, rerandomisations: 0 }));
    const run = await runFgc("trial", extracts, "--plan", plan, "--out", join(dir, "w180"), "--no-png");
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/window 180 days/);
    const rate = (path: string) =>
      (
        JSON.parse(readFileSync(path, "utf8")).estimates as {
          outcome: string;
          measure: string;
          estimate: number;
        }[]
      ).find((e) => e.outcome === "looked_after_12m" && e.measure === "rate_fgc")?.estimate;
    const w180 = JSON.parse(readFileSync(join(dir, "w180", "results.json"), "utf8"));
    expect(w180.plan.window).toBe(180);
    // Fewer children are in care on day 180 than on day 365 in the simulated trial.
    expect(rate(join(dir, "w180", "results.json"))).toBeLessThan(
      rate(join(dir, "a", "results.json")) as number,
    );
  });

  it("gives the arm rates of analysis.csv, which was derived from the same timelines", async () => {
    const fromFile = await runFgc(
      "trial",
      "data-samples/trial/analysis.csv",
      "--out",
      join(dir, "c"),
      "--no-png",
    );
    expect(fromFile.code).toBe(0);
    const rates = (path: string) =>
      (
        JSON.parse(readFileSync(path, "utf8")).estimates as {
          outcome: string;
          measure: string;
          estimate: number;
        }[]
      )
        .filter((e) => e.measure.startsWith("rate_"))
        .map((e) => `${e.outcome} ${e.measure} ${e.estimate.toFixed(12)}`);
    const linked = rates(join(dir, "a", "results.json"));
    expect(linked.length).toBeGreaterThan(0);
    expect(linked).toEqual(rates(join(dir, "c", "results.json")));
  });
});

describe("fgc trial on a folder whose episodes extract has 200 bad rows", () => {
  const dir = mkdtempSync(join(tmpdir(), "fgc-trial-bad-episodes-"));
  const extracts = join(dir, "extracts");
  cpSync("data-samples/trial", extracts, { recursive: true });
  rmSync(join(extracts, "analysis.csv"));
  // Every 10th episode row gets a DECOM that is no date: 200 rows the episodes schema rejects.
  // Before issue 12 they vanished from the accounting and the arm rates changed (33.4% v 36.1%
  // looked after in the FGC arm), with exit 0 and a report.
  const path = join(extracts, "episodes.csv");
  const lines = readFileSync(path, "utf8").split("\n");
  for (let k = 1; k <= 200; k++) {
    const cells = lines[k * 10].split(",");
    cells[1] = "31/02/2022";
    lines[k * 10] = cells.join(",");
  }
  writeFileSync(path, lines.join("\n"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("exits 1, writes nothing and says 200 rows of episodes.csv were rejected", async () => {
    vi.stubEnv("FGC_LINK_KEY", "");
    const out = join(dir, "out");
    const run = await runFgc("trial", extracts, "--out", out, "--no-png");
    vi.unstubAllEnvs();
    expect(run.code).toBe(1);
    expect(existsSync(out)).toBe(false);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/episodes\.csv row 11, DECOM "31\/02\/2022": .*\[date-impossible\]/);
    expect(run.stderr).toMatch(
      /episodes\.csv \(episodes\): 2,437 read = 2,237 accepted \+ 200 rejected \(date-impossible 200\)/,
    );
    expect(run.stderr).toMatch(
      /200 errors in .*\(200 rejected rows in episodes\.csv\); nothing analysed, nothing written/,
    );
  });
});

describe("fgc trial on a folder whose allocation misses a family", () => {
  const dir = mkdtempSync(join(tmpdir(), "fgc-trial-no-allocation-"));
  cpSync("data-samples/trial", dir, { recursive: true });
  rmSync(join(dir, "analysis.csv"));
  const allocation = readFileSync(join(dir, "allocation.csv"), "utf8").split("\n");
  writeFileSync(join(dir, "allocation.csv"), [allocation[0], ...allocation.slice(2)].join("\n")); // F00001
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("prints and records the excluded index event, so rows read = used + excluded", async () => {
    const plan = join(dir, "..", `${basename(dir)}-plan.json`);
    writeFileSync(plan, JSON.stringify({ bootstrapReplicates: 0, rerandomisations: 0 }));
    const out = join(dir, "..", `${basename(dir)}-out`);
    const run = await runFgc("trial", dir, "--plan", plan, "--out", out, "--no-png");
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/2536 rows of 2537 index events.*excluded: allocation-missing 1/);
    const a = JSON.parse(readFileSync(join(out, "results.json"), "utf8")).accounting as {
      read: number;
      used: number;
      excluded: { rule: string; rows: number }[];
    };
    expect(a.read).toBe(2537);
    expect(a.used + a.excluded.reduce((s, e) => s + e.rows, 0)).toBe(a.read);
    expect(a.excluded.map((e) => `${e.rule} ${e.rows}`)).toEqual(["allocation-missing 1"]);
    rmSync(out, { recursive: true, force: true });
    rmSync(plan);
  });
});

describe("readTrialExtracts on a folder with a rejected index event", () => {
  it("counts the rejected row among the rows read, with its rule (read = used + excluded)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "fgc-trial-bad-index-"));
    cpSync("data-samples/trial", dir, { recursive: true });
    rmSync(join(dir, "analysis.csv"));
    const lines = readFileSync(join(dir, "index-events.csv"), "utf8").split("\n");
    const cells = lines[5].split(",");
    cells[2] = "2022-02-31"; // index_date: no such date: the row is rejected before linking
    lines[5] = cells.join(",");
    writeFileSync(join(dir, "index-events.csv"), lines.join("\n"));
    const { readTrialExtracts } = await import("../../src/jobs/read-trial-extracts.js");
    const { input, issues, files } = await readTrialExtracts(dir, "test");
    rmSync(dir, { recursive: true, force: true });
    expect(issues.some((i) => i.severity === "error" && i.file === "index-events.csv" && i.row === 6)).toBe(
      true,
    );
    expect(files.find((f) => f.file === "index-events.csv")?.accounting.rejected).toBe(1);
    expect(input.accounting.read).toBe(2537);
    const excluded = input.accounting.excluded.reduce((s, e) => s + e.rows, 0);
    expect(input.table.length + excluded).toBe(input.accounting.read);
    expect(input.accounting.excluded[0]).toMatchObject({ rule: "date-impossible", rows: 1 });
  });
});

describe("fgc trial on a folder with a data file it cannot place", () => {
  const dir = mkdtempSync(join(tmpdir(), "fgc-trial-unrecognised-"));
  const extracts = join(dir, "extracts");
  cpSync("data-samples/trial", extracts, { recursive: true });
  rmSync(join(extracts, "analysis.csv"));
  // Half the episodes moved to a second file whose header uses the LA's own column names. It used
  // to be ignored with a warning: those children were "never in care", the risk difference went
  // from −12.0 to −6.1 points, exit 0.
  const lines = readFileSync(join(extracts, "episodes.csv"), "utf8").split("\n");
  const body = lines.slice(1).filter((l) => l.trim() !== "");
  const half = Math.floor(body.length / 2);
  writeFileSync(join(extracts, "episodes.csv"), [lines[0], ...body.slice(0, half)].join("\n"));
  writeFileSync(
    join(extracts, "episodes-la2.csv"),
    [
      "PupilRef,Start,Legal,Status,Need,Placement,Provider,End,Reason,Change,Home,Place,Ofsted",
      ...body.slice(half),
    ].join("\n"),
  );
  // A plan kept beside the extracts is not a table: still only a warning.
  writeFileSync(join(extracts, "plan.json"), JSON.stringify({ bootstrapReplicates: 0, rerandomisations: 0 }));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("exits 1, writes nothing and names the file and its rows", async () => {
    const out = join(dir, "out");
    const run = await runFgc(
      "trial",
      extracts,
      "--plan",
      join(extracts, "plan.json"),
      "--out",
      out,
      "--no-png",
    );
    expect(run.code).toBe(1);
    expect(existsSync(out)).toBe(false);
    expect(run.stderr).toMatch(
      /error: episodes-la2\.csv: its header \(PupilRef, .*\[link-file-unrecognised\]/,
    );
    expect(run.stderr).toMatch(
      /episodes-la2\.csv \(not recognised\): 1,219 read = 0 accepted \+ 1,219 rejected/,
    );
    expect(run.stderr).toMatch(/plan\.json \(ignored\): 0 read/);
    expect(run.stderr).not.toMatch(/error: plan\.json/);
  });
});
