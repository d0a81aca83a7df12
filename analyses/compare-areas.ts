/**
 * Compare areas on the sample returns with the public functions, without the CLI: read the
 * returns, run the comparison with a plan, and print the focus authority's benchmark and the
 * funnel outliers. Run with `npx tsx analyses/compare-areas.ts [LA code]`.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import {
  type AreaInput,
  areaPlanSchema,
  formatIssue,
  type Issue,
  readNeighbours,
  readReturn,
  type ReturnCell,
  runAreas,
} from "fgc-toolkit";
import { fileSha256, readRawFile } from "fgc-toolkit/node";

const dir = "data-samples/areas";
const la = process.argv[2] ?? "202";
const cells: ReturnCell[] = [];
const issues: Issue[] = [];
const inputs: AreaInput["inputs"] = [];
for (const file of readdirSync(dir)
  .filter((f) => f.endsWith(".csv"))
  .sort()) {
  const path = join(dir, file);
  const read = readReturn(await readRawFile(path));
  cells.push(...read.cells);
  issues.push(...read.issues);
  inputs.push({ file, sha256: fileSha256(path), rows: read.rows });
}
for (const i of issues) console.log(formatIssue(i));
const { neighbours } = readNeighbours(await readRawFile(join(dir, "neighbours", "neighbours.csv")));
const plan = areaPlanSchema.parse({ la, overdispersion: "multiplicative" });
const result = runAreas({ cells, issues, inputs, neighbours, toolVersion: "analysis" }, plan);

const pct = (x: number | null) => (x === null ? "  c/:" : `${(x * 100).toFixed(1)}%`);
const name = new Map(result.areas.map((a) => [a.la, a.name]));
console.log(
  `${result.areas.length} areas, periods ${result.periods.join(", ")}; suppressed ${result.disclosure.primary} + ${result.disclosure.secondary} cells`,
);
console.log(`\n${name.get(la)} (${la}) in ${result.focus?.period}:`);
for (const row of result.focus?.benchmark.filter((b) => b.group !== "neighbour") ?? [])
  console.log(
    `  ${row.measure.padEnd(24)} ${row.group.padEnd(18)} ${pct(row.rate)}  (${pct(row.ci[0])} to ${pct(row.ci[1])})`,
  );
for (const f of result.funnels) {
  const out = f.points.filter((p) => p.flagAdjusted === "above_998" || p.flagAdjusted === "below_998");
  console.log(
    `\n${f.measure}: pooled ${pct(f.target)}, φ = ${f.overdispersion?.phi.toFixed(2)}; outside widened 99.8% limits: ${out.map((p) => `${name.get(p.la)} ${pct(p.rate)}`).join(", ") || "none"}`,
  );
}
