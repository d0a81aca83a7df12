/**
 * A trial in one local authority, where one referred family held a conference and one child has
 * no primary outcome: the report and the terminal say "1 local authority", "1 family", "1 child"
 * and never "1 children", and the headline does not claim the local authority it could not use.
 */
import { describe, expect, it } from "vitest";
import { trialSummaryText } from "../../src/cli/trial.js";
import { trialHeadline } from "../../src/report/trial-headline.js";
import { buildTrialReport } from "../../src/report/trial-report.js";
import { trialPlanSchema } from "../../src/trial/plan.js";
import { runTrial } from "../../src/trial/run.js";
import { analysisRow, simulateTrial } from "../../src/trial/simulate.js";
import { createRng } from "../../src/util/rng.js";
import { inputFromRows } from "../trial/fixtures.js";

function oneLaTrial() {
  const rows = simulateTrial(createRng(3), { families: 200, localAuthorities: 1 }).map((c) => analysisRow(c));
  const heldFamily = rows.find((r) => r.arm === "fgc")?.family_id;
  for (const r of rows) if (r.arm === "fgc") r.fgc_held = r.family_id === heldFamily ? 1 : 0;
  const missing = rows.find((r) => r.arm === "control");
  if (missing) missing.looked_after_12m = null;
  const plan = trialPlanSchema.parse({ bootstrapReplicates: 20, rerandomisations: 20 });
  return runTrial(inputFromRows(rows), plan);
}

describe("the trial report and terminal on a one-LA input", () => {
  const r = oneLaTrial();
  const report = JSON.stringify(buildTrialReport(r));
  const terminal = trialSummaryText(r);

  it("is the input the test means: one LA, one family held a conference, one child excluded", () => {
    expect(r.consort.randomised.fgc.localAuthorities).toBe(1);
    expect(r.consort.randomised.control.localAuthorities).toBe(1);
    expect(r.consort.conferenceHeld.families).toBe(1);
    expect(r.consort.excluded.reduce((s, e) => s + e.children, 0)).toBe(1);
  });

  it("writes the singular for a count of 1", () => {
    expect(report).toContain('1 local authority"');
    expect(report).toContain('Conference held: 1 family"');
    expect(report).toContain('Excluded from analysis: 1 child"');
    expect(report).toMatch(/Of [\d,]+ referred families, 1 held a conference/);
  });

  it("never writes a plural noun after a count of 1", () => {
    const wrong =
      /(?<![\d,.])1 (children|families|local authorities|rows|errors|re-randomisations|resamples|referred families|control children)\b/;
    expect(report).not.toMatch(wrong);
    expect(terminal).not.toMatch(wrong);
    expect(report).toContain(`${r.consort.analysed.fgc.children.toLocaleString("en-GB")} children`);
  });

  it("names only the terms the models used: the single LA is left out of 'adjusted for'", () => {
    expect(r.notes.some((n) => n.startsWith("la_code has a single level"))).toBe(true);
    const h = trialHeadline(r);
    expect(h).toContain("logistic regression adjusted for age, sex and disability)");
    expect(h).not.toContain("local authority");
    expect(terminal.split("\n")[0]).toBe(h);
  });
});
