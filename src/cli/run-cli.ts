// The `fgc` program: commands, their help with examples, and the mapping from outcomes to exit
// codes (0 done, 1 data errors, 2 usage, 70 internal). Never a stack trace unless --debug.
// Each command's module is imported when the command runs, so `fgc --help` or `fgc validate`
// does not load Vega, Excel or Arrow.
import { Command, CommanderError } from "commander";
import packageJson from "../../package.json" with { type: "json" };
import { FgcError } from "../util/errors.js";
import { type CliIo, processIo, terminalSafeIo } from "./cli-io.js";
import { exitCodes } from "../util/exit-codes.js";
import { appHelp, linkHelp, simulateHelp, trialHelp, validateHelp } from "./help-texts.js";
import { areasCommand } from "./areas-command.js";
import { metaCommand } from "./meta-command.js";
import { powerCommand } from "./power-command.js";
import { returnCommand } from "./return-command.js";

/**
 * Run `fgc` with the given arguments (without `node` and the script) and return the exit code.
 * @example await runCli(["validate", "data-samples/episodes.csv"]) // 0
 */
export async function runCli(argv: readonly string[], streams: CliIo = processIo()): Promise<number> {
  // Every message passes here: nothing read from a file reaches the terminal raw.
  const io = terminalSafeIo(streams);
  let code: number = exitCodes.ok;
  const debug = argv.includes("--debug");
  const program = buildProgram(io, (c) => {
    code = c;
  });
  try {
    await program.parseAsync([...argv], { from: "user" });
    return code;
  } catch (error) {
    return reportError(error, io, debug);
  }
}

/**
 * The commander program; `setCode` receives each command's exit code.
 * @example buildProgram(processIo(), (code) => { process.exitCode = code }).helpInformation()
 */
export function buildProgram(io: CliIo, setCode: (code: number) => void): Command {
  const program = new Command("fgc")
    .description("Family Group Conference data: validate extracts, analyse trials, compare areas.")
    .version(packageJson.version, "-V, --version", "print the version of fgc-toolkit")
    .option("--debug", "print stack traces of internal errors")
    .addHelpText(
      "after",
      [
        "",
        "Examples:",
        "  fgc trial data-samples/trial/analysis.csv            analyse the sample trial: results.json + report",
        "  fgc validate data-samples/*.csv                      check the sample extracts",
        "  fgc validate episodes.csv --schema episodes --out report.csv",
        "  fgc link data-samples/link --out analysis.csv        link extracts into the analysis-ready file",
        "  fgc return data-samples/returns --period 2023-24     the FGC return from CIN census + SSDA903",
        "  fgc areas data-samples/areas/*.csv --la 202          compare areas: funnel plots, equity, trends",
        "  fgc meta data-samples/meta/studies.csv               meta-analysis of studies: forest plot, PIs",
        "  fgc simulate trial --seed 2 --out my-trial           synthetic extracts of a trial",
        "  fgc power --outcome proportions --p0 0.48 --p1 0.36  sample size and power of the next trial",
        "  fgc dictionary --write                               regenerate docs/data-dictionary.md",
        "  fgc trial --help                                     options of one command",
        "  fgc --version                                        the version of fgc-toolkit",
        "",
        "Exit codes: 0 done (warnings allowed), 1 problems in the data, 2 usage (an option, argument or",
        "path), 70 a bug in fgc (please report it).",
      ].join("\n"),
    );

  program
    .command("validate")
    .description("check extracts against the data dictionary; report every problem by file, row and column")
    .argument("<files...>", "CSV, TSV, XLSX, JSON, Arrow or Parquet files; SSDA903 or CIN census XML returns")
    .option("--schema <name>", "table the files hold (default: inferred from each header)")
    .option("--out <report>", "write every issue to report.json or report.csv")
    .option(
      "--extract-date <date>",
      "extract (reference) date, YYYY-MM-DD or DD/MM/YYYY; later dates are errors (default today)",
    )
    .option(
      "--collection-year <year>",
      "SSDA903 collection year the files were returned for, e.g. 2024-25: year-bound codes (SEX, PLACE) are checked against it (default: the year of each row's latest date)",
    )
    .option("--max-bytes <n>", "refuse larger files (e.g. 500000000 or 500M; default from memory)")
    .option("--sheet <name>", "XLSX: sheet name or number (default the first)")
    .option("--examples <n>", "examples printed per rule", "3")
    .addHelpText("after", validateHelp)
    .action(async (files: string[], options) => {
      setCode(await (await import("./validate.js")).validateCommand(files, options, io));
    });

  program
    .command("dictionary")
    .description("print the data dictionary (Markdown) generated from the schemas")
    .option("--write [path]", "write it to a file instead (default docs/data-dictionary.md)")
    .addHelpText("after", "\nExamples:\n  fgc dictionary > dictionary.md\n  fgc dictionary --write")
    .action(async (options: { write?: string | boolean }) => {
      setCode(await (await import("./dictionary.js")).dictionaryCommand(options, io));
    });

  program
    .command("trial")
    .description(
      "analyse a randomised FGC trial: effects, CIs, subgroups, sensitivity; results.json and a report",
    )
    .argument(
      "<input>",
      "analysis-ready file (CSV, TSV, XLSX, JSON, Arrow, Parquet) or a folder holding analysis.csv",
    )
    .option(
      "--plan <plan.json>",
      "analysis plan (default: the published trial's plan, written to the output)",
    )
    .option("--out <dir>", "output folder (default reports/trial-<input name>/)")
    .option("--no-png", "write charts as SVG only")
    .option(
      "--costs <unit-costs.csv>",
      "unit costs (item, cost, unit, price_year, source; CSV or XLSX): add the cost consequences",
    )
    .option(
      "--national-children <N>",
      "with --costs: project to N children a year entering pre-proceedings in England",
    )
    .addHelpText("after", trialHelp)
    .action(async (input: string, options) => {
      setCode(await (await import("./trial.js")).trialCommand(input, options, io));
    });

  program
    .command("link")
    .description(
      "link a folder of extracts into the analysis-ready file, with a match report and row accounting",
    )
    .argument(
      "<extracts>",
      "folder of extracts: children, index-events, allocation, fgc-records, episodes, court",
    )
    .option(
      "--out <analysis.csv>",
      "the analysis-ready CSV to write (default reports/link-<folder name>/analysis.csv)",
    )
    .option("--window <days>", "outcome window in days", "365")
    .option(
      "--extract-date <date>",
      "end of follow-up, YYYY-MM-DD or DD/MM/YYYY (default: the latest date in the extracts)",
    )
    .option("--key-file <file>", "pseudonymisation key (default: the environment variable FGC_LINK_KEY)")
    .option("--report <match-report.json>", "where to write the match report (default: beside --out)")
    .addHelpText("after", linkHelp)
    .action(async (folder: string, options) => {
      setCode(await (await import("./link.js")).linkCommand(folder, options, io));
    });

  program
    .command("simulate")
    .description("write a synthetic trial: linked extracts and the analysis-ready file")
    .argument("<what>", "what to simulate: trial")
    .option("--seed <n>", "random seed", "1")
    .option("--families <n>", "families randomised", "1471")
    .option("--out <dir>", "output folder (default reports/simulated-trial-<seed>/)")
    .addHelpText("after", simulateHelp)
    .action(async (what: string, options) => {
      setCode(await (await import("./simulate.js")).simulateCommand(what, options, io));
    });

  program
    .command("app")
    .description(
      "write the browser app: one HTML file that runs these jobs offline, the data never leaving the machine",
    )
    .option("--out <file>", "the HTML file to write (default fgc.html)")
    .addHelpText("after", appHelp)
    .action(async (options: { out?: string }) => {
      setCode(await (await import("./app.js")).appCommand(options, io));
    });

  program.addCommand(returnCommand(io, setCode));
  program.addCommand(areasCommand(io, setCode));
  program.addCommand(metaCommand(io, setCode));
  program.addCommand(powerCommand(io, setCode));

  // One behaviour for the program and every command, however it was built: a usage error
  // throws (exit 2 from runCli, never commander's own process.exit(1)), output goes to io.
  for (const command of [program, ...program.commands]) speakAlike(command, io);
  return program;
}

