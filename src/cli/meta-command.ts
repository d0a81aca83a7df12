// The `fgc meta` command's definition and help, apart from its work (meta.ts), so that building
// the program loads none of the command's dependencies until it runs.
import { Command, Option } from "commander";
import { type CliIo, processIo } from "./cli-io.js";
import type { MetaOptions } from "./meta.js";

export const metaHelp = `
Input: one row per study (CSV, TSV or XLSX) with study, source and optional year, and the
effect in one of three ways for every row: counts a, n1, c, n0 (events / participants, FGC arm
then comparator); or estimate, lower, upper (and level, default 0.95) on the natural scale (a
ratio, not its log); or yi, vi (effect on the analysis scale and its variance). Columns in the
data dictionary (docs/data-dictionary.md, "Meta-analysis studies").

Examples:
  fgc meta data-samples/meta/studies.csv
  fgc meta studies.csv --measure hr --method dl --out reports/meta-hr`;

/**
 * The commander command; `setCode` receives the exit code (default: process.exitCode).
 * @example program.addCommand(metaCommand(io, setCode))
 */
export function metaCommand(
  io: CliIo = processIo(),
  setCode: (code: number) => void = (c) => void (process.exitCode = c),
): Command {
  return new Command("meta")
    .description(
      "random-effects meta-analysis of studies: pooled effect, Knapp–Hartung and prediction intervals, forest plot",
    )
    .argument("<studies>", "studies file (CSV, TSV, XLSX)")
    .addOption(
      new Option(
        "--measure <measure>",
        "effect measure: or, rr, hr (ratios) or rd, smd, generic (default: or for counts, generic for yi/vi)",
      ).choices(["or", "rr", "hr", "rd", "smd", "generic"]),
    )
    .addOption(new Option("--method <method>", "estimator of τ²").choices(["reml", "dl"]).default("reml"))
    .option("--level <level>", "level of every interval, in (0, 1)", "0.95")
    .option("--out <dir>", "output folder (default reports/meta-<input name>/)")
    .option("--no-png", "write charts as SVG only")
    .addHelpText("after", metaHelp)
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .action(async (file: string, options: MetaOptions) => {
      setCode(await (await import("./meta.js")).metaAction(file, options, io));
    });
}
