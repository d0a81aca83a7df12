/**
 * Arquero as the researcher's table: load the analysis-ready trial file into an Arquero table,
 * validate it with the toolkit (every rejected row named), derive an age band and group with
 * Arquero verbs (by LA, by age band), and compute the comparisons from the rollups through the
 * public API: each arm's rate with its Wilson CI, the risk difference and risk ratio with
 * Miettinen–Nurminen score CIs, and the Mantel–Haenszel risk ratio pooled across LAs. Prints a
 * tidy table, or its rows as JSON with `--json`.
 *
 *   npx tsx analyses/arquero-comparisons.ts [analysis file] [outcome] [--json]
 */
import { readFileSync } from "node:fs";
import * as aq from "arquero";
import {
  type Estimate,
  formatIssue,
  mantelHaenszelRiskRatio,
  riskDifference,
  riskRatio,
  validateArqueroTable,
  wilsonInterval,
} from "fgc-toolkit";

const args = process.argv.slice(2).filter((a) => a !== "--json");
const json = process.argv.includes("--json");
const file = args[0] ?? "data-samples/trial/analysis.csv";
const outcome = args[1] ?? "looked_after_12m";

// Every cell as text (autoType off), as the file holds it: Arquero's type guessing would turn a
// code such as "007" into the number 7. The toolkit's validator types the columns instead.
const loaded = aq.fromCSV(readFileSync(file, "utf8"), { autoType: false });
const read = validateArqueroTable(loaded, { schema: "trial-analysis", file });
for (const issue of read.issues) console.error(formatIssue(issue));
if (read.issues.some((i) => i.severity === "error")) {
  console.error(
    `${read.accounting.rejected} of ${read.accounting.read} rows rejected; fix them, then run again`,
  );
  process.exit(1);
}

// Age bands as the trial plan's subgroup cuts them (under 1, 1–4, 5–9, 10 and over); a child
// with no recorded age is in no band and counted as missing, never put in the lowest band.
const children = read.table
  .params({ outcome })
  .derive({
    age_band: (d: Record<string, number | null>) =>
      d.age_years === null
        ? null
        : d.age_years < 1
          ? "under 1"
          : d.age_years < 5
            ? "1 to under 5"
            : d.age_years < 10
              ? "5 to under 10"
              : "10 and over",
    y: (d: Record<string, number | null>, $: { outcome: string }) => d[$.outcome],
  })
  .filter((d: { y: number | null }) => d.y !== null);

const BANDS = ["under 1", "1 to under 5", "5 to under 10", "10 and over"];

/** Events and children with the outcome known, by a grouping column and arm. */
function countsBy(column: string): aq.ColumnTable {
  return children
    .filter(aq.escape((d: Record<string, unknown>) => d[column] !== null))
    .groupby(column, "arm")
    .rollup({ events: aq.op.sum("y"), n: aq.op.count() })
    .groupby(column)
    .pivot("arm", ["events", "n"])
    .rename({ [column]: "level" })
    .orderby("level");
}

interface Comparison {
  grouping: string;
  level: string;
  fgc: Estimate;
  control: Estimate;
  rd: Estimate;
  rr: Estimate;
}

function compare(grouping: string, counts: aq.ColumnTable): Comparison[] {
  return counts.objects().map((row) => {
    const r = row as Record<string, number | string>;
    const fgc = { events: Number(r.events_fgc ?? 0), n: Number(r.n_fgc ?? 0) };
    const control = { events: Number(r.events_control ?? 0), n: Number(r.n_control ?? 0) };
    return {
      grouping,
      level: String(r.level),
      fgc: wilsonInterval(fgc.events, fgc.n),
      control: wilsonInterval(control.events, control.n),
      rd: riskDifference(fgc, control),
      rr: riskRatio(fgc, control),
    };
  });
}

const byLa = countsBy("la_code");
const all = children
  .groupby("arm")
  .rollup({ events: aq.op.sum("y"), n: aq.op.count() })
  .pivot("arm", ["events", "n"])
  .derive({ level: () => "all children" });
const rows = [
  ...compare("all", all),
  ...compare("la_code", byLa),
  ...compare("age_band", countsBy("age_band")).sort(
    (x, y) => BANDS.indexOf(x.level) - BANDS.indexOf(y.level),
  ),
];

const strata = byLa.objects() as Record<string, number>[];
const pooled = mantelHaenszelRiskRatio({
  a: strata.map((s) => s.events_fgc ?? 0),
  n1: strata.map((s) => s.n_fgc ?? 0),
  c: strata.map((s) => s.events_control ?? 0),
  n0: strata.map((s) => s.n_control ?? 0),
});
const missingAge = children.filter((d: { age_years: number | null }) => d.age_years === null).numRows();

if (json) {
  console.log(JSON.stringify({ file, outcome, rows, mantelHaenszelRiskRatio: pooled, missingAge }));
} else {
  const pct = (e: Estimate) =>
    `${(e.estimate * 100).toFixed(1)}% (${(e.ci[0] * 100).toFixed(1)}–${(e.ci[1] * 100).toFixed(1)})`;
  const ci = (e: Estimate, digits: number) =>
    `${e.estimate.toFixed(digits)} (${e.ci[0].toFixed(digits)} to ${e.ci[1].toFixed(digits)})`;
  const tidy = rows.map((r) => [
    r.grouping,
    r.level,
    String(r.fgc.n),
    pct(r.fgc),
    String(r.control.n),
    pct(r.control),
    ci(r.rd, 3),
    ci(r.rr, 2),
  ]);
  const header = [
    "grouping",
    "level",
    "FGC n",
    "FGC rate (95% CI)",
    "control n",
    "control rate (95% CI)",
    "RD (95% CI)",
    "RR (95% CI)",
  ];
  const widths = header.map((h, j) => Math.max(h.length, ...tidy.map((cells) => cells[j].length)));
  const line = (cells: string[]) =>
    cells.map((c, j) => (j < 2 ? c.padEnd(widths[j]) : c.padStart(widths[j]))).join("  ");
  console.log(`${outcome} in ${file}: ${children.numRows()} children with the outcome known\n`);
  console.log(line(header));
  console.log(line(widths.map((w) => "-".repeat(w))));
  for (const cells of tidy) console.log(line(cells));
  console.log(
    `\nMantel–Haenszel risk ratio across ${strata.length} LAs: ${ci(pooled, 2)}; ${missingAge} children with no age are in no age band.`,
  );
}
