/**
 * The estimates table (issue 13 §2): the method in plain words built from the plan (results.json
 * keeps the id in `method` and the words in `methodLabel`), a p-value on every row where one is
 * defined (the unadjusted score intervals now carry the score test they invert) and "—" with a
 * footnote on the rates, which compare nothing; every cell equal to results.json.
 */
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { readTrialInput } from "../../src/jobs/read-trial-input.js";
import { renderTable } from "../../src/report/html.js";
import { tableToCsv, tableToMarkdown } from "../../src/report/tables.js";
import { estimatesTable } from "../../src/report/trial-effects-sections.js";
import { trialHeadline } from "../../src/report/trial-headline.js";
import { buildTrialReport } from "../../src/report/trial-report.js";
import { chiSquareSf } from "../../src/stats/distributions/chi-square.js";
import { pearsonChiSquare } from "../../src/stats/two-groups/pearson-chi-square.js";
import type { TrialInput } from "../../src/trial/run.js";
import { trialPlanSchema } from "../../src/trial/plan.js";
import { type TrialResult, trialResultSchema } from "../../src/trial/result.js";
import { runTrial } from "../../src/trial/run.js";
import { stableStringify } from "../../src/util/stable-json.js";

const file = "data-samples/trial/analysis.csv";
let input: TrialInput;
let result: TrialResult;
const run = (plan: Record<string, unknown>) =>
  trialResultSchema.parse(
    JSON.parse(
      stableStringify(
        runTrial(input, trialPlanSchema.parse({ bootstrapReplicates: 0, rerandomisations: 0, ...plan })),
      ),
    ),
  );
beforeAll(async () => {
  input = (await readTrialInput(file, "test")).input;
  result = run({});
});

const table = (r: TrialResult) =>
  estimatesTable(r, new Map(r.multiplicity.map((m) => [`${m.outcome}|${m.measure}|${m.model}`, m.adjusted])));
const label = (r: TrialResult, outcome: string, measure: string, model: string) =>
  r.estimates.find((e) => e.outcome === outcome && e.measure === measure && e.model === model)?.methodLabel;

/** Events and children by arm for one outcome, counted from the CSV by hand. */
function handCounts(outcome: string) {
  const [header, ...lines] = readFileSync(file, "utf8").trim().split(/\r?\n/);
  const cols = header.split(",");
  const [armCol, yCol] = [cols.indexOf("arm"), cols.indexOf(outcome)];
  const c = { fgc: { events: 0, n: 0 }, control: { events: 0, n: 0 } };
  for (const line of lines) {
    const cells = line.split(",");
    if (cells[yCol] === "") continue;
    const g = c[cells[armCol] as "fgc" | "control"];
    g.n++;
    if (cells[yCol] === "1") g.events++;
  }
  return c;
}

describe("method names in plain words", () => {
  it("the default plan: LA fixed effects and SE clustered by family, with the id kept in method", () => {
    const lam = "looked_after_12m";
    expect(label(result, lam, "odds_ratio", "adjusted")).toBe(
      "logistic regression, LA fixed effects, SE clustered by family",
    );
    expect(label(result, lam, "risk_difference", "adjusted")).toBe(
      "standardised logistic regression, LA fixed effects, SE clustered by family",
    );
    expect(label(result, lam, "risk_difference", "unadjusted")).toBe("Miettinen–Nurminen score, unadjusted");
    expect(label(result, lam, "rate_fgc", "unadjusted")).toBe("Wilson score interval");
    expect(label(result, lam, "cace_risk_difference", "adjusted")).toBe(
      "two-stage least squares, LA fixed effects, SE clustered by family",
    );
    expect(label(result, "days_in_care_12m", "mean_difference", "adjusted")).toBe(
      "linear regression, LA fixed effects, SE clustered by family",
    );
    expect(label(result, "days_in_care_12m", "mean_difference", "unadjusted")).toBe(
      "Welch t-test, unadjusted",
    );
    expect(label(result, "time_to_care", "hazard_ratio", "adjusted")).toBe(
      "Cox model, stratified by LA, SE clustered by family",
    );
    expect(result.estimates.find((e) => e.measure === "odds_ratio" && e.model === "adjusted")?.method).toBe(
      "logistic_la_fe_cluster_family",
    );
    expect(result.estimates.every((e) => typeof e.methodLabel === "string" && e.methodLabel.length > 0)).toBe(
      true,
    );
  });

  it("the report's time-to-care and complier paragraphs name the same methods as results.json", () => {
    const text = JSON.stringify(buildTrialReport(result).sections);
    expect(text).toContain(
      `Hazard ratio (${label(result, "time_to_care", "hazard_ratio", "adjusted")}; Efron ties)`,
    );
    expect(text).toContain(
      `(${label(result, "looked_after_12m", "cace_risk_difference", "adjusted")}, referral as the instrument)`,
    );
  });

  it("follow the plan: no fixed effects and SE clustered by local authority say so", () => {
    const r = run({ fixedEffects: [], cluster: "la_code", subgroups: [] });
    expect(label(r, "looked_after_12m", "odds_ratio", "adjusted")).toBe(
      "logistic regression, SE clustered by LA",
    );
    expect(label(r, "time_to_care", "hazard_ratio", "adjusted")).toBe("Cox model, SE clustered by LA");
    expect(r.estimates.some((e) => e.methodLabel?.includes("fixed effects"))).toBe(false);
    expect(r.estimates.some((e) => e.methodLabel?.includes("family"))).toBe(false);
    const text = JSON.stringify(buildTrialReport(r).sections);
    expect(text).toContain("Hazard ratio (Cox model, SE clustered by LA; Efron ties)");
    expect(text).not.toContain("fixed effects, SE");
  });
});

