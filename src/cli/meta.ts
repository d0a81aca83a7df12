// `fgc meta <studies> [--measure or|rr|hr|rd|smd|generic] [--method reml|dl] [--level 0.95]
// [--out DIR]`: random-effects meta-analysis of a studies file (CSV, TSV, XLSX): results.json,
// plan.json, a self-contained accessible report with the forest plot, the chart as SVG and PNG,
// tables as CSV and Markdown, and the headline printed. Exit codes: 0 done, 1 data, 2 usage.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { basename, extname, join } from "node:path";
import { checkOutputPath } from "../io/node/check-output-path.js";
import { readRawFile } from "../io/node/read-raw-file.js";
import { replaceFolder } from "../io/node/replace-folder.js";
import { REPORT_MARKERS, writeReportFiles } from "../jobs/write-report.js";
import { metaPlanSchema } from "../meta/plan.js";
import { readMetaStudies } from "../meta/read-studies.js";
import { runMeta } from "../meta/run.js";
import { buildMetaReport, metaHeadline } from "../report/meta-report.js";
import { formatIssue, type Issue } from "../schema/issue.js";
import { UsageError } from "../util/errors.js";
import { plural } from "../util/plural.js";
import { stableStringify } from "../util/stable-json.js";
import { TOOL_VERSION } from "../version.js";
import type { CliIo } from "./cli-io.js";
import { exitCodes } from "../util/exit-codes.js";
import { withFlagWording } from "../util/flag-wording.js";
import { requireFile } from "./require-file.js";

export interface MetaOptions {
  measure?: string;
  method?: string;
  level?: string;
  out?: string;
  png?: boolean;
}

/** Runs `fgc meta` and returns its exit code; usage errors are thrown as UsageError. */
export async function metaAction(file: string, options: MetaOptions, io: CliIo): Promise<number> {
  const level = Number(options.level ?? "0.95");
  if (!(level > 0 && level < 1))
    throw new UsageError(`--level: expected a number between 0 and 1 such as 0.95, got "${options.level}"`);
  const plan = metaPlanSchema.parse({
    measure: options.measure ?? null,
    method: options.method ?? "reml",
    level,
  });
  requireFile(file);
  const out = options.out ?? `reports/meta-${basename(file, extname(file))}`;
  checkOutputPath(out, "folder", { inputs: [file], markers: REPORT_MARKERS });
  const raw = await readRawFile(file);
  const read = readMetaStudies(raw, plan.measure);
  printIssues(read.issues, io);
  const errors = read.issues.filter((i) => i.severity === "error");
  if (errors.length > 0 || read.kind === null) {
    io.stderr(`fgc meta: ${plural(errors.length, "error")} in ${file}; nothing analysed, nothing written\n`);
    return exitCodes.data;
  }
  const kind = read.kind;
  const result = withFlagWording({ "plan.measure": "--measure" }, () =>
    runMeta(
      {
        kind,
        studies: read.studies,
        inputs: [
          {
            file: basename(file),
            sha256: createHash("sha256").update(readFileSync(file)).digest("hex"),
            rows: read.rows,
          },
        ],
        toolVersion: TOOL_VERSION,
      },
      plan,
    ),
  );
  const written = await replaceFolder(out, REPORT_MARKERS, async (dir) => {
    const files = await writeReportFiles(dir, buildMetaReport(result), result, {
      png: options.png !== false,
    });
    writeFileSync(join(dir, "plan.json"), `${stableStringify(plan)}\n`);
    return files;
  });
  io.stdout(`${metaHeadline(result)}\n`);
  io.stdout(`Wrote ${plural(written.length + 1, "file")} to ${out}/ (open ${join(out, "index.html")})\n`);
  return exitCodes.ok;
}

function printIssues(issues: Issue[], io: CliIo): void {
  for (const issue of issues.slice(0, 20)) io.stderr(`${issue.severity}: ${formatIssue(issue)}\n`);
  if (issues.length > 20) io.stderr(`… and ${plural(issues.length - 20, "more problem")}\n`);
}
