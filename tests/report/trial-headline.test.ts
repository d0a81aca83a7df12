/**
 * The headline for every outcome as primary, on the bundled sample, read against results.json:
 * the outcome's own phrase, the model named, the estimate and interval of that model's row, and
 * "No clear difference" exactly when the interval includes no difference (a null trial made by
 * re-drawing the arm of each family of the sample).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { readTrialInput } from "../../src/jobs/read-trial-input.js";
import { trialHeadline } from "../../src/report/trial-headline.js";
import { formatNumber } from "../../src/report/summarize.js";
import { trialPlanSchema } from "../../src/trial/plan.js";
import type { TrialEstimate, TrialResult } from "../../src/trial/result.js";
import { runTrial, type TrialInput } from "../../src/trial/run.js";
import { createRng } from "../../src/util/rng.js";
import { stableStringify } from "../../src/util/stable-json.js";

let input: TrialInput;
beforeAll(async () => {
  input = (await readTrialInput("data-samples/trial/analysis.csv", "test")).input;
});

/** The run as results.json holds it. */
function run(primary: string, data = input): TrialResult {
  const plan = trialPlanSchema.parse({ primary, bootstrapReplicates: 0, rerandomisations: 0 });
  return JSON.parse(stableStringify(runTrial(data, plan)));
}

function row(r: TrialResult, measure: string, model = "adjusted"): TrialEstimate {
  const e = r.estimates.find(
    (x) => x.outcome === r.plan.primary && x.measure === measure && x.model === model,
  );
  if (!e) throw new Error(`no ${measure} ${model} row for ${r.plan.primary}`);
  return e;
}

const pts = (x: number | null) => formatNumber((x as number) * 100, 1);
const adjustedFor = "adjusted for age, sex, disability and local authority";

describe("trialHeadline with each outcome as primary (data-samples/trial/analysis.csv)", () => {
  it.each([
    ["looked_after_12m", "to be looked after at 12 months"],
    ["entered_care_12m", "to enter care within 12 months"],
    ["proceedings_12m", "to have care proceedings issued within 12 months"],
  ])("%s: the adjusted risk difference in points, in the outcome's own words", (primary, phrase) => {
    const r = run(primary);
    const rd = row(r, "risk_difference");
    const h = trialHeadline(r);
    expect(h).toBe(
      `Children whose families were referred for an FGC were ${pts(-(rd.estimate as number))} percentage points less likely ${phrase} than children whose families were not (risk difference ${pts(rd.estimate)} points, 95% CI ${pts(rd.ci[0])} to ${pts(rd.ci[1])}; logistic regression ${adjustedFor}).`,
    );
    expect(rd.estimate as number).toBeLessThan(0);
    expect(rd.ci[1] as number).toBeLessThan(0);
    expect(h).not.toMatch(/likely to be (care|entered)/);
    // The same model's odds ratio is the row the terminal table shows; both say the same thing.
    expect(row(r, "odds_ratio").estimate as number).toBeLessThan(1);
  });

  it("days_in_care_12m: the adjusted mean difference, the one the table shows, as fewer days", () => {
    const r = run("days_in_care_12m");
    const md = row(r, "mean_difference");
    expect(md.method).toMatch(/^linear/);
    expect(trialHeadline(r)).toBe(
      `Children whose families were referred for an FGC spent ${formatNumber(-(md.estimate as number), 1)} fewer days in care within 12 months on average than children whose families were not (mean difference ${formatNumber(md.estimate, 1)} days, 95% CI ${formatNumber(md.ci[0], 1)} to ${formatNumber(md.ci[1], 1)}; linear regression ${adjustedFor}).`,
    );
    // Not the unadjusted (Welch) figure.
    const welch = row(r, "mean_difference", "unadjusted");
    expect(trialHeadline(r)).not.toContain(formatNumber(welch.estimate, 1));
  });

  it("time_to_care: the hazard ratio of the Cox model, not 'could not be estimated'", () => {
    const r = run("time_to_care");
    const hr = row(r, "hazard_ratio");
    const h = trialHeadline(r);
    expect(h).toBe(
      `Children whose families were referred for an FGC had a lower hazard of entering care than children whose families were not (HR ${formatNumber(hr.estimate, 2)}, 95% CI ${formatNumber(hr.ci[0], 2)} to ${formatNumber(hr.ci[1], 2)}; Cox regression stratified by local authority).`,
    );
    expect(h).not.toMatch(/could not be estimated/);
  });

  it("says 'unadjusted' when the plan has no covariate and no fixed effect", () => {
    const plan = trialPlanSchema.parse({
      covariates: [],
      fixedEffects: [],
      bootstrapReplicates: 0,
      rerandomisations: 0,
    });
    const r: TrialResult = JSON.parse(stableStringify(runTrial(input, plan)));
    const h = trialHeadline(r);
    expect(h).toMatch(/; logistic regression, unadjusted\)\.$/);
    expect(h).toContain(`risk difference ${pts(row(r, "risk_difference").estimate)} points`);
  });
});

