/**
 * A plan that says only what differs from the default: every omitted field takes the default,
 * the secondary outcomes are the other outcomes, and no outcome appears twice, in results.json,
 * plan.json or the printed table (`fgc trial --plan`).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { outcomeLabel } from "../../src/report/trial-labels.js";
import { defaultTrialPlan, outcomeIds } from "../../src/trial/plan.js";
import type { TrialResult } from "../../src/trial/result.js";
import { type CliRun, runFgc } from "../cli/run-cli-helper.js";

const dir = mkdtempSync(join(tmpdir(), "fgc-plan-defaults-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('fgc trial --plan with only { "primary": "proceedings_12m" }', () => {
  const out = join(dir, "out");
  let run: CliRun;
  let results: TrialResult;

  beforeAll(async () => {
    const plan = join(dir, "plan.json");
    writeFileSync(plan, JSON.stringify({ primary: "proceedings_12m" }));
    run = await runFgc("trial", "data-samples/trial/analysis.csv", "--plan", plan, "--out", out, "--no-png");
    results = JSON.parse(readFileSync(join(out, "results.json"), "utf8"));
  }, 120_000);

  it("runs, and every omitted field takes the default", () => {
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const { primary, secondary, ...rest } = results.plan;
    const { primary: _p, secondary: _s, ...defaults } = defaultTrialPlan;
    expect(rest).toEqual(defaults);
    expect(primary).toBe("proceedings_12m");
    expect(JSON.parse(readFileSync(join(out, "plan.json"), "utf8"))).toEqual(results.plan);
  });

  it("takes the other outcomes as secondary, each once, the primary not among them", () => {
    expect(results.plan.secondary).toEqual([
      "entered_care_12m",
      "days_in_care_12m",
      "time_to_care",
      "looked_after_12m",
    ]);
    expect([results.plan.primary, ...results.plan.secondary].sort()).toEqual([...outcomeIds].sort());
    // The multiplicity adjustment covers each secondary outcome once and never the primary.
    const adjusted = results.multiplicity.map((m) => m.outcome);
    expect(new Set(adjusted).size).toBe(adjusted.length);
    expect(adjusted.sort()).toEqual([...results.plan.secondary].sort());
  });

  it("prints one table row per outcome, the primary first", () => {
    const rows = outcomeIds.map((o) => run.stdout.split("\n").filter((l) => l.startsWith(outcomeLabel(o))));
    for (const r of rows) expect(r).toHaveLength(1);
    const order = run.stdout
      .split("\n")
      .filter((l) => outcomeIds.some((o) => l.startsWith(outcomeLabel(o))))
      .map((l) => outcomeIds.find((o) => l.startsWith(outcomeLabel(o))));
    expect(order).toEqual([results.plan.primary, ...results.plan.secondary]);
  });
});
