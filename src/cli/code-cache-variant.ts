// Which V8 code cache of the CLI bundle a run uses (cli/run-bundle.ts): one per command, since
// each command compiles different functions of the bundle, and one for help and version runs.
// The cache only saves time; a run with another variant's cache would still be right.

/**
 * The variant for `fgc` run with these arguments: "help" for help and version runs and `fgc`
 * alone, the command's name (the first argument not an option) otherwise, "other" when that is
 * not a plain word.
 * @example codeCacheVariant(["trial", "analysis.csv"]) // "trial"
 */
export function codeCacheVariant(argv: readonly string[]): string {
  const first = argv.find((arg) => !arg.startsWith("-"));
  if (first === undefined || first === "help") return "help";
  if (argv.some((arg) => arg === "-h" || arg === "--help" || arg === "-V" || arg === "--version"))
    return "help";
  return /^[a-z]{1,20}$/.test(first) ? first : "other";
}
