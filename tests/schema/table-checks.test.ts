import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { duplicateKeyCheck } from "../../src/schema/checks/duplicate-key-check.js";
import { laCodeCheck } from "../../src/schema/checks/la-code-check.js";
import { courtDatesOrderCheck } from "../../src/schema/tables/court-dates-order-check.js";
import { courtOrderIncompleteCheck } from "../../src/schema/tables/court-order-incomplete-check.js";
import { fgcDatesOrderCheck } from "../../src/schema/tables/fgc-dates-order-check.js";
import { fgcRecordInconsistentCheck } from "../../src/schema/tables/fgc-record-inconsistent-check.js";
import { returnCategoryCheck } from "../../src/schema/tables/return-category-check.js";
import { returnOfferedAboveEnteringCheck } from "../../src/schema/tables/return-offered-above-entering-check.js";
import { isFinancialYear, returnPeriodCheck } from "../../src/schema/tables/return-period-check.js";
import { returnStageOrderCheck } from "../../src/schema/tables/return-stage-order-check.js";
import { returnValueCheck } from "../../src/schema/tables/return-value-check.js";
import { trialAnalysisSpec } from "../../src/schema/tables/trial-analysis.js";
import { trialControlFgcHeldCheck } from "../../src/schema/tables/trial-control-fgc-held-check.js";
import { trialFamilyMixedCheck } from "../../src/schema/tables/trial-family-mixed-check.js";
import { trialOutcomeInconsistentCheck } from "../../src/schema/tables/trial-outcome-inconsistent-check.js";
import { tableOf, where } from "./check-helpers.js";
import { parseSample } from "./parse-sample.js";

describe("duplicateKeyCheck", () => {
  it("flags each repeat on the repeating row, at the key's last column, and skips blank keys", () => {
    const t = tableOf(
      "i.csv",
      [
        { child_id: "a", index_date: "2023-01-01" },
        { child_id: "a", index_date: "2023-01-02" },
        { child_id: "a", index_date: "01/01/2023" }, // same day written the UK way: a repeat of row 2
        { child_id: null, index_date: "2023-01-01" },
        { child_id: null, index_date: "2023-01-01" },
      ],
      ["index_date"],
    );
    const issues = duplicateKeyCheck(["child_id", "index_date"], ["index_date"]).run(t, {});
    expect(where(issues)).toEqual(["key-duplicate@4:index_date"]);
    expect(issues[0].value).toBe("2023-01-01");
  });
});

describe("laCodeCheck", () => {
  it("accepts 9-character GSS codes and flags anything else", () => {
    const t = tableOf("c.csv", [
      { la_code: "E06000022" },
      { la_code: "800" },
      { la_code: "E0600002" },
      { la_code: null },
    ]);
    expect(where(laCodeCheck("la_code").run(t, {}))).toEqual([
      "value-format@3:la_code",
      "value-format@4:la_code",
    ]);
  });
});

describe("fgc-records checks", () => {
  const dates = ["referral_date", "offer_date", "conference_date", "review_date"];

  it("fgcDatesOrderCheck flags a date before an earlier stage's date", () => {
    const t = tableOf(
      "f.csv",
      [
        { referral_date: "2023-02-01", offer_date: "2023-01-20", conference_date: null, review_date: null },
        {
          referral_date: "2023-02-01",
          offer_date: null,
          conference_date: "2023-03-01",
          review_date: "2023-02-15",
        },
        {
          referral_date: "2023-02-01",
          offer_date: "2023-02-01",
          conference_date: "2023-03-01",
          review_date: "2023-05-01",
        },
      ],
      dates,
    );
    expect(where(fgcDatesOrderCheck.run(t, {}))).toEqual([
      "fgc-dates-order@2:offer_date",
      "fgc-dates-order@3:review_date",
    ]);
  });

  it("fgcRecordInconsistentCheck flags status against answer, reason, conference, plan and review", () => {
    const t = tableOf(
      "f.csv",
      [
        {
          status: "declined",
          accepted: false,
          decline_reason: null,
          conference_date: null,
          plan_agreed: null,
          review_date: null,
        },
        {
          status: "held",
          accepted: true,
          decline_reason: null,
          conference_date: null,
          plan_agreed: null,
          review_date: null,
        },
        {
          status: "offered",
          accepted: null,
          decline_reason: "no_contact",
          conference_date: "2023-03-01",
          plan_agreed: null,
          review_date: null,
        },
        {
          status: "reviewed",
          accepted: true,
          decline_reason: null,
          conference_date: "2023-03-01",
          plan_agreed: true,
          review_date: null,
        },
        {
          status: "declined",
          accepted: true,
          decline_reason: "proceedings_issued",
          conference_date: null,
          plan_agreed: null,
          review_date: null,
        },
        {
          status: "plan_agreed",
          accepted: true,
          decline_reason: null,
          conference_date: "2023-03-01",
          plan_agreed: true,
          review_date: null,
        },
      ],
      ["conference_date", "review_date"],
    );
    expect(where(fgcRecordInconsistentCheck.run(t, {}))).toEqual([
      "fgc-record-inconsistent@2:decline_reason",
      "fgc-record-inconsistent@3:conference_date",
      "fgc-record-inconsistent@4:decline_reason",
      "fgc-record-inconsistent@4:conference_date",
      "fgc-record-inconsistent@5:review_date",
    ]);
  });
});

