// The `fgc return` command's definition and help, apart from its work (return.ts), so that building
// the program loads none of the command's dependencies until it runs.
import { Command } from "commander";
import { type CliIo, processIo } from "./cli-io.js";
import type { ReturnCommandOptions } from "./return-options.js";

export const returnHelp = `
Input: a folder holding the LA's CIN census XML files (one or more years) and SSDA903 files
(XML returns, or the Header and Episodes CSV tables), in any names: files are recognised by
what they hold. Each pre-proceedings block (LBPSentDate) is a letter; the population is the
children with a letter in the period, each at their first letter in it. Definitions: fgc dictionary.

Every file in the folder must be used: a file that is not a return, or cannot be read whole, is
an error and nothing is written, unless --exclude leaves it out (globs against the path relative
to the folder: * within a name, ** across folders; a pattern without / matches the name at any
depth). Hidden files (names starting with a dot, such as .DS_Store) are not read; the summary
names them. Symbolic links are followed; a file reached by two paths is read once.

Examples:
  fgc return data-samples/returns --period 2023-24
  fgc return returns/ --period 2024-25 --out fgc-return-2024-25.csv
  fgc return returns/ --period 2024-25 --threshold 0       internal use: no suppression
  fgc return returns/ --period 2023-24 --follow-up-end 2025-06-30
  fgc return returns/ --period 2023-24 --families families.csv   also the family measures
  fgc return returns/ --period 2023-24 --exclude '*.pdf' 'archive/**'   leave files out`;

/**
 * The `return` command, ready to add to the program; `setCode` receives its exit code.
 * @example program.addCommand(returnCommand(io, (c) => { code = c; }))
 */
export function returnCommand(
  io: CliIo = processIo(),
  setCode: (code: number) => void = (c) => void (process.exitCode = c),
): Command {
  return new Command("return")
    .description("the LA's aggregate FGC return from its CIN census and SSDA903 files")
    .argument("<folder>", "folder of CIN census XML and SSDA903 XML/CSV files (several years allowed)")
    .requiredOption("--period <YYYY-YY>", "financial year of the letters counted, e.g. 2023-24 or 202324")
    .option(
      "--threshold <n>",
      "counts 1 to n are written c, with secondary suppression; 0 turns it off (internal use)",
      "5",
    )
    .option(
      "--follow-up-end <date>",
      "end of follow-up, YYYY-MM-DD or DD/MM/YYYY (default the latest census ReferenceDate)",
    )
    .option("--out <file>", "CSV to write (default reports/fgc-return-<la>-<period>.csv)")
    .option("--families <file>", "child-to-family lookup (child_id, family_id) to fill the family measures")
    .option(
      "--exclude <pattern...>",
      "paths (relative to the folder, glob; give them after the folder) not to read; any other file that is not a return is an error",
    )
    .addHelpText("after", returnHelp)
    .action(async (folder: string, options: ReturnCommandOptions) => {
      setCode(await (await import("./return.js")).returnCommandRun(folder, options, io));
    });
}
