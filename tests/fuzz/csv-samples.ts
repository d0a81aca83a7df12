/**
 * The CSV samples the CSV properties mutate (episodes and children), read once as the baseline,
 * with the helpers that place a mutation in a cell and say which rows it leaves intact.
 */
import * as fc from "fast-check";
import type { ReadTableResult } from "../../src/io/validate-read.js";
import { fraction } from "./fuzz-settings.js";
import { splitLines } from "./mutators.js";
import type { Damage } from "./oracles.js";
import { readOrRefusal } from "./oracles.js";
import { readTableAt, sampleText, writeScratch } from "./samples.js";

export const csvNames = ["episodes.csv", "children.csv"] as const;
export type CsvName = (typeof csvNames)[number];

export interface CsvSample {
  /** Lines without terminators; line 0 is the header, line i is spreadsheet row i + 1. */
  lines: string[];
  baseline: ReadTableResult;
}

/** Read each sample as written (into `dir`), as the baseline a mutated read is judged against. */
export async function loadCsvSamples(dir: string): Promise<Map<CsvName, CsvSample>> {
  const out = new Map<CsvName, CsvSample>();
  for (const name of csvNames) {
    const text = sampleText(name);
    const baseline = readOrRefusal(await readTableAt(writeScratch(dir, name, text), name), name);
    if (baseline === undefined || baseline.accounting.accepted === 0)
      throw new Error(`${name}: sample not read`);
    out.set(name, { lines: splitLines(text), baseline });
  }
  return out;
}

/** Damage confined to line `line`: every other data row is intact, and a refusal names its row. */
export function oneRowDamaged(s: CsvSample, line: number): Damage {
  const rows = s.lines.length - 1;
  const intact: [number, number][] = [];
  for (let r = 2; r <= rows + 1; r++) if (r !== line + 1) intact.push([r, r]);
  return { intact, maxRead: rows, refusalRow: line + 1 };
}

export const csvNameArb = fc.constantFrom(...csvNames);

/** A sample, a data line, a column and a position in the cell (wrapped to the sample by `placeCell`). */
export const csvCellArb = fc.record({ name: csvNameArb, line: fc.nat(), col: fc.nat(), at: fraction() });

/** The sample, data line (≥ 1) and column a `csvCellArb` value points at. */
export function placeCell(samples: Map<CsvName, CsvSample>, c: { name: CsvName; line: number; col: number }) {
  const s = samples.get(c.name) as CsvSample;
  const line = 1 + (c.line % (s.lines.length - 1));
  return { s, line, col: c.col % s.lines[0].split(",").length };
}
