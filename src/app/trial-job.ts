// The app's Trial analysis job: `fgc trial` on an analysis-ready file (and optionally a plan and
// a unit-cost file, as `--costs` reads it: trial/costs/unit-costs.ts), through the same reader
// (trial/trial-input-from-raw.ts), plan parser (trial/plan-from-json.ts), pipeline (trial/run.ts)
// and report builder (report/trial-report.ts), so results.json is the CLI's to the byte and the
// report its index.html.
import { exitCodes } from "../util/exit-codes.js";
import { trialInputFromRaw } from "../trial/trial-input-from-raw.js";
import { sha256, toHex } from "../link/hmac-sha256.js";
import { renderHtml, type ReportAssets } from "../report/html.js";
import { trialHeadline } from "../report/trial-headline.js";
import { buildTrialReport } from "../report/trial-report.js";
import { DataError, formatIssue, type Issue } from "../schema/issue.js";
import { defaultTrialPlan, trialPlanSchema } from "../trial/plan.js";
import { trialPlanFromJson } from "../trial/plan-from-json.js";
import { runTrial } from "../trial/run.js";
import type { CostOptions } from "../trial/costs/cost-analysis.js";
import { parseUnitCosts } from "../trial/costs/unit-costs.js";
import { hasPlacementGroupDays } from "../trial/costs/has-placement-group-days.js";
import { trialCostLines } from "../report/trial-cost-lines.js";
import { subgroupSpec } from "../trial/subgroup-spec.js";
import { UsageError } from "../util/errors.js";
import { plural } from "../util/plural.js";
import { TOOL_VERSION } from "../version.js";
import { readAppFile } from "./read-app-file.js";
import { type AppFile, type JobOutcome, reportDownloads } from "./job-outcome.js";
import { isUnitCostFile } from "./unit-cost-file.js";

/**
 * Results, report and plan of the trial analysis of the chosen files: one analysis-ready file,
 * at most one plan (a JSON object whose keys are plan fields) and at most one unit-cost file
 * (columns item, cost, unit, price_year, source), which adds the costs as `--costs` does.
 * @example (await trialJob([{ name: "analysis.csv", bytes }], assets)).downloads[0].label // "Download results.json"
 */
export async function trialJob(
  files: readonly AppFile[],
  assets: ReportAssets,
  progress: (text: string) => void = () => {},
): Promise<JobOutcome> {
  const err: string[] = [];
  const plans = files.filter((f) => isPlanFile(f));
  const costFiles: AppFile[] = [];
  for (const f of files) if (!plans.includes(f) && (await isUnitCostFile(f))) costFiles.push(f);
  const data = files.filter((f) => !plans.includes(f) && !costFiles.includes(f));
  if (data.length !== 1)
    throw new UsageError(
      `Trial analysis: choose one analysis-ready file (CSV, TSV, XLSX, JSON, Arrow or Parquet) and optionally a plan and a unit-cost file; got ${data.length === 0 ? "none" : data.map((f) => f.name).join(", ")}`,
    );
  if (plans.length > 1)
    throw new UsageError(
      `Trial analysis: choose at most one plan; got ${plans.map((f) => f.name).join(", ")}`,
    );
  if (costFiles.length > 1)
    throw new UsageError(
      `Trial analysis: choose at most one unit-cost file; got ${costFiles.map((f) => f.name).join(", ")}`,
    );
  const plan = plans.length === 1 ? trialPlanFromJson(utf8(plans[0]), plans[0].name) : defaultTrialPlan;
  // The CLI reads the plan's `costs` from disk; a page cannot, so the file must be chosen too
  // (a chosen unit-cost file overrides the plan's, as --costs does), never silently left out.
  const costFile = costFiles[0];
  if (costFile === undefined && plan.costs)
    throw new UsageError(
      `Trial analysis: the plan names the unit-cost file ${JSON.stringify(plan.costs)}; choose it too`,
    );
  const file = data[0];
  progress(`Reading ${file.name}`);
  const raw = await readAppFile(file.bytes, file.name);
  const extraColumns = plan.subgroups.map((entry) => subgroupSpec(entry).column);
  const { input, issues } = trialInputFromRaw(raw, TOOL_VERSION, {
    extraColumns,
    file: file.name,
    sha256: toHex(sha256(file.bytes)),
  });
  const errors = issues.filter((i) => i.severity === "error");
  printIssues(errors.length > 0 ? errors : issues, err);
  if (errors.length > 0) {
    err.push(
      `fgc trial: ${plural(errors.length, "error")} in ${file.name}; nothing analysed, nothing written\n`,
    );
    return { exitCode: exitCodes.data, stdout: "", stderr: err.join(""), downloads: [] };
  }
  let costs: CostOptions | undefined;
  if (costFile !== undefined) {
    progress(`Reading ${costFile.name}`);
    // As cli/trial.ts: day rates by placement group need the days by group.
    const placementGroups = hasPlacementGroupDays(input.table);
    const read = parseUnitCosts(await readAppFile(costFile.bytes, costFile.name), { placementGroups });
    printIssues(read.issues, err);
    if (!read.unitCosts) {
      err.push(
        `fgc trial: ${plural(read.issues.filter((i) => i.severity === "error").length, "error")} in ${costFile.name}; nothing analysed, nothing written\n`,
      );
      return { exitCode: exitCodes.data, stdout: "", stderr: err.join(""), downloads: [] };
    }
    costs = { unitCosts: read.unitCosts };
  }
  progress(`Analysing ${plural(input.table.length, "row")}`);
  let result: ReturnType<typeof runTrial>;
  try {
    result = runTrial(input, plan, { costs });
  } catch (e) {
    if (e instanceof DataError && e.issues.length > 0) {
      printIssues(e.issues, err);
      err.push(`fgc trial: ${plural(e.issues.length, "error")} in the trial design; nothing written\n`);
      return { exitCode: exitCodes.data, stdout: "", stderr: err.join(""), downloads: [] };
    }
    throw e;
  }
  progress("Writing the report");
  const reportHtml = renderHtml(buildTrialReport(result), assets);
  return {
    exitCode: exitCodes.ok,
    stdout: `${trialHeadline(result)}\n${result.costs ? `\n${trialCostLines(result).join("\n")}\n` : ""}`,
    stderr: err.join(""),
    downloads: reportDownloads(result, plan, reportHtml),
    reportHtml,
  };
}

const planFields = new Set(Object.keys(trialPlanSchema.in.shape));

/**
 * A plan, not a table: a .json file holding one object whose keys are all plan fields (a JSON
 * table is an array of rows, or an object of columns named as the file's columns).
 * @example isPlanFile({ name: "plan.json", bytes: new TextEncoder().encode('{"primary":"proceedings_12m"}') }) // true
 */
export function isPlanFile(file: AppFile): boolean {
  if (!/\.json$/i.test(file.name)) return false;
  let json: unknown;
  try {
    json = JSON.parse(utf8(file));
  } catch {
    return false;
  }
  if (json === null || typeof json !== "object" || Array.isArray(json)) return false;
  const keys = Object.keys(json);
  return /plan/i.test(file.name) || (keys.length > 0 && keys.every((k) => planFields.has(k)));
}

function utf8(file: AppFile): string {
  return new TextDecoder().decode(file.bytes);
}

function printIssues(issues: Issue[], err: string[]): void {
  for (const issue of issues.slice(0, 20)) err.push(`${issue.severity}: ${formatIssue(issue)}\n`);
  if (issues.length > 20) err.push(`… and ${issues.length - 20} more (Validate lists them all)\n`);
}
