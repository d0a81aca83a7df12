// The `fgc areas` command's definition and help, apart from its work (areas.ts), so that building
// the program loads none of the command's dependencies until it runs.
import { Command, Option } from "commander";
import type { AreasOptions } from "./areas-options.js";
import { type CliIo, processIo } from "./cli-io.js";

export const areasHelp = `
Input: returns in the la-return layout (columns la_code, period, breakdown, category, measure,
value; one row per count), one or many files and periods. LA codes may be DfE (202) or GSS
(E09000007). The neighbour list has columns la_code, neighbour_code and optional rank
(data-samples/areas/README.md); none is bundled.

Examples:
  fgc areas data-samples/areas/*.csv --la 202
  fgc areas data-samples/areas/*.csv --la E09000007 --neighbours data-samples/areas/neighbours/neighbours.csv
  fgc areas returns/*.xlsx --threshold 10 --overdispersion multiplicative --out reports/areas`;

/**
 * The commander command; `setCode` receives the exit code (default: process.exitCode).
 * @example program.addCommand(areasCommand(io, setCode))
 */
export function areasCommand(
  io: CliIo = processIo(),
  setCode: (code: number) => void = (c) => void (process.exitCode = c),
): Command {
  return new Command("areas")
    .description(
      "compare areas on LA returns: rates with CIs, funnel plots, benchmarks, trends, equity; non-disclosive report",
    )
    .argument("<files...>", "la-return files (CSV, TSV, XLSX)")
    .option("--la <code>", "focus authority (DfE or GSS code) for benchmark, trend and equity")
    .option("--neighbours <file>", "statistical neighbour list (la_code, neighbour_code[, rank])")
    .option("--out <dir>", "output folder", "reports/areas")
    .option("--threshold <n>", "suppress counts 1 to n as c", "5")
    .addOption(
      new Option("--overdispersion <kind>", "widen funnel limits for overdispersion")
        .choices(["none", "multiplicative", "additive"])
        .default("none"),
    )
    .option(
      "--allow-unknown-la",
      "keep LA codes in no list (a fictional or test LA, e.g. the samples' 999) as areas of their own, with a warning",
    )
    .option("--no-png", "write charts as SVG only")
    .addHelpText("after", areasHelp)
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .action(async (files: string[], options: AreasOptions) => {
      setCode(await (await import("./areas.js")).areasAction(files, options, io));
    });
}
