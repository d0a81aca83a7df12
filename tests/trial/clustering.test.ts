/**
 * CONSORT's cluster extension in results.json (issue 13 §2): the ICC of each binary outcome at
 * family and LA level with its interval, and cluster sizes by arm, on data-samples/trial; the
 * not-estimable cases say why.
 */
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { readTrialInput } from "../../src/io/node/read-trial-input.js";
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
  it("has a family-level and an LA-level row for each binary outcome, each with an interval around it", () => {
    const icc = result.clustering.icc;
    expect(icc.map((r) => `${r.outcome}/${r.level}`)).toEqual(
      ["looked_after_12m", "proceedings_12m", "entered_care_12m"].flatMap((o) => [
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
});