describe("trialHeadline when the adjusted model is not estimable", () => {
  it("quotes the unadjusted estimate of results.json and says 'unadjusted'", () => {
    // age_years left blank for the whole referred arm: no complete case there, so no adjusted model.
    const arm = input.table.columns.arm;
    const age = input.table.columns.age_years.map((v, i) => (arm[i] === "fgc" ? null : v));
    const blank = {
      ...input,
      table: { ...input.table, columns: { ...input.table.columns, age_years: age } },
    };
    for (const [primary, measure] of [
      ["looked_after_12m", "risk_difference"],
      ["days_in_care_12m", "mean_difference"],
    ]) {
      const r = run(primary, blank);
      expect(row(r, measure).estimate).toBeNull();
      const e = row(r, measure, "unadjusted");
      const h = trialHeadline(r);
      expect(h).toMatch(/; unadjusted\)\.$/);
      const fmt = measure === "risk_difference" ? pts : (x: number | null) => formatNumber(x, 1);
      expect(h).toContain(
        `${fmt(e.estimate)} ${measure === "risk_difference" ? "points" : "days"}, 95% CI ${fmt(e.ci[0])} to ${fmt(e.ci[1])}`,
      );
    }
  });
});

describe("trialHeadline when the interval includes no difference", () => {
  /** The sample with each family's arm drawn again at random: a trial with no effect. */
  function nullTrial(seed: number): TrialInput {
    const rng = createRng(seed);
    const family = input.table.columns.family_id;
    const drawn = new Map<unknown, string>();
    const arm = family.map((f) => {
      if (!drawn.has(f)) drawn.set(f, rng.next() < 0.5 ? "fgc" : "control");
      return drawn.get(f) as string;
    });
    return { ...input, table: { ...input.table, columns: { ...input.table.columns, arm } } };
  }

  it.each([
    ["looked_after_12m", "risk_difference", 0, "were about as likely to be looked after at 12 months as"],
    [
      "proceedings_12m",
      "risk_difference",
      0,
      "were about as likely to have care proceedings issued within 12 months as",
    ],
    ["entered_care_12m", "risk_difference", 0, "were about as likely to enter care within 12 months as"],
    ["days_in_care_12m", "mean_difference", 0, "spent about as many days in care within 12 months as"],
    ["time_to_care", "hazard_ratio", 1, "had about the same hazard of entering care as"],
  ])(
    "%s on a null trial gives 'No clear difference' with the figure of results.json",
    (primary, measure, none, words) => {
      // The first seed whose interval includes no difference (a 95% CI does so about 19 times in 20).
      const r = [1, 2, 3, 4, 5]
        .map((seed) => run(primary, nullTrial(seed)))
        .find((x) => {
          const e = row(x, measure);
          return (e.ci[0] as number) <= none && none <= (e.ci[1] as number);
        });
      expect(r).toBeDefined();
      const e = row(r as TrialResult, measure);
      const h = trialHeadline(r as TrialResult);
      expect(h).toMatch(/^No clear difference: children whose families were referred for an FGC /);
      expect(h).toContain(words);
      expect(h).not.toMatch(/less likely|more likely|fewer days|lower hazard|higher hazard/);
      const fmt =
        measure === "risk_difference"
          ? pts
          : (x: number | null) => formatNumber(x, measure === "hazard_ratio" ? 2 : 1);
      expect(h).toContain(`95% CI ${fmt(e.ci[0])} to ${fmt(e.ci[1])}`);
    },
  );
});
