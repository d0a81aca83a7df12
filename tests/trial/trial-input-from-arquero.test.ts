/**
 * runTrial takes an Arquero table through trialInputFromArquero (issue 15, item 6): the input
 * equals readTrialInput's for the same data, except the input's name and hash, and a column
 * derived with Arquero verbs can be a plan's subgroup.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import * as aq from "arquero";
import { describe, expect, it } from "vitest";
import { readTrialInput } from "../../src/jobs/read-trial-input.js";
import { trialPlanSchema } from "../../src/trial/plan.js";
import { runTrial } from "../../src/trial/run.js";
import { trialInputFromArquero } from "../../src/trial/trial-input-from-arquero.js";
import { TOOL_VERSION } from "../../src/version.js";

const path = join(import.meta.dirname, "../../data-samples/trial/analysis.csv");
const text = readFileSync(path, "utf8");

describe("trialInputFromArquero", () => {
  it("gives readTrialInput's table and accounting for the sample trial", async () => {
    const fromFile = await readTrialInput(path, TOOL_VERSION);
    const fromArquero = trialInputFromArquero(aq.fromCSV(text, { autoType: false }), TOOL_VERSION, {
      file: "analysis.csv",
    });
    expect(fromArquero.issues).toEqual(fromFile.issues);
    expect(fromArquero.input.table).toEqual(fromFile.input.table);
    expect(fromArquero.input.accounting).toEqual(fromFile.input.accounting);
    expect(fromArquero.input.window).toBe(365);
    expect(fromArquero.input.inputs[0]).toMatchObject({ file: "analysis.csv", rows: 2537 });
    expect(fromArquero.input.inputs[0].sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it("hashes the table's content: the same table the same hash, one changed cell another", () => {
    const t = aq.fromCSV(text, { autoType: false }).slice(0, 50);
    const hash = (table: aq.ColumnTable) => trialInputFromArquero(table, TOOL_VERSION).input.inputs[0].sha256;
    expect(hash(t)).toBe(hash(aq.fromCSV(text, { autoType: false }).slice(0, 50)));
    const changed = t.derive({
      sex: aq.escape((d: { child_id: string; sex: string }) => (d.child_id === "C000001" ? "U" : d.sex)),
    });
    expect(hash(changed)).not.toBe(hash(t));
  });

  it("reads a column derived with Arquero as a plan subgroup, and runTrial analyses it", () => {
    const t = aq.fromCSV(text, { autoType: false }).derive({
      older: aq.escape((d: { age_years: string }) =>
        !d.age_years ? null : Number(d.age_years) >= 10 ? "10 and over" : "under 10",
      ),
    });
    const { input, issues } = trialInputFromArquero(t, TOOL_VERSION, { extraColumns: ["older"] });
    expect(issues.filter((i) => i.severity === "error")).toEqual([]);
    const older = input.table.columns.older as string[];
    expect(older.filter((v) => v === "10 and over").length).toBe(
      t.filter(aq.escape((d: { age_years: string }) => Number(d.age_years) >= 10)).numRows(),
    );
    const plan = trialPlanSchema.parse({ subgroups: ["older"], bootstrapReplicates: 0, rerandomisations: 0 });
    const result = runTrial(input, plan);
    const levels = result.subgroups.map((s) => `${s.subgroup}: ${s.level}`);
    expect(levels.sort()).toEqual(["older: 10 and over", "older: under 10"]);
  });
});
