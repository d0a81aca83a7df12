/**
 * CONSORT's cluster extension in results.json (issue 13 §2): the ICC of each binary outcome (and
 * days in care) at
 * family and LA level with its interval, and cluster sizes by arm, on data-samples/trial; the
 * not-estimable cases say why.
 */
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { readTrialInput } from "../../src/jobs/read-trial-input.js";
import { trialPlanSchema } from "../../src/trial/plan.js";
import { type TrialResult, trialResultSchema } from "../../src/trial/result.js";
import { runTrial } from "../../src/trial/run.js";
import { stableStringify } from "../../src/util/stable-json.js";
import { inputFromRows, quickPlan, simulatedRows } from "./fixtures.js";

const file = "data-samples/trial/analysis.csv";
const plan = trialPlanSchema.parse({ bootstrapReplicates: 0, rerandomisations: 0 });
let result: TrialResult;
beforeAll(async () => {
  const { input } = await readTrialInput(file, "test");
  result = trialResultSchema.parse(JSON.parse(stableStringify(runTrial(input, plan))));
});

/** Children per family and families per LA, by arm, counted from the CSV text. */
function handCounts() {
  const [header, ...lines] = readFileSync(file, "utf8").trim().split(/\r?\n/);
  const cols = header.split(",");
  const [armCol, famCol, laCol] = ["arm", "family_id", "la_code"].map((c) => cols.indexOf(c));
  const fam = { fgc: new Map<string, number>(), control: new Map<string, number>() };
  const la = { fgc: new Map<string, Set<string>>(), control: new Map<string, Set<string>>() };
  for (const line of lines) {
    const c = line.split(",");
    const arm = c[armCol] as "fgc" | "control";
    fam[arm].set(c[famCol], (fam[arm].get(c[famCol]) ?? 0) + 1);
    la[arm].set(c[laCol], (la[arm].get(c[laCol]) ?? new Set()).add(c[famCol]));
  }
  return { fam, la };
}

