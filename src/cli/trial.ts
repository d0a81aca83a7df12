// `fgc trial <input> [--plan plan.json] [--out DIR]`: the whole trial analysis from an
// analysis-ready child-level file (CSV, TSV, XLSX, JSON, Arrow, Parquet), or from a folder holding
// one, to results.json, a self-contained report, charts and tables, with the headline printed.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, extname, isAbsolute, join, resolve } from "node:path";
import { type ChartRenderer, startChartRenderer } from "../jobs/chart-renderer.js";
import { checkOutputPath } from "../io/node/check-output-path.js";
import { readTrialInput } from "../jobs/read-trial-input.js";
import { readUnitCostsFile } from "../jobs/read-unit-costs-file.js";
import { trialCostLines } from "../report/trial-cost-lines.js";
import type { CostOptions } from "../trial/costs/cost-analysis.js";
import { hasPlacementGroupDays } from "../trial/costs/has-placement-group-days.js";
import { replaceFolder } from "../io/node/replace-folder.js";
import { REPORT_MARKERS, writeReportFiles } from "../jobs/write-report.js";
import type { RowAccounting } from "../io/row-accounting.js";
import { DataError, formatIssue, type Issue } from "../schema/issue.js";
import { trialHeadline } from "../report/trial-headline.js";
import { buildTrialReport } from "../report/trial-report.js";
import { trialPartCharts } from "../report/trial-part-chart.js";
import { formatInterval, formatP, formatPercent } from "../report/summarize.js";
import { formatCount } from "../util/format-count.js";
import { outcomeLabel } from "../report/trial-labels.js";
import { plural } from "../util/plural.js";
import { defaultTrialPlan, type TrialPlan } from "../trial/plan.js";
import { trialPlanFromJson } from "../trial/plan-from-json.js";
import { subgroupSpec } from "../trial/subgroup-spec.js";
import type { TrialResult } from "../trial/result.js";
import { runTrial } from "../trial/run.js";
import { UsageError } from "../util/errors.js";
import { stableStringify } from "../util/stable-json.js";
import { TOOL_VERSION } from "../version.js";
import type { CliIo } from "./cli-io.js";
import { exitCodes } from "../util/exit-codes.js";

export interface TrialOptions {
  plan?: string;
  out?: string;
  png?: boolean;
  /** Unit-cost file (issue 16); overrides the plan's `costs`. */
  costs?: string;
  /** Children a year entering pre-proceedings in England, for the national projection. */
  nationalChildren?: string;
}

export async function trialCommand(inputPath: string, options: TrialOptions, io: CliIo): Promise<number> {
  const plan = readPlan(options.plan);
  const costsPath = unitCostsPath(options, plan);
  // resvg loads on a worker thread while the input is read and analysed.
  const charts = startChartRenderer({ png: options.png !== false });
  try {
    return await analyseAndWrite(inputPath, options, io, { plan, costsPath, charts });
  } finally {
    await charts.close();
  }
}

