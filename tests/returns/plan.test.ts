/**
 * returns/plan.ts: the plan of `fgc return` fills its defaults and refuses a bad field by name,
 * value and what it takes.
 */
import { describe, expect, it } from "vitest";
import { returnPlan, returnPlanSchema } from "../../src/returns/plan.js";
import { UsageError } from "../../src/util/errors.js";

function messageOf(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(UsageError);
    return (e as Error).message;
  }
  throw new Error("expected a UsageError");
}

describe("returnPlan", () => {
  it("takes the DfE threshold 5 and the latest census as follow-up end by default", () => {
    expect(returnPlan({ period: "202324" })).toEqual({ period: "202324", threshold: 5, followUpEnd: null });
    expect(returnPlanSchema.parse({ period: "2023-24", threshold: 0, followUpEnd: 20_000 })).toEqual({
      period: "2023-24",
      threshold: 0,
      followUpEnd: 20_000,
    });
  });

  it("refuses a threshold, a follow-up end or a period it cannot take, naming the field and the value", () => {
    expect(messageOf(() => returnPlan({ period: "2023-24", threshold: 1.5 }))).toBe(
      "options.threshold: expected a whole number 0–100, got 1.5",
    );
    expect(messageOf(() => returnPlan({ period: "2023-24", threshold: -1 }))).toBe(
      "options.threshold: expected a whole number 0–100, got -1",
    );
    expect(messageOf(() => returnPlan({ period: "2023-24", followUpEnd: 0.5 }))).toBe(
      "options.followUpEnd: expected whole days since 1970-01-01, got 0.5",
    );
    expect(messageOf(() => returnPlan({ period: "2023/24" }))).toMatch(
      /^options\.period: .* got "2023\/24"$/,
    );
    expect(messageOf(() => returnPlan({ period: 2023 as unknown as string }))).toMatch(
      /^options\.period: expected a financial year .* got 2023$/,
    );
  });
});
