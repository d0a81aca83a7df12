/**
 * The trial pipeline on every trial/*.csv of FGC_REFERENCE_DIR (default ../shared/reference)
 * under the default plan, against the reference analysis in the matching trial/*.json: every
 * reference estimate (estimate, ci, se, p) to 1e-4 relative, the same method id, and the counts.
 * The file itself must validate without error (every row a possible care timeline).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { readTrialInput } from "../../src/jobs/read-trial-input.js";
import { defaultTrialPlan } from "../../src/trial/plan.js";
import { runTrial } from "../../src/trial/run.js";
import { TOOL_VERSION } from "../../src/version.js";
import { compareExpected } from "../reference/compare.js";

const dir = resolve(process.env.FGC_REFERENCE_DIR ?? join(__dirname, "../../../shared/reference"), "trial");
const csvs = existsSync(dir)
  ? readdirSync(dir)
      .filter((f) => f.endsWith(".csv"))
      .sort()
  : [];

interface ReferenceEstimate {
  outcome: string;
  measure: string;
  model: string;
  method: string;
  estimate: number;
  ci: [number, number];
  se?: number;
  p?: number;
}

describe.each(csvs)("trial pipeline on %s", (csv) => {
  const reference = JSON.parse(readFileSync(join(dir, csv.replace(/\.csv$/, ".json")), "utf8")) as {
    counts: Record<string, number>;
    estimates: ReferenceEstimate[];
  };

  it("reads every row as a possible care timeline: no error, every row used", async () => {
    const { input, issues } = await readTrialInput(join(dir, csv), TOOL_VERSION);
    expect(issues.filter((i) => i.severity === "error")).toEqual([]);
    const result = runTrial(input, { ...defaultTrialPlan, bootstrapReplicates: 0, rerandomisations: 0 });
    expect(result.accounting.used).toBe(result.accounting.read);
    expect(result.accounting.excluded).toEqual([]);
  });

  it("reproduces every reference estimate to 1e-4 relative", async () => {
    // Days in care (linear model, Welch) and time to care (Cox) are among the estimates compared.
    const compared = new Set(reference.estimates.map((e) => e.outcome));
    expect(compared.has("days_in_care_12m") && compared.has("time_to_care")).toBe(true);
    const { input } = await readTrialInput(join(dir, csv), TOOL_VERSION);
    const result = runTrial(input, defaultTrialPlan);
    const problems: string[] = [];
    for (const ref of reference.estimates) {
      const ours = result.estimates.find(
        (e) => e.outcome === ref.outcome && e.measure === ref.measure && e.model === ref.model,
      );
      if (!ours) {
        problems.push(`${ref.outcome} ${ref.measure} ${ref.model}: missing`);
        continue;
      }
      if (ours.method !== ref.method)
        problems.push(
          `${ref.outcome} ${ref.measure} ${ref.model}: method ${ours.method}, reference ${ref.method}`,
        );
      const expected: Record<string, unknown> = { estimate: ref.estimate, ci: ref.ci };
      if (ref.se !== undefined) expected.se = ref.se;
      if (ref.p !== undefined) expected.p = ref.p;
      for (const m of compareExpected(expected, ours, 1e-4))
        problems.push(
          `${ref.outcome} ${ref.measure} ${ref.model} ${m.path}: ${m.actual} vs ${m.expected} (${m.why})`,
        );
    }
    expect(problems).toEqual([]);
  });

  it("counts children, families and local authorities as the reference does", async () => {
    const { input } = await readTrialInput(join(dir, csv), TOOL_VERSION);
    const c = runTrial(input, { ...defaultTrialPlan, bootstrapReplicates: 0, rerandomisations: 0 }).consort
      .randomised;
    const counts = reference.counts;
    if (counts.children !== undefined) expect(c.fgc.children + c.control.children).toBe(counts.children);
    if (counts.families !== undefined) expect(c.fgc.families + c.control.families).toBe(counts.families);
    if (counts.children_fgc !== undefined) expect(c.fgc.children).toBe(counts.children_fgc);
    if (counts.children_control !== undefined) expect(c.control.children).toBe(counts.children_control);
    if (counts.families_fgc !== undefined) expect(c.fgc.families).toBe(counts.families_fgc);
    if (counts.local_authorities !== undefined)
      expect(Math.max(c.fgc.localAuthorities, c.control.localAuthorities)).toBe(counts.local_authorities);
  });
});

it("finds at least one reference trial file", () => {
  expect(csvs.length).toBeGreaterThan(0);
});
