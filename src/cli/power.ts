// `fgc power --outcome proportions|means|time-to-event …`: sample sizes and power over a grid of
// effects and ICCs; results.json, plan.json, a self-contained report, tables and the power-curve
// chart. Exit codes: 0 done, 2 usage.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { checkOutputPath } from "../io/node/check-output-path.js";
import { replaceFolder } from "../io/node/replace-folder.js";
import { REPORT_MARKERS, writeReportFiles } from "../jobs/write-report.js";
import { type PowerPlan, powerPlanSchema } from "../power/plan.js";
import { runPower } from "../power/run.js";
import { buildPowerReport, powerHeadline } from "../report/power-report.js";
import { UsageError } from "../util/errors.js";
import { plural } from "../util/plural.js";
import { stableStringify } from "../util/stable-json.js";
import { TOOL_VERSION } from "../version.js";
import type { CliIo } from "./cli-io.js";
import { exitCodes } from "../util/exit-codes.js";
import { type FlagNames, withFlagWording } from "../util/flag-wording.js";

export interface PowerOptions {
  outcome: "proportions" | "means" | "time-to-event";
  p0?: string;
  p1?: string;
  delta?: string;
  sd?: string;
  hr?: string;
  eventProbability?: string;
  power: string;
  level: string;
  n?: string;
  clusterSize: string;
  cv: string;
  icc: string;
  out?: string;
  png?: boolean;
}

const EFFECT_FLAG = { proportions: "--p1", means: "--delta", time_to_event: "--hr" } as const;

/** Runs `fgc power` and returns its exit code; usage errors are thrown as UsageError. */
export async function powerAction(options: PowerOptions, io: CliIo): Promise<number> {
  const outcome = options.outcome === "time-to-event" ? "time_to_event" : options.outcome;
  const effectFlag = EFFECT_FLAG[outcome];
  const effectText = { proportions: options.p1, means: options.delta, time_to_event: options.hr }[outcome];
  if (effectText === undefined)
    throw new UsageError(
      `${effectFlag}: --outcome ${options.outcome} needs the effect(s) to detect, e.g. ${effectFlag} ${outcome === "proportions" ? "0.36,0.40" : outcome === "means" ? "30,40" : "0.75"}`,
    );
  const flags: FlagNames = {
    "plan.effects": effectFlag,
    "plan.p0": "--p0",
    "plan.sd": "--sd",
    "plan.eventProbability": "--event-probability",
    "plan.power": "--power",
    "plan.level": "--level",
    "plan.nPerArm": "--n",
    "plan.clusterSize": "--cluster-size",
    "plan.clusterSizeCv": "--cv",
    "plan.iccs": "--icc",
  };
  const raw = {
    outcome,
    effects: numberList(effectFlag, effectText),
    p0: optionalNumber("--p0", options.p0),
    sd: optionalNumber("--sd", options.sd),
    eventProbability: optionalNumber("--event-probability", options.eventProbability),
    power: optionalNumber("--power", options.power),
    level: optionalNumber("--level", options.level),
    nPerArm: optionalNumber("--n", options.n) ?? null,
    clusterSize: optionalNumber("--cluster-size", options.clusterSize),
    clusterSizeCv: optionalNumber("--cv", options.cv),
    iccs: numberList("--icc", options.icc),
  };
  const parsed = powerPlanSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = `plan.${String(issue.path[0])}`;
    const value = (raw as Record<string, unknown>)[String(issue.path[0])];
    const shown = Array.isArray(value) && issue.path.length > 1 ? value[Number(issue.path[1])] : value;
    throw new UsageError(
      `${flags[field] ?? field}: ${rangeWords(String(issue.path[0]))}, got ${JSON.stringify(shown)}`,
    );
  }
  const plan: PowerPlan = parsed.data;
  const out = options.out ?? `reports/power-${options.outcome}`;
  checkOutputPath(out, "folder", { inputs: [], markers: REPORT_MARKERS });
  const result = withFlagWording(flags, () => runPower(plan, TOOL_VERSION));
  const written = await replaceFolder(out, REPORT_MARKERS, async (dir) => {
    const files = await writeReportFiles(dir, buildPowerReport(result), result, {
      png: options.png !== false,
    });
    writeFileSync(join(dir, "plan.json"), `${stableStringify(plan)}\n`);
    return files;
  });
  io.stdout(`${powerHeadline(result)}\n`);
  io.stdout(`Wrote ${plural(written.length + 1, "file")} to ${out}/ (open ${join(out, "index.html")})\n`);
  return exitCodes.ok;
}

/** What each plan field accepts, in words. */
function rangeWords(field: string): string {
  return (
    {
      effects: "expected 1 to 8 numbers separated by commas",
      p0: "expected a proportion between 0 and 1",
      sd: "expected a positive number",
      eventProbability: "expected a probability above 0, at most 1",
      power: "expected a number between 0 and 1, e.g. 0.8",
      level: "expected a number between 0 and 1, e.g. 0.95",
      nPerArm: "expected a positive number of children per arm",
      clusterSize: "expected a mean family size of at least 1",
      clusterSizeCv: "expected a coefficient of variation of at least 0",
      iccs: "expected 1 to 8 correlations between 0 and 1, separated by commas",
    }[field] ?? "not allowed"
  );
}

function optionalNumber(flag: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const x = Number(text);
  if (text.trim() === "" || !Number.isFinite(x))
    throw new UsageError(`${flag}: expected a number, got "${text}"`);
  return x;
}

function numberList(flag: string, text: string): number[] {
  return text.split(",").map((part) => {
    const x = Number(part);
    if (part.trim() === "" || !Number.isFinite(x))
      throw new UsageError(`${flag}: expected numbers separated by commas, got "${text}"`);
    return x;
  });
}
