/**
 * analyses/arquero-comparisons.ts (issue 15, item 6) run as a researcher runs it, with tsx: its
 * counts, derived and grouped with Arquero verbs, equal counts made here with plain loops over
 * readTrialInput's table, and its estimates equal the API's on those counts.
 */
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readTrialInput } from "../../src/jobs/read-trial-input.js";
import { wilsonInterval } from "../../src/stats/proportions/wilson-interval.js";
import { mantelHaenszelRiskRatio } from "../../src/stats/stratified/mantel-haenszel-risk-ratio.js";
import { riskDifference } from "../../src/stats/two-groups/risk-difference.js";
import { riskRatio } from "../../src/stats/two-groups/risk-ratio.js";
import { TOOL_VERSION } from "../../src/version.js";

const root = join(import.meta.dirname, "../..");
const sample = "data-samples/trial/analysis.csv";

function band(age: number): string {
  if (age < 1) return "under 1";
  if (age < 5) return "1 to under 5";
  if (age < 10) return "5 to under 10";
  return "10 and over";
}

describe("analyses/arquero-comparisons.ts", () => {
  it("prints the comparisons by LA and age band that plain loops and the API give", async () => {
    const out = execFileSync(
      join(root, "node_modules/.bin/tsx"),
      ["analyses/arquero-comparisons.ts", sample, "--json"],
      {
        cwd: root,
        encoding: "utf8",
      },
    );
    const printed = JSON.parse(out);

    const { input } = await readTrialInput(join(root, sample), TOOL_VERSION);
    const c = input.table.columns;
    const counts = new Map<
      string,
      { fgc: { events: number; n: number }; control: { events: number; n: number } }
    >();
    const add = (key: string, arm: "fgc" | "control", y: number) => {
      const k = counts.get(key) ?? { fgc: { events: 0, n: 0 }, control: { events: 0, n: 0 } };
      k[arm].events += y;
      k[arm].n += 1;
      counts.set(key, k);
    };
    for (let i = 0; i < input.table.length; i++) {
      const y = c.looked_after_12m[i] as number | null;
      if (y === null) continue;
      const arm = c.arm[i] as "fgc" | "control";
      add("all/all children", arm, y);
      add(`la_code/${c.la_code[i]}`, arm, y);
      const age = c.age_years[i] as number | null;
      if (age !== null) add(`age_band/${band(age)}`, arm, y);
    }

    const keys = printed.rows.map((r: { grouping: string; level: string }) => `${r.grouping}/${r.level}`);
    expect([...keys].sort()).toEqual([...counts.keys()].sort());
    expect(keys.filter((k: string) => k.startsWith("la_code/")).length).toBe(21);
    for (const row of printed.rows) {
      const k = counts.get(`${row.grouping}/${row.level}`);
      if (!k) throw new TypeError(`no counts for ${row.grouping}/${row.level}`);
      expect(row.fgc).toEqual(JSON.parse(JSON.stringify(wilsonInterval(k.fgc.events, k.fgc.n))));
      expect(row.control).toEqual(JSON.parse(JSON.stringify(wilsonInterval(k.control.events, k.control.n))));
      expect(row.rd).toEqual(JSON.parse(JSON.stringify(riskDifference(k.fgc, k.control))));
      expect(row.rr).toEqual(JSON.parse(JSON.stringify(riskRatio(k.fgc, k.control))));
    }
    const las = [...counts.keys()].filter((k) => k.startsWith("la_code/")).sort();
    const strata = las.map((k) => counts.get(k) as NonNullable<ReturnType<typeof counts.get>>);
    const pooled = mantelHaenszelRiskRatio({
      a: strata.map((s) => s.fgc.events),
      n1: strata.map((s) => s.fgc.n),
      c: strata.map((s) => s.control.events),
      n0: strata.map((s) => s.control.n),
    });
    expect(printed.mantelHaenszelRiskRatio).toEqual(JSON.parse(JSON.stringify(pooled)));
    expect(printed.mantelHaenszelRiskRatio.method).toContain("mantel");
  });
});
