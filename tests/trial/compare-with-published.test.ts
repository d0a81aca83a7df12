/**
 * The published English FGC trial's figures appear beside an analysis only when its plan asks
 * (`compareWithPublished`, true in the default plan): in results.json, the report and its
 * tables. Turning the comparison off changes nothing else.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fmtUnit, outcomeLabel } from "../../src/report/trial-labels.js";
import { defaultTrialPlan } from "../../src/trial/plan.js";
import { publishedTrial } from "../../src/trial/published.js";
import type { TrialResult } from "../../src/trial/result.js";
import { type CliRun, runFgc } from "../cli/run-cli-helper.js";

const dir = mkdtempSync(join(tmpdir(), "fgc-compare-published-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Run {
  cli: CliRun;
  results: TrialResult;
  html: string;
  out: string;
}

async function trial(name: string, plan?: Record<string, unknown>): Promise<Run> {
  const out = join(dir, name);
  const args = ["trial", "data-samples/trial/analysis.csv", "--out", out, "--no-png"];
  if (plan) {
    const file = join(dir, `${name}.json`);
    writeFileSync(file, JSON.stringify(plan));
    args.push("--plan", file);
  }
  const cli = await runFgc(...args);
  expect(cli.stderr).toBe("");
  expect(cli.code).toBe(0);
  return {
    cli,
    out,
    results: JSON.parse(readFileSync(join(out, "results.json"), "utf8")),
    html: readFileSync(join(out, "index.html"), "utf8"),
  };
}

describe("compareWithPublished", () => {
  let asked: Run;
  let off: Run;
  beforeAll(async () => {
    asked = await trial("default");
    off = await trial("off", { compareWithPublished: false });
  }, 180_000);

  it("is true in the default plan", () => {
    expect(defaultTrialPlan.compareWithPublished).toBe(true);
    expect(asked.results.plan.compareWithPublished).toBe(true);
  });

  it("under the default plan, puts the published figures beside this analysis's in results.json and the report", () => {
    const rate = (outcome: string, measure: string) =>
      asked.results.estimates.find(
        (e) => e.outcome === outcome && e.measure === measure && e.model === "unadjusted",
      )?.estimate;
    const days = asked.results.armMeans.find((m) => m.outcome === "days_in_care_12m");
    expect(asked.results.published.map((p) => [p.outcome, p.publishedFgc, p.publishedControl])).toEqual(
      publishedTrial.map((p) => [p.outcome, p.fgc, p.control]),
    );
    for (const p of asked.results.published) {
      expect(p.reproducedFgc).toBe(p.unit === "days" ? days?.fgc : rate(p.outcome, "rate_fgc"));
      expect(p.reproducedControl).toBe(p.unit === "days" ? days?.control : rate(p.outcome, "rate_control"));
      const cells = [p.publishedFgc, p.publishedControl, p.reproducedFgc, p.reproducedControl]
        .map((x) => `<td class="num">${fmtUnit(x, p.unit)}</td>`)
        .join("");
      expect(asked.html).toContain(`<th scope="row">${p.label}</th>${cells}`);
    }
    expect(asked.html).toContain('id="table-published-vs-reproduced"');
    expect(existsSync(join(asked.out, "tables/published-vs-reproduced.csv"))).toBe(true);
  });

  it("with false, leaves the published trial out of results.json, the report and the tables", () => {
    expect(off.results.plan.compareWithPublished).toBe(false);
    expect(JSON.parse(readFileSync(join(off.out, "plan.json"), "utf8")).compareWithPublished).toBe(false);
    expect(off.results.published).toEqual([]);
    expect(off.html).not.toContain("published-vs-reproduced");
    expect(off.html).not.toContain("The published English FGC trial beside this analysis");
    expect(existsSync(join(off.out, "tables/published-vs-reproduced.csv"))).toBe(false);
  });

  it("with false, changes nothing else: same estimates, and the printed days in care still show the arm means", () => {
    const { plan: _a, published: _b, ...rest } = asked.results;
    const { plan: _c, published: _d, ...restOff } = off.results;
    expect(restOff).toEqual(rest);
    const days = off.results.armMeans.find((m) => m.outcome === "days_in_care_12m");
    const row = off.cli.stdout.split("\n").find((l) => l.startsWith(outcomeLabel("days_in_care_12m")));
    expect(row?.split(/\s{2,}/).slice(1, 3)).toEqual([days?.fgc?.toFixed(0), days?.control?.toFixed(0)]);
    // The same headline and table; only the count of files written differs (no published table).
    const printed = (r: Run) => r.cli.stdout.split("\n").filter((l) => !l.startsWith("Wrote "));
    expect(printed(off)).toEqual(printed(asked));
    expect(asked.cli.stdout).toMatch(/Wrote \d+ files/);
  });
});
