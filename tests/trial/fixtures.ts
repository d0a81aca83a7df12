/** Small trial tables for pipeline tests, built from the simulator (no files). */
import type { ColumnTable } from "../../src/schema/table.js";
import { defaultTrialPlan, type TrialPlan } from "../../src/trial/plan.js";
import type { TrialInput } from "../../src/trial/run.js";
import { analysisRow, simulateTrial } from "../../src/trial/simulate.js";
import { createRng } from "../../src/util/rng.js";

export type Row = Record<string, string | number | null>;

export function simulatedRows(seed = 7, families = 300): Row[] {
  return simulateTrial(createRng(seed), { families }).map((c) => analysisRow(c));
}

export function tableFromRows(rows: Row[], file = "trial.csv"): ColumnTable {
  const names = Object.keys(rows[0]);
  const columns = Object.fromEntries(names.map((n) => [n, rows.map((r) => r[n] ?? null)]));
  return { file, columns, rowNumbers: rows.map((_, i) => i + 2), length: rows.length };
}

export function inputFromRows(rows: Row[]): TrialInput {
  const table = tableFromRows(rows);
  return {
    table,
    inputs: [{ file: table.file, sha256: "0".repeat(64), rows: rows.length }],
    accounting: { read: rows.length, excluded: [] },
    toolVersion: "test",
  };
}

/** The default plan with few replicates, for speed. */
export const quickPlan: TrialPlan = { ...defaultTrialPlan, bootstrapReplicates: 200, rerandomisations: 200 };
