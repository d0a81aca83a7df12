// `fgc areas <return files…> [--la CODE] [--neighbours FILE] [--out DIR] [--threshold N]
// [--overdispersion none|multiplicative|additive]`: compares areas on `la-return` files (CSV,
// TSV or XLSX, one or many periods): results.json, a self-contained accessible report, charts
// and tables, every output after disclosure control. Exit codes: 0 done, 1 data errors, 2 usage.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { checkReturnCells } from "../areas/check-return.js";
import { areaPlanSchema } from "../areas/plan.js";
import { readNeighbours } from "../areas/read-neighbours.js";
import { readReturn } from "../areas/read-return.js";
import type { AreaResult } from "../areas/result.js";
import type { ReturnCell } from "../areas/return-cell.js";
import { runAreas } from "../areas/run.js";
import { checkOutputPath } from "../io/node/check-output-path.js";
import { readRawFile } from "../io/node/read-raw-file.js";
import { replaceFolder } from "../io/node/replace-folder.js";
import { REPORT_MARKERS, writeReportFiles } from "../jobs/write-report.js";
import { areasHeadline, buildAreasReport } from "../report/areas-report.js";
import { tableToCsv } from "../report/tables.js";
import { DataError, formatIssue, type Issue } from "../schema/issue.js";
import { appendAll } from "../util/append-all.js";
import { UsageError } from "../util/errors.js";
import { plural } from "../util/plural.js";
import { stableStringify } from "../util/stable-json.js";
import { TOOL_VERSION } from "../version.js";
import type { AreasOptions } from "./areas-options.js";
import type { CliIo } from "./cli-io.js";
import { exitCodes } from "../util/exit-codes.js";
import { type FlagNames, withFlagWording } from "../util/flag-wording.js";
import { requireFile } from "./require-file.js";

/** The plan fields of runAreas as `fgc areas` spells them. */
const AREAS_FLAGS: FlagNames = {
  "plan.la": "--la",
  "plan.threshold": "--threshold",
  "plan.overdispersion": "--overdispersion",
};

/** Runs `fgc areas` and returns its exit code; usage errors are thrown as UsageError. */
export async function areasAction(files: string[], options: AreasOptions, io: CliIo): Promise<number> {
  const threshold = Number(options.threshold ?? "5");
  if (!Number.isInteger(threshold) || threshold < 1 || threshold > 100)
    throw new UsageError(`--threshold: expected a whole number 1–100, got "${options.threshold}"`);
  const parsed = areaPlanSchema.safeParse({
    la: options.la ?? null,
    threshold,
    overdispersion: options.overdispersion ?? "none",
  });
  if (!parsed.success)
    throw new UsageError(
      `--overdispersion: expected none, multiplicative or additive, got "${options.overdispersion}"`,
    );
  const plan = parsed.data;
  const out = options.out ?? "reports/areas";
  for (const path of files) requireFile(path);
  if (options.neighbours !== undefined) requireFile(options.neighbours, "--neighbours");
  checkOutputPath(out, "folder", { inputs: [...files, options.neighbours], markers: REPORT_MARKERS });
  const cells: ReturnCell[] = [];
  const issues: Issue[] = [];
  const inputs: AreaResult["inputs"] = [];
  for (const path of [...files].sort()) {
    const raw = await readRawFile(path);
    const r = readReturn(raw, { allowUnknownLa: options.allowUnknownLa === true });
    appendAll(cells, r.cells);
    appendAll(issues, r.issues);
    inputs.push({
      file: path.split(/[\\/]/).pop() as string,
      sha256: createHash("sha256").update(readFileSync(path)).digest("hex"),
      rows: r.rows,
    });
  }
  let neighbours: ReturnType<typeof readNeighbours>["neighbours"] | undefined;
  if (options.neighbours) {
    const n = readNeighbours(await readRawFile(options.neighbours));
    neighbours = n.neighbours;
    appendAll(issues, n.issues);
  }
  const crossChecks = checkReturnCells(cells);
  const errors = issues.concat(crossChecks).filter((i) => i.severity === "error");
  printIssues(issues.concat(crossChecks), io);
  if (errors.length > 0) {
    io.stderr(`fgc areas: ${plural(errors.length, "error")} in the returns; nothing written\n`);
    return exitCodes.data;
  }
  let result: AreaResult;
  try {
    result = withFlagWording(AREAS_FLAGS, () =>
      runAreas({ cells, issues, inputs, neighbours, toolVersion: TOOL_VERSION, crossChecks }, plan),
    );
  } catch (e) {
    if (e instanceof DataError && e.issues.length > 0) {
      printIssues(e.issues, io);
      io.stderr(`fgc areas: ${plural(e.issues.length, "error")} across the returns; nothing written\n`);
      return exitCodes.data;
    }
    throw e;
  }
  // One complete run in the folder, or the previous one untouched (io/node/replace-folder.ts).
  const written = await replaceFolder(out, REPORT_MARKERS, async (dir) => {
    const files = await writeReportFiles(dir, buildAreasReport(result), result, {
      png: options.png !== false,
    });
    writeFileSync(join(dir, "plan.json"), `${stableStringify(plan)}\n`);
    writeFileSync(join(dir, "tables", "rates-all.csv"), tableToCsv(allRatesTable(result)));
    return files;
  });
  io.stdout(`${areasHeadline(result)}\n`);
  io.stdout(
    `Suppressed ${plural(result.disclosure.primary, "small count")} and ${plural(result.disclosure.secondary, "complementary cell")}.\n`,
  );
  io.stdout(`Wrote ${plural(written.length + 2, "file")} to ${out}/ (open ${join(out, "index.html")})\n`);
  return exitCodes.ok;
}

function printIssues(issues: Issue[], io: CliIo) {
  for (const issue of issues.slice(0, 20)) io.stderr(`${issue.severity}: ${formatIssue(issue)}\n`);
  if (issues.length > 20) io.stderr(`… and ${plural(issues.length - 20, "more problem")}\n`);
}

/** Every published rate, one row each, symbols as published. */
function allRatesTable(r: AreaResult) {
  return {
    id: "rates-all",
    caption: "Every published rate",
    columns: [
      "la_code",
      "period",
      "measure",
      "breakdown",
      "category",
      "numerator",
      "denominator",
      "denominator_measure",
      "rate",
      "ci_lower",
      "ci_upper",
    ],
    rows: r.rates.map((x) => [
      x.la,
      x.period,
      x.measure,
      x.breakdown,
      x.category,
      x.numerator,
      x.denominator,
      x.denominatorMeasure,
      x.rate ?? x.symbol,
      x.ci[0] ?? "",
      x.ci[1] ?? "",
    ]),
  };
}
