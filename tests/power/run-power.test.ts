import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { powerPlanSchema } from "../../src/power/plan.js";
import { powerResultSchema } from "../../src/power/result.js";
import { runPower } from "../../src/power/run.js";
import { buildPowerReport, powerTable } from "../../src/report/power-report.js";
import { designEffect } from "../../src/stats/power/design-effect.js";
import { survivalEvents } from "../../src/stats/power/survival-events.js";
import { twoMeansSampleSize } from "../../src/stats/power/two-means-power.js";
import { twoProportionsSampleSize } from "../../src/stats/power/two-proportions-power.js";
import { UsageError } from "../../src/util/errors.js";
import { stableStringify } from "../../src/util/stable-json.js";

const plan = (fields: Record<string, unknown>) => powerPlanSchema.parse(fields);

describe("runPower", () => {
  it("tabulates the estimators' sample sizes over effects × ICCs, inflated by the design effect", () => {
    const r = runPower(
      plan({ outcome: "proportions", p0: 0.48, effects: [0.36, 0.4], clusterSize: 1.72, clusterSizeCv: 0.6 }),
      "t",
    );
    expect(r.rows).toHaveLength(2 * 4);
    for (const row of r.rows) {
      const n = twoProportionsSampleSize({ p1: row.effect, p0: 0.48, power: 0.8 }).nPerArm;
      expect(row.nPerArm).toBe(n);
      expect(row.designEffect).toBe(designEffect(1.72, row.icc, 0.6));
      expect(row.nPerArmClustered).toBeCloseTo(n * row.designEffect, 9);
      expect(row.clustersPerArm).toBeCloseTo((n * row.designEffect) / 1.72, 9);
      expect(row.powerAtN).toBeNull();
    }
    expect(r.method).toBe("power.two_proportions");
    expect(r.references).toContain("eldridge2006");
  });

  it("means and time to event use twoMeansSampleSize and Schoenfeld's events / P(event) / 2", () => {
    const m = runPower(plan({ outcome: "means", sd: 110, effects: [30] }), "t");
    expect(m.rows[0].nPerArm).toBe(twoMeansSampleSize({ delta: 30, sd: 110, power: 0.8 }).nPerArm);
    const t = runPower(plan({ outcome: "time_to_event", eventProbability: 0.45, effects: [0.75] }), "t");
    const events = survivalEvents({ hazardRatio: 0.75, power: 0.8 }).events;
    expect(t.rows[0].events).toBe(events);
    expect(t.rows[0].nPerArm).toBeCloseTo(events / 0.45 / 2, 9);
  });

  it("gives the power asked for at the clustered size it computes", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("proportions", "means", "time_to_event"),
        fc.double({ min: 0, max: 0.2, noNaN: true }),
        fc.double({ min: 1, max: 4, noNaN: true }),
        (outcome, icc, clusterSize) => {
          const fields = {
            proportions: { p0: 0.48, effects: [0.38] },
            means: { sd: 100, effects: [40] },
            time_to_event: { eventProbability: 0.5, effects: [0.7] },
          }[outcome];
          const first = runPower(plan({ outcome, ...fields, iccs: [icc], clusterSize }), "t").rows[0];
          const again = runPower(
            plan({ outcome, ...fields, iccs: [icc], clusterSize, nPerArm: first.nPerArmClustered }),
            "t",
          );
          expect(again.rows[0].powerAtN).toBeCloseTo(0.8, 9);
          return true;
        },
      ),
      { seed: 42, numRuns: 12 },
    );
  });

  it("gives power curves that rise with children per arm and a result that parses and repeats byte for byte", () => {
    const p = plan({
      outcome: "proportions",
      p0: 0.48,
      effects: [0.36, 0.4],
      clusterSize: 1.72,
      nPerArm: 600,
    });
    const r = runPower(p, "t");
    const first = r.curve.filter((c) => c.effect === 0.36 && c.icc === 0).map((c) => c.power);
    expect(first.length).toBe(40);
    first.slice(1).forEach((x, i) => {
      expect(x).toBeGreaterThanOrEqual(first[i]);
    });
    expect(powerResultSchema.safeParse(JSON.parse(stableStringify(r))).success).toBe(true);
    expect(stableStringify(runPower(p, "t"))).toBe(stableStringify(r));
  });

  it("names the plan field an outcome is missing, or an effect that cannot be detected", () => {
    expect(() => runPower(plan({ outcome: "proportions", effects: [0.3] }), "t")).toThrow(/plan\.p0/);
    expect(() => runPower(plan({ outcome: "proportions", p0: 0.3, effects: [0.3] }), "t")).toThrow(
      UsageError,
    );
    expect(() => runPower(plan({ outcome: "means", effects: [10] }), "t")).toThrow(/plan\.sd/);
    expect(() => runPower(plan({ outcome: "time_to_event", effects: [0.8] }), "t")).toThrow(
      /plan\.eventProbability/,
    );
    expect(() =>
      runPower(plan({ outcome: "time_to_event", eventProbability: 0.4, effects: [1] }), "t"),
    ).toThrow(/hazard ratio other than 1/);
  });
});

describe("buildPowerReport", () => {
  it("rounds sizes up to whole children and families in the table, one row per effect and ICC", () => {
    const r = runPower(plan({ outcome: "proportions", p0: 0.48, effects: [0.36], clusterSize: 1.72 }), "t");
    const t = powerTable(r);
    expect(t.rows).toHaveLength(4);
    expect(t.rows[3][3]).toBe(Math.ceil(r.rows[3].nPerArm as number));
    expect(t.rows[3][4]).toBe(Math.ceil(r.rows[3].nPerArmClustered as number));
    expect(t.rows[3][5]).toBe(Math.ceil(r.rows[3].clustersPerArm as number));
    const doc = buildPowerReport(r);
    expect(doc.sections.map((s) => s.id)).toEqual(["summary", "sample-size", "power-curve", "methods"]);
  });
});