describe("intracluster correlation in results.json (data-samples/trial)", () => {
  it("has a family-level and an LA-level row for each binary outcome and days in care, each with an interval around it", () => {
    const icc = result.clustering.icc;
    expect(icc.map((r) => `${r.outcome}/${r.level}`)).toEqual(
      ["looked_after_12m", "proceedings_12m", "entered_care_12m", "days_in_care_12m"].flatMap((o) => [
        `${o}/randomisation_unit`,
        `${o}/local_authority`,
      ]),
    );
    for (const r of icc) {
      expect(r.estimate, `${r.outcome} ${r.level}`).not.toBeNull();
      expect(r.ci[0]).toBeLessThan(r.estimate ?? Number.NaN);
      expect(r.ci[1]).toBeGreaterThan(r.estimate ?? Number.NaN);
      expect(r.n).toBe(2537);
      expect(r.method).toBe("icc.anova_smith");
    }
    const families = result.consort.analysed.fgc.families + result.consort.analysed.control.families;
    for (const r of icc.filter((x) => x.level === "randomisation_unit")) {
      expect(r.column).toBe("family_id");
      expect(r.clusters).toBe(families);
    }
    // 21 LAs, each with families in both arms: 42 LA × arm cells
    for (const r of icc.filter((x) => x.level === "local_authority")) expect(r.clusters).toBe(42);
    expect(result.references).toEqual(expect.arrayContaining(["smith1957", "donner1986", "campbell2012"]));
  });

  it("equals base R's aov-based ICC and Smith SE on the sample file", () => {
    // R 4.2.2 on data-samples/trial/analysis.csv, for each outcome o and clusters cl (family_id
    // or la_code): d <- data.frame(y = t[[o]], cl = factor(paste(t$arm, cl)), arm = factor(t$arm));
    // a <- summary(aov(y ~ arm + cl, d))[[1]]; MSB, MSW from the cl and Residuals rows;
    // n0 = Σ_arm (N_g − Σn²/N_g)/(k − 2); ρ = (MSB − MSW)/(MSB + (n0 − 1)MSW); SE by Smith's
    // variance with the size term summed over arms; printed with options(digits = 15).
    const expected: Record<string, [number, number]> = {
      "looked_after_12m/randomisation_unit": [0.6545696569958092, 0.0175116069734725],
      "looked_after_12m/local_authority": [0.01244657885548671, 0.00650635881755201],
      "entered_care_12m/randomisation_unit": [0.8184327032001275, 0.0100779674969106],
      "entered_care_12m/local_authority": [0.0160519790194448, 0.0073037854249739],
      "proceedings_12m/randomisation_unit": [0.0855691845722502, 0.0320979804907575],
      "proceedings_12m/local_authority": [0.00520437614830739, 0.00490073723274023],
      "days_in_care_12m/randomisation_unit": [0.715512807247081, 0.0149279252677424],
      "days_in_care_12m/local_authority": [0.0109868432818768, 0.00618284692558438],
    };
    for (const r of result.clustering.icc) {
      const [rho, se] = expected[`${r.outcome}/${r.level}`];
      expect(r.estimate, `${r.outcome} ${r.level}`).toBeCloseTo(rho, 12);
      expect(r.se, `${r.outcome} ${r.level}`).toBeCloseTo(se, 12);
      // Wald interval ρ ± 1.959964·SE
      expect(r.ci[0]).toBeCloseTo(rho - 1.959963984540054 * se, 12);
      expect(r.ci[1]).toBeCloseTo(rho + 1.959963984540054 * se, 12);
    }
    // n0 for families, from R: 1.7238567106149969; for LA × arm cells: 60.01438434105692
    expect(result.clustering.icc[0].n0).toBeCloseTo(1.7238567106149969, 12);
    expect(result.clustering.icc[1].n0).toBeCloseTo(60.01438434105692, 10);
  });

  it("has cluster sizes by arm equal to a hand count of the CSV", () => {
    const { fam, la } = handCounts();
    for (const arm of ["fgc", "control"] as const) {
      const s = result.clustering.sizes.families[arm];
      const sizes = [...fam[arm].values()];
      expect(s.families).toBe(fam[arm].size);
      expect(s.families).toBe(result.consort.analysed[arm].families);
      expect(s.children).toBe(result.consort.analysed[arm].children);
      expect(s.byChildren.map((b) => b.children)).toEqual(["1", "2", "3", "4", "5+"]);
      expect(s.byChildren.map((b) => b.families)).toEqual([
        ...[1, 2, 3, 4].map((n) => sizes.filter((x) => x === n).length),
        sizes.filter((x) => x >= 5).length,
      ]);
      expect(s.max).toBe(Math.max(...sizes));
      expect(s.mean).toBeCloseTo(s.children / s.families, 12);
      const l = result.clustering.sizes.localAuthorities[arm];
      const perLa = [...la[arm].values()].map((x) => x.size);
      expect(l.localAuthorities).toBe(result.consort.analysed[arm].localAuthorities);
      expect(l.families).toBe(s.families);
      expect([l.minFamilies, l.maxFamilies]).toEqual([Math.min(...perLa), Math.max(...perLa)]);
      expect(l.meanFamilies).toBeCloseTo(s.families / perLa.length, 12);
    }
  });
});

describe("intracluster correlation when it cannot be estimated", () => {
  const rows = simulatedRows(11, 120);

  it("says why at family level when every family has one child", () => {
    const singletons = rows.map((r, i) => ({ ...r, family_id: `S${i}` }));
    const r = runTrial(inputFromRows(singletons), quickPlan).clustering.icc;
    for (const row of r.filter((x) => x.level === "randomisation_unit")) {
      expect(row.estimate).toBeNull();
      expect(row.ci).toEqual([null, null]);
      expect(row.note).toMatch(/^not estimable: every cluster has a single unit/);
    }
  });

  it("says why at LA level when fewer than 2 local authorities have 2 or more families", () => {
    const la = String(rows[0].la_code);
    const oneLa = rows.map((r) => ({ ...r, la_code: la }));
    const plan1 = { ...quickPlan, fixedEffects: [] };
    const r = runTrial(inputFromRows(oneLa), plan1).clustering.icc;
    for (const row of r.filter((x) => x.level === "local_authority")) {
      expect(row.estimate).toBeNull();
      expect(row.note).toBe(
        "not estimable: only 1 local authority has 2 or more families (2 such authorities are needed)",
      );
    }
    expect(r.some((x) => x.level === "randomisation_unit" && x.estimate !== null)).toBe(true);
  });

  it("uses the plan's cluster as the randomisation unit, with no second LA row when that cluster is la_code", () => {
    const r = runTrial(inputFromRows(rows), { ...quickPlan, cluster: "la_code" }).clustering.icc;
    expect(r.map((x) => `${x.level}/${x.column}`)).toEqual(r.map(() => "randomisation_unit/la_code"));
    expect(r).toHaveLength(4);
  });
});