async function analyseAndWrite(
  inputPath: string,
  options: TrialOptions,
  io: CliIo,
  job: { plan: TrialPlan; costsPath: string | undefined; charts: ChartRenderer },
): Promise<number> {
  const { plan, costsPath, charts } = job;
  const nationalChildren = parseNationalChildren(options.nationalChildren, costsPath);
  const file = resolveInputFile(inputPath);
  const out = options.out ?? defaultTrialOut(inputPath);
  checkOutputPath(out, "folder", { inputs: [inputPath, options.plan, costsPath], markers: REPORT_MARKERS });
  // A folder of extracts without an analysis-ready file is linked in memory (no key needed).
  const extracts =
    file === null
      ? await (await import("../jobs/read-trial-extracts.js")).readTrialExtracts(inputPath, TOOL_VERSION, {
          window: plan.window,
        })
      : null;
  // A subgroup may name a column of the user's own, which the file reader then keeps.
  const extraColumns = plan.subgroups.map((entry) => subgroupSpec(entry).column);
  const { input, issues } =
    extracts ?? (await readTrialInput(file as string, TOOL_VERSION, { extraColumns }));
  for (const note of extracts?.notes ?? []) io.stderr(`note: ${note}\n`);
  const errors = issues.filter((i) => i.severity === "error");
  printIssues(errors.length > 0 ? errors : issues, io, file ?? inputPath);
  // Every extract's rows, so a rejected row of any file (episodes, court …) is seen.
  for (const f of extracts?.files ?? []) io.stderr(`${fileAccountingLine(f)}\n`);
  // Any error means rows were rejected or a file was not read to its end: analysing the rest
  // would print and write numbers from a partial read, so nothing is written at all.
  if (errors.length > 0) {
    const rejected = (extracts?.files ?? [])
      .filter((f) => f.accounting.rejected > 0)
      .map((f) => `${plural(f.accounting.rejected, "rejected row")} in ${f.file}`);
    io.stderr(
      `fgc trial: ${plural(errors.length, "error")} in ${file ?? inputPath}${rejected.length ? ` (${rejected.join(", ")})` : ""}; nothing analysed, nothing written\n`,
    );
    return exitCodes.data;
  }
  let costs: CostOptions | undefined;
  if (costsPath) {
    // Day rates by placement group need the days by group: linked extracts, or fgc link's file.
    // (The reader gives an optional column it did not find as all blank.)
    const placementGroups = hasPlacementGroupDays(input.table);
    const read = await readUnitCostsFile(costsPath, { placementGroups });
    printIssues(read.issues, io, costsPath);
    if (!read.unitCosts) {
      io.stderr(
        `fgc trial: ${plural(read.issues.filter((i) => i.severity === "error").length, "error")} in ${costsPath}; nothing analysed, nothing written\n`,
      );
      return exitCodes.data;
    }
    costs = { unitCosts: read.unitCosts, nationalChildren };
  }
  let result: TrialResult;
  try {
    // The charts of the parts that come early are drawn on the worker while the rest is computed.
    result = runTrial(input, plan, {
      costs,
      onPart: (part) => {
        for (const chart of trialPartCharts(part)) charts.drawAhead(chart);
      },
      // The re-randomisation and bootstrap on the worker too, from as soon as they can start.
      startResampling: charts.startResampling,
    });
  } catch (e) {
    if (e instanceof DataError && e.issues.length > 0) {
      printIssues(e.issues, io, file ?? inputPath);
      io.stderr(`fgc trial: ${plural(e.issues.length, "error")} in the trial design; nothing written\n`);
      return exitCodes.data;
    }
    throw e;
  }
  // One complete run in the folder, or the previous one untouched (io/node/replace-folder.ts).
  const written = await replaceFolder(out, REPORT_MARKERS, async (dir) => {
    const files = await writeReportFiles(dir, buildTrialReport(result), result, {
      png: options.png !== false,
      charts,
    });
    writeFileSync(join(dir, "plan.json"), `${stableStringify(plan)}\n`);
    return files;
  });
  io.stdout(trialSummaryText(result));
  if (result.costs) io.stdout(`\n${trialCostLines(result).join("\n")}\n`);
  io.stdout(`\nWrote ${plural(written.length + 1, "file")} to ${out}/ (open ${join(out, "index.html")})\n`);
  return exitCodes.ok;
}

/** `rows: episodes.csv (episodes): 1,000 read = 800 accepted + 200 rejected (date-impossible 200)` */
function fileAccountingLine(f: { file: string; schema?: string; accounting: RowAccounting }): string {
  const a = f.accounting;
  const byRule = Object.entries(a.rejectedByRule)
    .map(([rule, n]) => `${rule} ${formatCount(n as number)}`)
    .join(", ");
  return (
    `rows: ${f.file} (${f.schema ?? (a.rejected > 0 ? "not recognised" : "ignored")}): ${formatCount(a.read)} read = ${formatCount(a.accepted)} accepted + ` +
    `${formatCount(a.rejected)} rejected${byRule ? ` (${byRule})` : ""}`
  );
}

function printIssues(issues: Issue[], io: CliIo, input: string): void {
  for (const issue of issues.slice(0, 20)) io.stderr(`${issue.severity}: ${formatIssue(issue)}\n`);
  if (issues.length > 20)
    io.stderr(
      `… and ${formatCount(issues.length - 20)} more (fgc validate ${statSync(input).isDirectory() ? join(input, "*") : input} lists them all)\n`,
    );
}

