// `fgc simulate trial --seed N --out DIR`: synthetic linked extracts of a 21-LA, ~1,470-family,
// ~2,550-child trial (trial/simulate.ts) and the analysis-ready file derived from the same
// children, so the whole road from extracts to report can be tried without real data.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { csvSafeRows } from "../io/csv-safe-cell.js";
import { checkOutputPath } from "../io/node/check-output-path.js";
import { replaceFolder } from "../io/node/replace-folder.js";
import { tableSpecs } from "../schema/catalog.js";
import { analysisRow, simulateTrial } from "../trial/simulate.js";
import { simulatedExtracts, type ExtractRow } from "../trial/simulate-extracts.js";
import { UsageError } from "../util/errors.js";
import { plural } from "../util/plural.js";
import { createRng } from "../util/rng.js";
import type { CliIo } from "./cli-io.js";
import { exitCodes } from "../util/exit-codes.js";

/** A folder holding both is a previous simulation that may be replaced. */
const SIMULATION_MARKERS = ["analysis.csv", "README.md"];

export interface SimulateOptions {
  seed?: string;
  out?: string;
  families?: string;
}

export async function simulateCommand(what: string, options: SimulateOptions, io: CliIo): Promise<number> {
  if (what !== "trial") throw new UsageError(`fgc simulate: expected "trial", got "${what}"`);
  const seed = wholeNumber("--seed", options.seed ?? "1");
  const families = wholeNumber("--families", options.families ?? "1471");
  const out = options.out ?? join("reports", `simulated-trial-${seed}`);
  checkOutputPath(out, "folder", { inputs: [], markers: SIMULATION_MARKERS });
  const rng = createRng(seed);
  const children = simulateTrial(rng, { families });
  const extracts = simulatedExtracts(children, rng);
  // One complete simulation in the folder, or the previous one untouched.
  await replaceFolder(out, SIMULATION_MARKERS, async (dir) => {
    for (const [name, rows] of Object.entries(extracts) as [keyof typeof extracts, ExtractRow[]][]) {
      const columns = tableSpecs[name].columns.map((c) => c.name);
      writeFileSync(
        join(dir, `${name}.csv`),
        csvSafeRows([columns, ...rows.map((r) => columns.map((c) => r[c] ?? null))]),
      );
    }
    const analysis = children.map((c) => analysisRow(c));
    const columns = tableSpecs["trial-analysis"].columns.map((c) => c.name);
    writeFileSync(
      join(dir, "analysis.csv"),
      csvSafeRows([columns, ...analysis.map((r) => columns.map((c) => r[c] ?? null))]),
    );
    writeFileSync(join(dir, "README.md"), readme(seed, children.length, families));
  });
  io.stdout(
    `Simulated ${plural(children.length, "child")} in ${plural(families, "family")} (seed ${seed}); wrote 7 tables to ${out}/\n`,
  );
  return exitCodes.ok;
}

function wholeNumber(option: string, text: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 0)
    throw new UsageError(`${option}: expected a whole number, got "${text}"`);
  return n;
}

function readme(seed: number, children: number, families: number): string {
  return `# Simulated FGC trial (synthetic data)

Written by \`fgc simulate trial --seed ${seed}\`: ${children.toLocaleString("en-GB")} children in ${families.toLocaleString("en-GB")} families
across 21 fictional local authorities (codes E06900001 to E06900021), randomised by family at the
pre-proceedings letter (September 2020 to May 2022). No row describes a real child.

The outcome model is calibrated so that, in expectation, the arms match the published English FGC
trial (Taylor et al. 2024): looked after at 12 months 36.2% vs 44.8%, care proceedings 59.2% vs 71.7%,
days in care 87 vs 115. About 61% of referred families hold a conference. Siblings share most of their
family's path; local authorities and families vary.

| file | table (see docs/data-dictionary.md) |
| --- | --- |
| children.csv | children |
| index-events.csv | index-events (the pre-proceedings letters) |
| allocation.csv | allocation (by family) |
| fgc-records.csv | fgc-records (one referral per referred family) |
| episodes.csv | episodes (SSDA903 layout, UK dates; X1 chains, a few V3 short breaks) |
| court.csv | court (s31 care applications) |
| analysis.csv | trial-analysis (the analysis-ready file derived from the same children) |
`;
}