describe("court checks", () => {
  it("courtDatesOrderCheck flags a final order before issue; courtOrderIncompleteCheck a half-filled final order", () => {
    const t = tableOf(
      "court.csv",
      [
        { issue_date: "2023-05-01", final_order: "sgo", final_order_date: "2023-04-01" },
        { issue_date: "2023-05-01", final_order: "sgo", final_order_date: null },
        { issue_date: "2023-05-01", final_order: null, final_order_date: "2023-11-01" },
        { issue_date: "2023-05-01", final_order: null, final_order_date: null },
      ],
      ["issue_date", "final_order_date"],
    );
    expect(where(courtDatesOrderCheck.run(t, {}))).toEqual(["court-dates-order@2:final_order_date"]);
    expect(where(courtOrderIncompleteCheck.run(t, {}))).toEqual([
      "court-order-incomplete@3:final_order_date",
      "court-order-incomplete@4:final_order",
    ]);
  });
});

describe("la-return checks", () => {
  const row = (category: string, measure: string, value: string, breakdown = "all", period = "2023-24") => ({
    la_code: "E06009999",
    period,
    breakdown,
    category,
    measure,
    value,
  });

  it("returnOfferedAboveEnteringCheck warns on offered > entering in the same cell", () => {
    const t = tableOf("r.csv", [
      row("all", "families_entering_pre_proceedings", "10"),
      row("all", "families_offered_fgc", "12"), // 12 > 10
      row("all", "families_offered_fgc", "12", "all", "2024-25"), // another period: no entering count
    ]);
    const issues = returnOfferedAboveEnteringCheck.run(t, {});
    expect(where(issues)).toEqual(["return-offered-above-entering@3:value"]);
    expect(issues[0].severity).toBe("warning");
  });

  it("returnStageOrderCheck flags held > accepted and outcomes > entering; held > offered only warns", () => {
    const t = tableOf("r.csv", [
      row("all", "families_offered_fgc", "20"),
      row("all", "families_accepted_fgc", "c"),
      row("all", "families_fgc_held", "21"), // 21 > offered 20 (accepted suppressed): a warning
      row("M", "children_entering_pre_proceedings", "9", "sex"),
      row("M", "children_entered_care_12m", "10", "sex"), // 10 > 9
      row("F", "children_entered_care_12m", "10", "sex"), // no F entering count: not compared
      row("all", "families_offered_fgc", "20", "all", "2024-25"),
      row("all", "families_accepted_fgc", "15", "all", "2024-25"),
      row("all", "families_fgc_held", "16", "all", "2024-25"), // 16 > accepted 15: an error
      row("all", "children_offered_fgdm", "3", "all", "2024-25"),
      row("all", "children_fgdm_held", "5", "all", "2024-25"), // held without a recorded offer: a warning
    ]);
    const issues = returnStageOrderCheck.run(t, {});
    expect(where(issues)).toEqual([
      "return-numerator-above-denominator@4:value",
      "return-stage-order@6:value",
      "return-stage-order@10:value",
      "return-numerator-above-denominator@12:value",
    ]);
    expect(issues.map((i) => i.severity)).toEqual(["warning", "error", "error", "warning"]);
  });

  it("returnValueCheck, returnPeriodCheck and returnCategoryCheck check value, period and category", () => {
    const t = tableOf("r.csv", [
      row("all", "families_offered_fgc", "c"),
      row("all", "families_offered_fgc", "*"),
      row("all", "families_offered_fgc", "12 families", "all", "2023-25"),
      row("0-4", "children_entering_pre_proceedings", "7", "age_band"),
      row("1_4", "children_entering_pre_proceedings", ":", "age_band", "2023/24"),
    ]);
    expect(where(returnValueCheck.run(t, {}))).toEqual(["value-type@3:value", "value-type@4:value"]);
    expect(where(returnPeriodCheck.run(t, {}))).toEqual(["value-format@4:period", "value-format@6:period"]);
    expect(where(returnCategoryCheck.run(t, {}))).toEqual(["code-unknown@5:category"]);
    expect(isFinancialYear("1999-00")).toBe(true);
  });
});

