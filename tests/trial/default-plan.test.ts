/**
 * The default plan is written out in plan.ts so that a run on it builds no zod schema; it must be
 * what the schema gives for an empty plan, key for key and in the same order (plan.json and
 * results.json hold it).
 */
import { describe, expect, it } from "vitest";
import { defaultTrialPlan, trialPlanSchema } from "../../src/trial/plan.js";

describe("defaultTrialPlan", () => {
  it("is trialPlanSchema.parse({}), keys in the same order", () => {
    const parsed = trialPlanSchema.parse({});
    expect(defaultTrialPlan).toEqual(parsed);
    expect(JSON.stringify(defaultTrialPlan)).toBe(JSON.stringify(parsed));
  });

  it("passes the schema unchanged", () => {
    expect(trialPlanSchema.parse(defaultTrialPlan)).toEqual(defaultTrialPlan);
  });
});
