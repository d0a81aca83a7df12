/**
 * `fgc power` end to end: the README's example writes results.json, plan.json, a report that
 * draws its chart in headless Chromium with no console error, no request and no axe-core
 * violation, the chart as SVG and PNG and the tables as CSV and Markdown; a second run gives
 * byte-identical results; a missing or out-of-range option exits 2 naming the flag.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { CliIo } from "../../src/cli/cli-io.js";
import { runCli } from "../../src/cli/run-cli.js";
import { powerResultSchema } from "../../src/power/result.js";
import { checkInChromium } from "./browser.js";

function bufferIo(): CliIo & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, stdout: (t) => out.push(t), stderr: (t) => err.push(t), isTTY: false };
}

const example = [
  "power",
  "--outcome",
  "proportions",
  "--p0",
  "0.48",
  "--p1",
  "0.36,0.40",
  "--cluster-size",
  "1.72",
  "--n",
  "600",
];

describe("fgc power", () => {
  const dir = mkdtempSync(join(tmpdir(), "fgc-power-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const a = join(dir, "a");

  it("exits 0, prints the headline and writes results, plan, report, chart and tables", async () => {
    const io = bufferIo();
    const code = await runCli([...example, "--out", a], io);
    expect(io.err.join("")).toBe("");
    expect(code).toBe(0);
    // The README shows this run's headline word for word.
    const readme = readFileSync("README.md", "utf8").split("\n");
    const shown = readme[readme.indexOf(`$ npx fgc ${example.join(" ")}`) + 1];
    expect(io.out.join("").split("\n")[0]).toBe(shown);
    expect(io.out.join("")).toMatch(
      /^To detect 36\.0% vs 48\.0% with 80% power .* children per arm if randomised individually; .* families\) per arm/,
    );
    for (const f of [
      "results.json",
      "plan.json",
      "index.html",
      "charts/power-curve.svg",
      "charts/power-curve.png",
      "tables/sample-size.csv",
      "tables/sample-size.md",
    ])
      expect(existsSync(join(a, f)), f).toBe(true);
    const results = JSON.parse(readFileSync(join(a, "results.json"), "utf8"));
    expect(powerResultSchema.safeParse(results).success).toBe(true);
    expect(results.rows).toHaveLength(8);
    // The CSV has one line per effect and ICC under its header.
    expect(readFileSync(join(a, "tables/sample-size.csv"), "utf8").trim().split("\n")).toHaveLength(9);
  });

  it("writes byte-identical results.json on a second run", async () => {
    const b = join(dir, "b");
    expect(await runCli([...example, "--out", b, "--no-png"], bufferIo())).toBe(0);
    expect(readFileSync(join(b, "results.json"), "utf8")).toBe(readFileSync(join(a, "results.json"), "utf8"));
  });

  it("draws the chart in headless Chromium, offline, with no console error and no axe violation", async () => {
    const check = await checkInChromium(join(a, "index.html"));
    expect(check.chartErrors).toEqual([]);
    expect(check.charts).toBe("1/1");
    expect(check.consoleErrors).toEqual([]);
    expect(check.requests).toEqual([]);
    expect(check.axeViolations).toEqual([]);
  });

  it.each([
    [["--outcome", "means", "--delta", "30"], /^fgc: --sd: /],
    [["--outcome", "proportions", "--p1", "0.36"], /^fgc: --p0: /],
    [["--outcome", "proportions", "--p0", "0.48"], /^fgc: --p1: /],
    [["--outcome", "time-to-event", "--hr", "0.75"], /^fgc: --event-probability: /],
    [
      ["--outcome", "proportions", "--p0", "0.48", "--p1", "0.36", "--power", "1.2"],
      /^fgc: --power: .*got 1\.2/,
    ],
    [["--outcome", "proportions", "--p0", "0.48", "--p1", "0.36,x"], /^fgc: --p1: expected numbers/],
    [["--outcome", "proportions", "--p0", "0.48", "--p1", "0.36", "--icc", "0,2"], /^fgc: --icc: .*got 2/],
    [["--outcome", "odds", "--p0", "0.48", "--p1", "0.36"], /--outcome/],
  ])("%j exits 2 naming the option", async (args, message) => {
    const io = bufferIo();
    expect(await runCli(["power", ...args, "--out", join(dir, "bad")], io)).toBe(2);
    expect(io.err.join("")).toMatch(message);
    expect(existsSync(join(dir, "bad"))).toBe(false);
  });
});