function speakAlike(command: Command, io: CliIo): void {
  command
    .showHelpAfterError(`(run ${command.parent ? `fgc ${command.name()} --help` : "fgc --help"} for usage)`)
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });
}

function reportError(error: unknown, io: CliIo, debug: boolean): number {
  if (error instanceof CommanderError) {
    // Help asked for (--help, fgc help) and --version are "errors" to commander but successes to
    // the user; help shown because no command was given (`fgc` alone, `fgc help nosuch`) is a
    // usage error, as commander's own exit code 1 for it says.
    return error.exitCode === 0 ? exitCodes.ok : exitCodes.usage;
  }
  if (error instanceof FgcError) {
    io.stderr(`fgc: ${error.message}\n`);
    if (debug && error.stack) io.stderr(`${error.stack}\n`);
    return error.code === "usage"
      ? exitCodes.usage
      : error.code === "data" || error.code === "io"
        ? exitCodes.data
        : exitCodes.internal;
  }
  const nodeCode = (error as { code?: string }).code;
  if (nodeCode !== undefined && pathErrorCodes.has(nodeCode)) {
    io.stderr(`fgc: ${(error as Error).message}\n`);
    return exitCodes.usage;
  }
  io.stderr(`fgc: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
  if (debug && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
  else io.stderr("(this is a bug; run again with --debug for details)\n");
  return exitCodes.internal;
}

/**
 * Node's file-system errors that mean a path given cannot be used as it is (missing, a file
 * where a folder is needed or the reverse, no permission, a link loop, a name too long, a
 * read-only or full disk): the user's to fix, so exit 2 with Node's message, never "internal".
 */
const pathErrorCodes = new Set([
  "ENOENT",
  "EISDIR",
  "ENOTDIR",
  "EACCES",
  "EPERM",
  "ELOOP",
  "ENAMETOOLONG",
  "EROFS",
  "ENOSPC",
  "EEXIST",
  "ENOTEMPTY",
  "EMFILE",
]);
