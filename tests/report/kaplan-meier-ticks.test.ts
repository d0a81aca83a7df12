/**
 * The Kaplan–Meier day axis (issue 13 §2): ticks at the days of the numbers-at-risk table
 * (0, 90, 180, 270, 365 for the default window; the window's quarters otherwise), a day axis that
 * ends at the window, and curves drawn to the window from results.json's own steps.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { readTrialInput } from "../../src/jobs/read-trial-input.js";
import { armLabels } from "../../src/report/specs/common.js";
import { kaplanMeierSpec } from "../../src/report/specs/kaplan-meier.js";
import { atRiskDays } from "../../src/trial/numbers-at-risk.js";
import { trialPlanSchema } from "../../src/trial/plan.js";
import { type TrialResult, trialResultSchema } from "../../src/trial/result.js";
import { runTrial } from "../../src/trial/run.js";
import { stableStringify } from "../../src/util/stable-json.js";

interface Axis {
  field: string;
  scale?: { domain?: number[] };
  axis?: { values?: number[] } | null;
}
interface Spec {
  vconcat: { layer?: { encoding: { x: Axis } }[]; encoding?: { x: Axis }; data: { values: Row[] } }[];
}
interface Row {
  arm: string;
  time: number;
  entered?: number;
  n?: number;
}

let result: TrialResult;
beforeAll(async () => {
  const { input } = await readTrialInput("data-samples/trial/analysis.csv", "test");
  const plan = trialPlanSchema.parse({ bootstrapReplicates: 0, rerandomisations: 0 });
  result = trialResultSchema.parse(JSON.parse(stableStringify(runTrial(input, plan))));
});

function build(r: TrialResult): Spec {
  return kaplanMeierSpec(r.survival.curves, r.survival.atRisk, "Kaplan–Meier") as unknown as Spec;
}

describe("Kaplan–Meier day axis", () => {
  it("atRiskDays gives 0, 90, 180, 270, 365 for a year and the quarters (to tens of days) of another window", () => {
    expect(atRiskDays(365)).toEqual([0, 90, 180, 270, 365]);
    // 730/4 = 182.5 → 180; 365 → 360; 547.5 → 540
    expect(atRiskDays(730)).toEqual([0, 180, 360, 540, 730]);
    // 180/4 = 45 → 40; 90; 135 → 130
    expect(atRiskDays(180)).toEqual([0, 40, 90, 130, 180]);
    // below 40 days, whole days: 30/4 = 7.5 → 7; 15; 22.5 → 22
    expect(atRiskDays(30)).toEqual([0, 7, 15, 22, 30]);
  });

  it("ticks the curves' axis at exactly the numbers-at-risk days of results.json, on a 0–365 domain", () => {
    const spec = build(result);
    const days = result.survival.atRisk.map((a) => a.day);
    expect(days).toEqual([0, 90, 180, 270, 365]);
    for (const layer of spec.vconcat[0].layer ?? []) {
      expect(layer.encoding.x.axis?.values).toEqual(days);
      expect(layer.encoding.x.scale?.domain).toEqual([0, 365]);
    }
    const atRisk = spec.vconcat[1];
    expect(atRisk.encoding?.x.scale?.domain).toEqual([0, 365]);
    expect([...new Set(atRisk.data.values.map((v) => v.time))]).toEqual(days);
    // The text row holds results.json's counts, day by day.
    for (const a of result.survival.atRisk)
      expect(atRisk.data.values.filter((v) => v.time === a.day).map((v) => v.n)).toEqual([a.fgc, a.control]);
  });

  it("draws each curve to day 365 from results.json's steps, the last at the step in force on day 365", () => {
    const values = build(result).vconcat[0].data.values;
    expect(Math.max(...values.map((v) => v.time))).toBe(365);
    for (const c of result.survival.curves) {
      // The sample's follow-up runs past the window (censored times to day ~1,000).
      expect(Math.max(...c.time)).toBeGreaterThan(365);
      const mine = values.filter((v) => v.arm === armLabels[c.arm]);
      const k = c.time.findLastIndex((t) => t <= 365);
      expect(mine.at(-1)).toMatchObject({ time: 365, entered: 1 - c.surv[k] });
      // the day-0 start, steps 0…k, and the step held to day 365 unless one falls on it
      expect(mine.length).toBe(k + (c.time[k] === 365 ? 2 : 3));
    }
  });

  it("follows another window: a 180-day at-risk row gives ticks 0, 40, 90, 130, 180 and a 0–180 axis", () => {
    const atRisk = atRiskDays(180).map((day) => ({ day, fgc: 10, control: 10 }));
    const spec = kaplanMeierSpec(result.survival.curves, atRisk, "Kaplan–Meier") as unknown as Spec;
    const x = spec.vconcat[0].layer?.[0].encoding.x;
    expect(x?.axis?.values).toEqual([0, 40, 90, 130, 180]);
    expect(x?.scale?.domain).toEqual([0, 180]);
    expect(Math.max(...spec.vconcat[0].data.values.map((v) => v.time))).toBe(180);
  });
});
