// Library messages name plan fields and options (`plan.la`, `options.period`); the CLI shows the
// flag the user typed instead (`--la`, `--period`), so one condition reads right in each place.
import { UsageError } from "./errors.js";

/** Field or option wording in library messages -> the command's flag. */
export type FlagNames = Readonly<Record<string, string>>;

/** @example flagWording("plan.la: \"X\" is not …", { "plan.la": "--la" }) // "--la: \"X\" is not …" */
export function flagWording(text: string, flags: FlagNames): string {
  let out = text;
  // Longest first, so that a field never rewrites part of a longer one.
  for (const field of Object.keys(flags).sort((a, b) => b.length - a.length))
    out = out.split(field).join(flags[field]);
  return out;
}

/**
 * Runs `run`, rethrowing a UsageError in the command's flag wording.
 * @example withFlagWording({ "options.period": "--period" }, () => parseReturnPeriod("2023")) // throws "--period: …"
 */
export function withFlagWording<T>(flags: FlagNames, run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof UsageError) throw new UsageError(flagWording(error.message, flags));
    throw error;
  }
}
