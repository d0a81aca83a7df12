// The `fgc power` command's definition and help, apart from its work (power.ts), so that building
// the program loads none of the command's dependencies until it runs.
import { Command, Option } from "commander";
import { type CliIo, processIo } from "./cli-io.js";
import type { PowerOptions } from "./power.js";

export const powerHelp = `
Sample size for a power, and power for a sample size, for a two-arm trial randomised by family:
two proportions (--p0 and --p1), two means (--delta and --sd) or time to event (--hr and
--event-probability), each over a grid of effects (comma-separated) and ICCs, with the design
effect for families of mean size --cluster-size (and unequal sizes with --cv). Writes
results.json, plan.json, index.html (table and power curves), tables as CSV and Markdown, and
the chart as SVG and PNG. Sizes in the report are rounded up; results.json keeps them unrounded.
Exit codes: 0 done, 2 usage (an option missing or out of range).

Examples:
  fgc power --outcome proportions --p0 0.48 --p1 0.36,0.40 --cluster-size 1.72 --n 600
  fgc power --outcome means --delta 30,40 --sd 110 --cluster-size 1.72 --icc 0,0.05,0.1
  fgc power --outcome time-to-event --hr 0.75,0.8 --event-probability 0.45 --power 0.9
  fgc power --outcome proportions --p0 0.48 --p1 0.40 --cluster-size 1.72 --cv 0.6 --out reports/power`;

/**
 * The commander command; `setCode` receives the exit code (default: process.exitCode).
 * @example program.addCommand(powerCommand(io, setCode))
 */
export function powerCommand(
  io: CliIo = processIo(),
  setCode: (code: number) => void = (c) => void (process.exitCode = c),
): Command {
  return new Command("power")
    .description("sample size and power of a trial randomised by family: proportions, means, time to event")
    .addOption(
      new Option("--outcome <kind>", "what the primary outcome is")
        .choices(["proportions", "means", "time-to-event"])
        .makeOptionMandatory(),
    )
    .option("--p0 <p>", "proportions: the control arm's proportion, e.g. 0.48")
    .option("--p1 <list>", "proportions: the FGC arm's proportion(s), comma-separated, e.g. 0.36,0.40")
    .option("--delta <list>", "means: difference(s) in means to detect (FGC minus control), e.g. 30,40")
    .option("--sd <x>", "means: standard deviation of the outcome within an arm")
    .option("--hr <list>", "time to event: hazard ratio(s) to detect, e.g. 0.75,0.8")
    .option("--event-probability <p>", "time to event: probability of the event during follow-up, e.g. 0.45")
    .option("--power <p>", "power wanted", "0.8")
    .option("--level <p>", "confidence level of the two-sided test (significance 1 − level)", "0.95")
    .option("--n <children>", "children per arm (with clustering) to give the power of")
    .option("--cluster-size <m>", "mean children per family", "1")
    .option("--cv <x>", "coefficient of variation of family sizes (0: equal sizes)", "0")
    .option("--icc <list>", "intracluster correlations, comma-separated", "0,0.02,0.05,0.1")
    .option("--out <dir>", "output folder (default reports/power-<outcome>)")
    .option("--no-png", "write charts as SVG only")
    .addHelpText("after", powerHelp)
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .action(async (options: PowerOptions) => {
      setCode(await (await import("./power.js")).powerAction(options, io));
    });
}
