// The app's Compare areas job: `fgc areas` on the chosen la-return files (and a neighbour list,
// recognised by its neighbour_code column), through the same readers (areas/read-return.ts,
// areas/read-neighbours.ts), pipeline (areas/run.ts) and report builder
// (report/areas-report.ts), so results.json is the CLI's to the byte.
import { checkReturnCells } from "../areas/check-return.js";
import { areaPlanSchema } from "../areas/plan.js";
import { readNeighbours } from "../areas/read-neighbours.js";
import { readReturn } from "../areas/read-return.js";
import type { AreaResult } from "../areas/result.js";
import type { ReturnCell } from "../areas/return-cell.js";
import { runAreas } from "../areas/run.js";
import { exitCodes } from "../util/exit-codes.js";
import { type FlagNames, withFlagWording } from "../util/flag-wording.js";
import { sha256, toHex } from "../link/hmac-sha256.js";
import { areasHeadline, buildAreasReport } from "../report/areas-report.js";
import { type ReportAssets, renderHtml } from "../report/html.js";
import { DataError, formatIssue, type Issue } from "../schema/issue.js";
import { appendAll } from "../util/append-all.js";
import { UsageError } from "../util/errors.js";
import { plural } from "../util/plural.js";
import { TOOL_VERSION } from "../version.js";
import { readAppFile } from "./read-app-file.js";
import { type AppFile, type JobOutcome, reportDownloads } from "./job-outcome.js";

/** runAreas's plan fields as the page labels them. */
const AREAS_FIELDS: FlagNames = { "plan.la": "Focus LA", "plan.threshold": "Suppression threshold" };

export interface AreasJobOptions {
  /** The focus LA's code; blank for none. */
  la: string;
  /**
   * Keep a return whose LA code is in no list, as its own area named by its code, with a warning
   * (the CLI's `--allow-unknown-la`); default false: such a return is an error.
   */
  allowUnknownLa?: boolean;
}

/**
 * @example (await areasJob(files, { la: "202" }, assets)).downloads[0].label // "Download results.json"
 */
export async function areasJob(
  files: readonly AppFile[],
  options: AreasJobOptions,
  assets: ReportAssets,
  progress: (text: string) => void = () => {},
): Promise<JobOutcome> {
  const parsed = areaPlanSchema.safeParse({
    la: options.la.trim() || null,
    threshold: 5,
    overdispersion: "none",
  });
  if (!parsed.success)
    throw new UsageError(`Focus LA: expected an LA code, got ${JSON.stringify(options.la)}`);
  const plan = parsed.data;
  const err: string[] = [];
  const cells: ReturnCell[] = [];
  const issues: Issue[] = [];
  const inputs: AreaResult["inputs"] = [];
  let neighbours: ReturnType<typeof readNeighbours>["neighbours"] | undefined;
  const sorted = [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const f of sorted) {
    progress(`Reading ${f.name}`);
    const raw = await readAppFile(f.bytes, f.name);
    if (raw.header.some((h) => h.trim().toLowerCase() === "neighbour_code")) {
      if (neighbours !== undefined) throw new UsageError("Compare areas: choose at most one neighbour list");
      const n = readNeighbours(raw);
      neighbours = n.neighbours;
      appendAll(issues, n.issues);
      continue;
    }
    const r = readReturn(raw, { allowUnknownLa: options.allowUnknownLa === true });
    appendAll(cells, r.cells);
    appendAll(issues, r.issues);
    inputs.push({ file: f.name, sha256: toHex(sha256(f.bytes)), rows: r.rows });
  }
  const crossChecks = checkReturnCells(cells);
  const all = issues.concat(crossChecks);
  for (const issue of all.slice(0, 20)) err.push(`${issue.severity}: ${formatIssue(issue)}\n`);
  if (all.length > 20) err.push(`… and ${plural(all.length - 20, "more problem")}\n`);
  const errors = all.filter((i) => i.severity === "error");
  if (errors.length > 0) {
    err.push(`fgc areas: ${plural(errors.length, "error")} in the returns; nothing written\n`);
    return { exitCode: exitCodes.data, stdout: "", stderr: err.join(""), downloads: [] };
  }
  progress("Comparing the areas");
  let result: AreaResult;
  try {
    result = withFlagWording(AREAS_FIELDS, () =>
      runAreas({ cells, issues, inputs, neighbours, toolVersion: TOOL_VERSION, crossChecks }, plan),
    );
  } catch (e) {
    if (e instanceof DataError && e.issues.length > 0) {
      for (const issue of e.issues.slice(0, 20)) err.push(`${issue.severity}: ${formatIssue(issue)}\n`);
      err.push(`fgc areas: ${plural(e.issues.length, "error")} across the returns; nothing written\n`);
      return { exitCode: exitCodes.data, stdout: "", stderr: err.join(""), downloads: [] };
    }
    throw e;
  }
  progress("Writing the report");
  const reportHtml = renderHtml(buildAreasReport(result), assets);
  return {
    exitCode: exitCodes.ok,
    stdout:
      `${areasHeadline(result)}\n` +
      `Suppressed ${plural(result.disclosure.primary, "small count")} and ${plural(result.disclosure.secondary, "complementary cell")}.\n`,
    stderr: err.join(""),
    downloads: reportDownloads(result, plan, reportHtml),
    reportHtml,
  };
}