/** The terminal's headline table. */
export function trialSummaryText(r: TrialResult): string {
  const lines = [trialHeadline(r), ""];
  const c = r.consort;
  lines.push(
    `Analysed ${formatCount(c.analysed.fgc.children)} referred and ${plural(c.analysed.control.children, "control child")} ` +
      `(${plural(c.analysed.fgc.families + c.analysed.control.families, "family")}); rows read ${formatCount(r.accounting.read)}, used ${formatCount(r.accounting.used)}.`,
    "",
  );
  const rows: string[][] = [["Outcome", "FGC", "Control", "Adjusted effect (95% CI)", "p"]];
  for (const o of [r.plan.primary, ...r.plan.secondary]) {
    const get = (measure: string, model: string) =>
      r.estimates.find((e) => e.outcome === o && e.measure === measure && e.model === model);
    const fgc = get("rate_fgc", "unadjusted");
    const control = get("rate_control", "unadjusted");
    const effect =
      get("odds_ratio", "adjusted") ?? get("mean_difference", "adjusted") ?? get("hazard_ratio", "adjusted");
    const label = effect
      ? { odds_ratio: "OR", mean_difference: "MD", hazard_ratio: "HR" }[effect.measure as "odds_ratio"]
      : "";
    const mean = r.armMeans.find((m) => m.outcome === o);
    rows.push([
      outcomeLabel(o),
      fgc ? formatPercent(fgc.estimate) : mean?.fgc != null ? mean.fgc.toFixed(0) : "",
      control ? formatPercent(control.estimate) : mean?.control != null ? mean.control.toFixed(0) : "",
      effect && effect.estimate === null
        ? `${label} not estimable`
        : effect
          ? `${label} ${formatInterval(effect.estimate, effect.ci, r.plan.level, effect.measure === "mean_difference" ? 1 : 2)}`
          : "",
      effect ? formatP(effect.p) : "",
    ]);
  }
  const widths = rows[0].map((_, j) => Math.max(...rows.map((row) => row[j].length)));
  for (const [k, row] of rows.entries()) {
    lines.push(
      row.map((cell, j) => (j === 0 ? cell.padEnd(widths[j]) : cell.padStart(widths[j]))).join("  "),
    );
    if (k === 0) lines.push(widths.map((w) => "-".repeat(w)).join("  "));
  }
  return `${lines.join("\n")}\n`;
}

/** --costs, else the plan's `costs` resolved against the plan file's folder. */
function unitCostsPath(options: TrialOptions, plan: TrialPlan): string | undefined {
  if (options.costs) return options.costs;
  if (plan.costs && options.plan)
    return isAbsolute(plan.costs) ? plan.costs : join(dirname(options.plan), plan.costs);
  return undefined;
}

/** --national-children: a positive whole number, and only with unit costs. */
function parseNationalChildren(text: string | undefined, costsPath: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const n = /^\d+$/.test(text.trim()) ? Number(text.trim()) : Number.NaN;
  if (!Number.isSafeInteger(n) || n < 1)
    throw new UsageError(`--national-children: expected a positive whole number of children, got "${text}"`);
  if (!costsPath)
    throw new UsageError(
      "--national-children: needs unit costs (--costs unit-costs.csv, or `costs` in the plan)",
    );
  return n;
}

function readPlan(path: string | undefined): TrialPlan {
  if (!path) return defaultTrialPlan;
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (e) {
    throw new UsageError(`--plan ${path}: not readable JSON (${(e as Error).message})`);
  }
  return trialPlanFromJson(text, `--plan ${path}`);
}

/**
 * A file, or the one analysis-ready file in a folder (analysis.csv, or the only data file); null
 * for a folder of extracts to link.
 */
function resolveInputFile(path: string): string | null {
  if (!existsSync(path)) throw new UsageError(`${path}: no such file or folder`);
  if (!statSync(path).isDirectory()) return path;
  const files = readdirSync(path).filter((f) => /\.(csv|tsv|xlsx|json|arrow|feather|parquet)$/i.test(f));
  const named = files.find((f) => /^analysis\./i.test(f) || /trial.*analysis/i.test(f));
  if (named) return join(path, named);
  if (files.length === 1) return join(path, files[0]);
  if (files.length > 1) return null;
  throw new UsageError(
    `${path}: expected an analysis-ready file or the extracts to link (children, index-events, allocation, fgc-records, episodes, court), found no data file`,
  );
}

/**
 * The default output folder: reports/trial-<input name>/, never the folder `fgc link` writes for
 * the same name (reports/link-<name>/, cli/link.ts), so two commands' files never mix.
 * @example defaultTrialOut("data-samples/trial/analysis.csv") // "reports/trial-analysis"
 */
export function defaultTrialOut(inputPath: string): string {
  const name = basename(resolve(inputPath));
  return join("reports", `trial-${name.replace(extname(name), "") || "input"}`);
}