describe("trial-analysis checks", () => {
  const base = {
    arm: "fgc",
    la_code: "E06000001",
    fgc_held: 1,
    looked_after_12m: 0,
    entered_care_12m: 0,
    care_event: 0,
    time_to_care_days: 400,
    days_in_care_12m: 0,
  };

  it("trialOutcomeInconsistentCheck flags outcome columns that disagree", () => {
    const t = tableOf("t.csv", [
      base,
      { ...base, entered_care_12m: 1, care_event: 0, time_to_care_days: 400, days_in_care_12m: 50 }, // care_event 0
      { ...base, entered_care_12m: 1, care_event: 1, time_to_care_days: 400, days_in_care_12m: 50 }, // entry after day 365
      { ...base, entered_care_12m: 0, care_event: 1, time_to_care_days: 200 }, // entered day 200 but flag 0
      { ...base, entered_care_12m: 0, care_event: 1, time_to_care_days: 365 }, // day 365 is in the window
      {
        ...base,
        looked_after_12m: 1,
        entered_care_12m: 1,
        care_event: 1,
        time_to_care_days: 300,
        days_in_care_12m: 67,
      }, // 67 > 366 − 300 = 66
    ]);
    expect(where(trialOutcomeInconsistentCheck.run(t, {}))).toEqual([
      "trial-outcome-inconsistent@3:care_event",
      "trial-outcome-inconsistent@4:time_to_care_days",
      "trial-outcome-inconsistent@5:entered_care_12m",
      "trial-outcome-inconsistent@6:entered_care_12m",
      "trial-outcome-inconsistent@7:days_in_care_12m",
    ]);
  });

  it("trialFamilyMixedCheck flags a child whose arm or LA differs from its family's", () => {
    const t = tableOf("t.csv", [
      { family_id: "F1", arm: "fgc", la_code: "E06000001" },
      { family_id: "F1", arm: "control", la_code: "E06000001" },
      { family_id: "F2", arm: "control", la_code: "E06000001" },
      { family_id: "F2", arm: "control", la_code: "E06000002" },
    ]);
    expect(where(trialFamilyMixedCheck.run(t, {}))).toEqual([
      "trial-family-mixed@3:arm",
      "trial-family-mixed@5:la_code",
    ]);
  });

  it("trialControlFgcHeldCheck warns on a conference in the control arm", () => {
    const t = tableOf("t.csv", [
      { arm: "control", fgc_held: 1 },
      { arm: "fgc", fgc_held: 1 },
      { arm: "control", fgc_held: 0 },
    ]);
    expect(where(trialControlFgcHeldCheck.run(t, {}))).toEqual(["trial-control-fgc-held@2:fgc_held"]);
  });

  it("the reference trial file validates clean against the trial-analysis spec", () => {
    const here = dirname(fileURLToPath(import.meta.url));
    const dir = process.env.FGC_REFERENCE_DIR ?? join(here, "../../../shared/reference");
    const { table, problems } = parseSample(join(dir, "trial", "trial_public.csv"), trialAnalysisSpec);
    expect(table.length).toBeGreaterThan(2000);
    expect(problems).toEqual([]);
    const issues = trialAnalysisSpec.checks.flatMap((c) => c.run(table, { extractDay: 20_000 }));
    expect(issues).toEqual([]);
  });
});
