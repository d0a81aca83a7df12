/**
 * smallDataCautions by hand: which estimates a few-children or few-events caution touches, and
 * its words and numbers; armEvents counts y = 1 by arm among the given rows only.
 */
import { describe, expect, it } from "vitest";
import type { TrialEstimate } from "../../src/trial/result.js";
import { armEvents, smallDataCautions } from "../../src/trial/small-data-cautions.js";

const est = (outcome: string, measure: string): TrialEstimate => ({
  outcome,
  measure,
  model: "unadjusted",
  method: "x",
  estimate: 0.1,
  ci: [0, 0.2],
  n: 10,
});
const estimates = [
  est("looked_after_12m", "rate_fgc"),
  est("looked_after_12m", "rate_control"),
  est("looked_after_12m", "risk_difference"),
  est("time_to_care", "hazard_ratio"),
  est("days_in_care_12m", "mean_difference"),
];
const few = (s: string) => `${s}; the interval may be unreliable`;

describe("smallDataCautions", () => {
  it("with 100 children and 10 events in each arm: no caution (the limits are strict)", () => {
    const out = smallDataCautions(estimates, 100, {
      looked_after_12m: { fgc: 10, control: 10 },
      time_to_care: { fgc: 10, control: 12 },
    });
    expect(out.map((e) => e.cautions)).toEqual([[], [], [], [], []]);
  });

  it("99 children: every estimate says so, with the count", () => {
    const out = smallDataCautions(estimates, 99, {});
    for (const e of out) expect(e.cautions).toEqual([few("few children: 99 analysed (fewer than 100)")]);
  });

  it("6 FGC events: the FGC rate and the comparison, not the control rate; 3 and 7 care entries name both arms", () => {
    const out = smallDataCautions(estimates, 500, {
      looked_after_12m: { fgc: 6, control: 40 },
      time_to_care: { fgc: 3, control: 7 },
    });
    expect(out.map((e) => e.cautions)).toEqual([
      [few("few events: 6 in the FGC arm")],
      [],
      [few("few events: 6 in the FGC arm")],
      [few("few events: 3 in the FGC arm and 7 in the control arm")],
      [],
    ]);
  });

  it("armEvents counts outcome 1 by arm among the rows given, skipping 0 and missing", () => {
    const arm = [1, 1, 0, 0, 1, 0];
    const y = [1, 0, 1, Number.NaN, 1, 1];
    // rows 0–4: FGC events at 0 and 4 (2); control event at 2 (1); row 5 left out
    expect(armEvents(arm, y, [0, 1, 2, 3, 4])).toEqual({ fgc: 2, control: 1 });
  });
});
