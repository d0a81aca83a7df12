/**
 * Replicate the English FGC trial (Taylor et al. 2024) on the bundled simulated trial, with the
 * toolkit's public API: read the analysis-ready file, run the default plan (the published
 * trial's), print the published figures beside the reproduced ones, and write the report.
 *
 *   npx tsx analyses/replicate-coram-trial.ts [analysis file] [output folder]
 */
import { buildTrialReport, defaultTrialPlan, runTrial, TOOL_VERSION } from "fgc-toolkit";
import { readTrialInput, writeReportFiles } from "fgc-toolkit/node";

const file = process.argv[2] ?? "data-samples/trial/analysis.csv";
const out = process.argv[3] ?? "reports/replicate-coram-trial";

const { input, issues } = await readTrialInput(file, TOOL_VERSION);
if (issues.some((i) => i.severity === "error"))
  console.warn(`${issues.length} problems in ${file}; run fgc validate ${file}`);
const result = runTrial(input, defaultTrialPlan);

/** Percentage points with one minus sign (U+2212), as the report prints them. */
const points = (x: number | null) => (x === null ? "n/a" : (x * 100).toFixed(1).replace(/^-/, "−"));
const pct = (x: number | null) => (x === null ? "n/a" : `${(x * 100).toFixed(1)}%`);
const fmt = (x: number | null, unit: string) =>
  unit === "percent" ? pct(x) : x === null ? "n/a" : x.toFixed(0);
console.log(
  "Outcome                                   Published (FGC vs control)   Reproduced (FGC vs control)",
);
for (const p of result.published) {
  const published = `${fmt(p.publishedFgc, p.unit)} vs ${fmt(p.publishedControl, p.unit)}`;
  const reproduced = `${fmt(p.reproducedFgc, p.unit)} vs ${fmt(p.reproducedControl, p.unit)}`;
  console.log(`${p.label.padEnd(42)}${published.padEnd(29)}${reproduced}`);
}
const rd = result.estimates.find(
  (e) => e.outcome === "looked_after_12m" && e.measure === "risk_difference" && e.model === "unadjusted",
);
if (rd?.estimate != null) {
  console.log(
    `\nPrimary outcome, risk difference: ${points(rd.estimate)} points (95% CI ${points(rd.ci[0])} to ${points(rd.ci[1])}); published: −8.6 points.`,
  );
}
const written = await writeReportFiles(
  out,
  buildTrialReport(result, "Replicating the English FGC trial"),
  result,
);
console.log(`\nReport: ${out}/index.html (${written.length} files)`);