describe("small-data cautions on the sample", () => {
  it("2,537 children and at least 10 events in each arm of each outcome: no caution anywhere", () => {
    expect(result.consort.analysed.fgc.children + result.consort.analysed.control.children).toBeGreaterThan(
      100,
    );
    expect(result.estimates.every((e) => Array.isArray(e.cautions) && e.cautions.length === 0)).toBe(true);
    expect(trialHeadline(result)).not.toContain("Caution");
    expect(table(result).columns).not.toContain("Caution");
  });
});

describe("p-values in the estimates table", () => {
  it("every estimate but a single arm's rate has a p in results.json", () => {
    const without = result.estimates.filter((e) => e.p === null || e.p === undefined);
    expect(without.map((e) => e.measure).every((m) => m === "rate_fgc" || m === "rate_control")).toBe(true);
    expect(result.estimates.filter((e) => e.measure.startsWith("rate_")).every((e) => e.p == null)).toBe(
      true,
    );
  });

  it("the unadjusted risk difference, ratio and odds ratio carry the score test: Pearson's χ² × (N − 1)/N of the CSV's counts", () => {
    for (const outcome of ["looked_after_12m", "proceedings_12m", "entered_care_12m"]) {
      const c = handCounts(outcome);
      const N = c.fgc.n + c.control.n;
      const expected = chiSquareSf((pearsonChiSquare(c.fgc, c.control).statistic * (N - 1)) / N, 1);
      for (const measure of ["risk_difference", "risk_ratio", "odds_ratio"]) {
        const e = result.estimates.find(
          (x) => x.outcome === outcome && x.measure === measure && x.model === "unadjusted",
        );
        expect(e?.p, `${outcome} ${measure}`).toBeCloseTo(expected, 12);
      }
    }
  });

  it("each row's cells are results.json's: method words, p (or — with its footnote), n", () => {
    const t = table(result);
    expect(t.columns).toEqual(["Outcome", "Measure", "Method", "Estimate", "95% CI", "p", "p, Holm", "n"]);
    expect(t.rows.length).toBe(result.estimates.length);
    for (const e of result.estimates) {
      const row = t.rows.find((r) => r[2] === e.methodLabel && rowMatches(r, e));
      expect(row, `${e.outcome} ${e.measure} ${e.model}`).toBeDefined();
      const p = e.p ?? null;
      expect(row?.[5]).toBe(p === null ? "—" : p < 0.001 ? "< 0.001" : p.toFixed(3));
      expect(row?.[7]).toBe(e.n.toLocaleString("en-GB"));
    }
    expect(
      t.notes?.some((n) => n.startsWith("—: no p-value is defined: a rate in one arm compares nothing")),
    ).toBe(true);
  });

  it("groups the HTML rows under outcome and method headings, each row only its numbers; CSV and Markdown keep every column", () => {
    const t = table(result);
    const html = renderTable(t);
    expect(html.match(/<tbody>/g)?.length).toBeGreaterThan(5);
    expect(html).toContain('<th scope="rowgroup" colspan="6" class="group-0">Looked after at 12 months</th>');
    expect(html).toContain(
      '<th scope="rowgroup" colspan="6" class="group-1">logistic regression, LA fixed effects, SE clustered by family</th>',
    );
    // The outcome heads its rows once: the complier effect sits with the other primary rows.
    expect(html.match(/>Looked after at 12 months</g)?.length).toBe(1);
    expect(tableToCsv(t).split("\n").length).toBeGreaterThanOrEqual(result.estimates.length + 1);
    expect(tableToMarkdown(t)).toContain(
      "| Looked after at 12 months | Odds ratio | logistic regression, LA fixed effects, SE clustered by family |",
    );
  });
});

/** Whether a table row shows this estimate's outcome, method and n (rates differ in n). */
function rowMatches(r: (string | number | null)[], e: TrialResult["estimates"][number]): boolean {
  const outcome: Record<string, string> = {
    looked_after_12m: "Looked after at 12 months",
    entered_care_12m: "Entered care within 12 months",
    proceedings_12m: "Care proceedings issued within 12 months",
    days_in_care_12m: "Days in care within 12 months",
    time_to_care: "Time to first care entry",
  };
  const measure: Record<string, string> = {
    rate_fgc: "Rate, referred for an FGC",
    rate_control: "Rate, control",
    risk_difference: "Risk difference (points)",
    risk_ratio: "Risk ratio",
    odds_ratio: "Odds ratio",
    mean_difference: "Mean difference (days)",
    hazard_ratio: "Hazard ratio",
    cace_risk_difference: "Complier average causal effect (points)",
  };
  return r[0] === outcome[e.outcome] && r[1] === measure[e.measure];
}
